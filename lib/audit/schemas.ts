import { z } from "zod";
import { isoDateTime } from "@/lib/input/date-time";
import { cursorSchema, uuid } from "@/lib/input/identifiers";
import { optionalFilter } from "@/lib/input/list-filter";
import { queryInteger } from "@/lib/input/numbers";
import { sortDirections } from "@/lib/input/table-query";
import { line } from "@/lib/input/text";

/** Filters of the audit log, shared by the page's search form and `GET /api/audit-events`. */
export const auditFilterSchema = z.object({
  action: line(100).optional().describe("Exact action, or a prefix ending in '.', e.g. 'api_key.'"),
  objectType: line(50).optional(),
  objectId: line(100).optional(),
  actor: line(200).optional().describe("Part of the actor's email or key name"),
  organizationId: uuid().optional().describe("Platform admins only"),
  from: isoDateTime().optional(),
  to: isoDateTime().optional(),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

/**
 * The orders the trail's keyset pages can follow: by time, each served by an index on
 * (…, occurred_on, id). Actions, actors and objects have none to sort by at scale.
 */
export const auditSortFields = ["occurredOn"] as const;

/** A page of the trail: the filters, its order and position, and the page's size. */
export const auditListQuerySchema = auditFilterSchema.extend({
  sort: optionalFilter(z.enum(auditSortFields)).default("occurredOn").describe("The order of the list"),
  direction: optionalFilter(z.enum(sortDirections))
    .default("desc")
    .describe("desc: newest first; asc: oldest first"),
  cursor: cursorSchema.optional().describe("nextCursor of the previous page"),
  limit: queryInteger({ min: 1, max: 200 }).default(50),
});
export type AuditListQuery = z.input<typeof auditListQuerySchema>;

export const auditEventSchema = z.object({
  id: z.uuid(),
  occurredOn: z.iso.datetime(),
  organizationId: z.uuid().nullable(),
  /** The organization's current name; null when it has none or no longer exists. */
  organizationName: z.string().nullable(),
  actorType: z.enum(["user", "api_key", "system", "visitor"]),
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
