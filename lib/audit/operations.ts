import { defineOperation } from "@/lib/http/operation";
import { auditEventPageSchema, auditListQuerySchema } from "./schemas";

export const listAuditEventsOperation = defineOperation({
  method: "GET",
  path: "/api/audit-events",
  tag: "Audit",
  summary: "List audit events",
  description:
    "Newest first (or oldest first with `direction=asc`), in keyset pages: pass `nextCursor` back as `cursor` for the next page.",
  query: auditListQuerySchema,
  result: auditEventPageSchema,
});
