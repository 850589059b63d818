import { defineOperation } from "@/lib/http/operation";
import { auditEventPageSchema, auditFilterSchema } from "./schemas";

export const listAuditEventsOperation = defineOperation({
  method: "GET",
  path: "/api/audit-events",
  tag: "Audit",
  summary: "List audit events",
  description: "Newest first, in keyset pages: pass `nextCursor` back as `cursor` for the next page.",
  query: auditFilterSchema,
  result: auditEventPageSchema,
});
