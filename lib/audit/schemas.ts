import { z } from "zod";

/** Filters of the audit log, shared by the page's search form and `GET /api/audit-events`. */
export const auditFilterSchema = z.object({
  action: z
    .string()
    .trim()
    .max(100)
    .optional()
    .describe("Exact action, or a prefix ending in '.', e.g. 'api_key.'"),
  objectType: z.string().trim().max(50).optional(),
  objectId: z.string().trim().max(100).optional(),
  actor: z.string().trim().max(200).optional().describe("Part of the actor's email or key name"),
  organizationId: z.uuid("must be a UUID").optional().describe("Platform admins only"),
  from: z.iso.datetime({ offset: true, local: true, message: "must be an ISO date-time" }).optional(),
  to: z.iso.datetime({ offset: true, local: true, message: "must be an ISO date-time" }).optional(),
  cursor: z.string().max(200).optional().describe("nextCursor of the previous page"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditFilter = z.input<typeof auditFilterSchema>;

export const auditEventSchema = z.object({
  id: z.uuid(),
  occurredOn: z.iso.datetime(),
  organizationId: z.uuid().nullable(),
  /** The organization's current name; null when it has none or no longer exists. */
  organizationName: z.string().nullable(),
  actorType: z.enum(["user", "api_key", "system"]),
  actorLabel: z.string(),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  correlationId: z.string().nullable(),
});
export type AuditEventView = z.infer<typeof auditEventSchema>;

export const auditEventPageSchema = z.object({
  items: z.array(auditEventSchema),
  nextCursor: z.string().nullable(),
});
export type AuditEventPage = z.infer<typeof auditEventPageSchema>;
