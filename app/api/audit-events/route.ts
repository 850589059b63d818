import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { listAuditEventsOperation } from "@/lib/audit/operations";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(listAuditEventsOperation, ({ actor, query }) => listAuditEvents({ actor, query })),
});
