import { z } from "zod";

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

export const slugSchema = z
  .string()
  .trim()
  .min(3, "must be at least 3 characters")
  .max(63, "must be at most 63 characters")
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    "may contain only lowercase letters, digits and single hyphens between them",
  )
  .refine((slug) => !reservedSlugs.has(slug), "is reserved");

const settingKey = z
  .string()
  .min(1, "keys may not be empty")
  .max(64, "keys must be at most 64 characters")
  .regex(/^[A-Za-z0-9_.-]+$/, "keys may contain only letters, digits, '_', '.' and '-'");

/**
 * `features` and `properties`: flat maps of settings. Values are strings, numbers or booleans
 * — nothing nested — and the map is bounded, so no client can park megabytes in a row.
 */
export const settingsMapSchema = z
  .record(
    settingKey,
    z.union(
      [z.string().max(1000, "values must be at most 1000 characters"), z.number().finite(), z.boolean()],
      {
        error: "values must be a string, a number or a boolean (nothing nested)",
      },
    ),
  )
  .refine((map) => Object.keys(map).length <= 100, "may hold at most 100 entries");

const trimmedText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

/**
 * The writable fields of an organization, as Kodexa's `organization` object names them.
 * Read-only members a client echoes back (`id`, `uuid`, `searchText`, `hasImage`, dates)
 * are accepted and ignored, so a client can PUT what it GOT.
 */
export const organizationFieldsSchema = z.object({
  name: z.string().trim().min(1, "is required").max(120, "must be at most 120 characters"),
  /** Empty or absent: derived from the name. */
  slug: z.union([z.literal("").transform(() => undefined), slugSchema]).optional(),
  description: trimmedText(2000).default(""),
  provider: z.boolean().default(false),
  enterpriseOrganization: z.boolean().default(false),
  publicAccess: z.boolean().default(false),
  supportAccess: z.boolean().default(false),
  /** ISO date-time; without an offset it is read as UTC. Empty means no expiry. */
  supportAccessExpiresAt: z
    .union([
      z.literal("").transform(() => null),
      z.iso.datetime({ offset: true, local: true, message: "must be an ISO date-time" }),
    ])
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  defaultToPrivateTemplates: z.boolean().default(false),
  features: settingsMapSchema.default({}),
  properties: settingsMapSchema.default({}),
  stripeCustomerId: trimmedText(255)
    .nullable()
    .optional()
    .transform((value) => value || null),
  authGroupLink: z
    .object({
      authGroup: trimmedText(255)
        .nullable()
        .optional()
        .transform((value) => value || null),
    })
    .nullable()
    .optional(),
  memory: z
    .object({
      orderedDashboards: z.array(z.string().max(255)).max(100, "may hold at most 100 dashboards").default([]),
    })
    .nullable()
    .optional(),
});

export const createOrganizationSchema = organizationFieldsSchema;
export type CreateOrganizationInput = z.input<typeof createOrganizationSchema>;

export const updateOrganizationSchema = organizationFieldsSchema.extend({
  slug: slugSchema,
  changeSequence: z.number().int().min(1),
});
export type UpdateOrganizationInput = z.input<typeof updateOrganizationSchema>;

export const statusChangeSchema = z.object({
  status: z.enum(["active", "suspended", "closed"]),
  reason: z.string().trim().min(3, "say why, in a few words").max(500, "must be at most 500 characters"),
  changeSequence: z.number().int().min(1),
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
  query: z.string().trim().max(200).optional().describe("Part of the name, slug or description"),
  status: organizationStatusSchema.optional(),
  provider: z.enum(["true", "false"]).optional(),
  enterprise: z.enum(["true", "false"]).optional(),
});
export type OrganizationFilter = z.infer<typeof organizationFilterSchema>;

export const organizationListQuerySchema = organizationFilterSchema.extend({
  sort: z.enum(organizationSortFields).default("name"),
  direction: z.enum(["asc", "desc"]).default("asc"),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(25),
});
export type OrganizationListQuery = z.input<typeof organizationListQuerySchema>;
