import { z } from "zod";
import { isoDateTime } from "@/lib/input/date-time";
import { cursorSchema } from "@/lib/input/identifiers";
import { flatJsonMap } from "@/lib/input/json-map";
import { changeSequenceSchema, queryInteger } from "@/lib/input/numbers";
import { line, text } from "@/lib/input/text";

export const organizationStatuses = ["active", "pending_verification", "suspended", "closed"] as const;
export const organizationStatusSchema = z.enum(organizationStatuses);
export type OrganizationStatusValue = z.infer<typeof organizationStatusSchema>;

/** Words a slug may not be: they name routes, or would mislead people about who they talk to. */
const reservedSlugs = new Set([
  "admin",
  "api",
  "app",
  "new",
  "edit",
  "settings",
  "support",
  "subdesk",
  "www",
  "root",
]);

export const slugSchema = line(63, { min: 3 })
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    "may contain only lowercase letters, digits and single hyphens between them",
  )
  .refine((slug) => !reservedSlugs.has(slug), "is reserved");

/**
 * `features` and `properties`: flat maps of settings. Values are strings, numbers or booleans
 * — nothing nested — and the map is bounded, so no client can park megabytes in a row.
 */
export const settingsMapSchema = flatJsonMap({ maxEntries: 100, keyMax: 64, valueMax: 1000 });

/**
 * The writable fields of an organization, as Kodexa's `organization` object names them.
 * Read-only members a client echoes back (`id`, `uuid`, `searchText`, `hasImage`, dates)
 * are accepted and ignored, so a client can PUT what it GOT.
 */
export const organizationFieldsSchema = z.object({
  name: line(120, { min: 1 }),
  /** Empty or absent: derived from the name. */
  slug: z.union([z.literal("").transform(() => undefined), slugSchema]).optional(),
  description: text(2000).default(""),
  provider: z.boolean().default(false),
  enterpriseOrganization: z.boolean().default(false),
  publicAccess: z.boolean().default(false),
  supportAccess: z.boolean().default(false),
  /** ISO date-time; without an offset it is read as UTC. Empty means no expiry. */
  supportAccessExpiresAt: z
    .union([z.literal("").transform(() => null), isoDateTime()])
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  defaultToPrivateTemplates: z.boolean().default(false),
  features: settingsMapSchema.default({}),
  properties: settingsMapSchema.default({}),
  stripeCustomerId: line(255)
    .nullable()
    .optional()
    .transform((value) => value || null),
  authGroupLink: z
    .object({
      authGroup: line(255)
        .nullable()
        .optional()
        .transform((value) => value || null),
    })
    .nullable()
    .optional(),
  memory: z
    .object({
      orderedDashboards: z
        .array(line(255, { trim: false }))
        .max(100, "may hold at most 100 dashboards")
        .default([]),
    })
    .nullable()
    .optional(),
});

export const createOrganizationSchema = organizationFieldsSchema;
export type CreateOrganizationInput = z.input<typeof createOrganizationSchema>;

export const updateOrganizationSchema = organizationFieldsSchema.extend({
  slug: slugSchema,
  changeSequence: changeSequenceSchema,
});
export type UpdateOrganizationInput = z.input<typeof updateOrganizationSchema>;

export const statusChangeSchema = z.object({
  status: z.enum(["active", "suspended", "closed"]),
  reason: text(500).min(3, "say why, in a few words"),
  changeSequence: changeSequenceSchema,
});
export type StatusChangeInput = z.input<typeof statusChangeSchema>;

/** The organization as the API answers it: Kodexa's shape plus Subdesk's own members. */
export const organizationSchema = z.object({
  id: z.string(),
  uuid: z.string().describe("Same value as id"),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  organizationStatus: organizationStatusSchema,
  statusReason: z.string().nullable(),
  provider: z.boolean(),
  enterpriseOrganization: z.boolean(),
  publicAccess: z.boolean(),
  supportAccess: z.boolean(),
  supportAccessExpiresAt: z.string().nullable(),
  defaultToPrivateTemplates: z.boolean(),
  features: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  properties: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  hasImage: z.boolean(),
  stripeCustomerId: z.string().nullable(),
  authGroupLink: z.object({ authGroup: z.string().nullable() }),
  memory: z.object({ orderedDashboards: z.array(z.string()) }),
  searchText: z.string(),
  changeSequence: z.number().int(),
  createdOn: z.string(),
  updatedOn: z.string(),
});
export type OrganizationView = z.infer<typeof organizationSchema>;

export const organizationSortFields = ["name", "createdOn", "slug"] as const;

/** Search and filters of the organizations list, shared by the admin page, CSV export and API. */
export const organizationFilterSchema = z.object({
  query: line(200).optional().describe("Part of the name, slug or description"),
  status: organizationStatusSchema.optional(),
  provider: z.enum(["true", "false"]).optional(),
  enterprise: z.enum(["true", "false"]).optional(),
});
export type OrganizationFilter = z.infer<typeof organizationFilterSchema>;

export const organizationListQuerySchema = organizationFilterSchema.extend({
  sort: z.enum(organizationSortFields).default("name"),
  direction: z.enum(["asc", "desc"]).default("asc"),
  cursor: cursorSchema.optional(),
  limit: queryInteger({ min: 1, max: 200 }).default(25),
});
export type OrganizationListQuery = z.input<typeof organizationListQuerySchema>;
