import { healthOperation } from "@/lib/health/operations";
import { checkHealth } from "@/lib/health/check-health";
import { apiRoute, endpoint } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: endpoint(healthOperation, () => checkHealth()),
});
