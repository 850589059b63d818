import { whoAmIOperation } from "@/lib/auth/operations";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(whoAmIOperation, async ({ actor }) => ({
    kind: actor.kind,
    label: actor.label,
    platformAdmin: actor.platformAdmin,
    organizationId: actor.organizationId,
    role: actor.role,
  })),
});
