import "server-only";
import { desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/open";
import { apiKeys } from "@/db/schema";
import { authorize, type Actor } from "@/lib/auth/actor";
import { organizationScope } from "@/lib/auth/organization-scope";
import { presentApiKey } from "./present-api-key";
import type { ApiKeyView } from "./schemas";

/** The keys of the actor's organization (platform admins: of the one they name, or platform keys). */
export async function listApiKeys({
  actor,
  organizationId,
  platform = false,
}: {
  actor: Actor;
  organizationId?: string | null;
  platform?: boolean;
}): Promise<ApiKeyView[]> {
  let where;
  if (platform) {
    authorize(actor, "platform.apiKeys.manage");
    where = isNull(apiKeys.organizationId);
  } else {
    where = eq(apiKeys.organizationId, await organizationScope(actor, "apiKeys.read", organizationId));
  }
  const db = await getDb();
  const rows = await db.select().from(apiKeys).where(where).orderBy(desc(apiKeys.createdOn));
  return rows.map(presentApiKey);
}
