import type { ApiKey } from "@/db/schema";
import type { ApiKeyView } from "./schemas";

export function presentApiKey(row: ApiKey): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    organizationId: row.organizationId,
    createdOn: row.createdOn.toISOString(),
    lastUsedOn: row.lastUsedOn?.toISOString() ?? null,
    revokedOn: row.revokedOn?.toISOString() ?? null,
    changeSequence: row.changeSequence,
  };
}
