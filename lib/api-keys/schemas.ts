import { z } from "zod";
import { uuid } from "@/lib/input/identifiers";
import { line } from "@/lib/input/text";

/** What a person fills in on the settings page: the key is for their own organization. */
export const apiKeyFormSchema = z
  .object({
    name: line(80, { min: 1 }),
  })
  .strict();
export type ApiKeyFormInput = z.input<typeof apiKeyFormSchema>;

export const createApiKeySchema = apiKeyFormSchema
  .extend({
    /** Platform admins only: create the key for this organization. */
    organizationId: uuid().optional(),
    /** Platform admins only: create a platform key (acts as a platform admin). */
    platform: z.boolean().default(false),
  })
  .strict()
  .refine((v) => !(v.platform && v.organizationId), {
    message: "a platform key belongs to no organization",
    path: ["organizationId"],
  });
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

export const apiKeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string().describe("The visible start of the key, e.g. sdk_Ab12Cd34"),
  organizationId: z.uuid().nullable().describe("Null for a platform key"),
  createdOn: z.iso.datetime(),
  lastUsedOn: z.iso.datetime().nullable(),
  revokedOn: z.iso.datetime().nullable(),
  changeSequence: z.number().int(),
});
export type ApiKeyView = z.infer<typeof apiKeySchema>;

export const createdApiKeySchema = apiKeySchema.extend({
  key: z.string().describe("The full key. It is shown only in this response and cannot be recovered."),
});
export type CreatedApiKey = z.infer<typeof createdApiKeySchema>;

export const apiKeyListSchema = z.object({ items: z.array(apiKeySchema) });

export const apiKeyListQuerySchema = z.object({
  organizationId: uuid().optional().describe("Platform admins only: that organization's keys"),
  platform: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true")
    .describe("Platform admins only: platform keys"),
});
