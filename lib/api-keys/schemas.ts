import { z } from "zod";

export const createApiKeySchema = z
  .object({
    name: z.string().trim().min(1, "is required").max(80, "must be at most 80 characters"),
    /** Platform keys only: create the key for this organization instead of a platform key. */
    organizationId: z.uuid("must be a UUID").optional(),
  })
  .strict();
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
