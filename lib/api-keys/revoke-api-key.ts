import "server-only";
import { and, eq, isNull, type SQL } from "drizzle-orm";
import { getDb } from "@/db/open";
import { apiKeys } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { organizationScope } from "@/lib/auth/organization-scope";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { notFound } from "@/lib/errors";
import { presentApiKey } from "./present-api-key";
import type { ApiKeyView } from "./schemas";

/**
 * Revokes a key by id or by its visible prefix. Organization managers reach only their own
 * organization's keys: another organization's key answers exactly like a missing one.
 * Revoking twice is harmless and answers the key as it is.
 */
export async function revokeApiKey({
  actor,
  id,
  prefix,
}: {
  actor: Actor;
  id?: string;
  prefix?: string;
}): Promise<ApiKeyView> {
  const match: SQL | undefined = id ? eq(apiKeys.id, id) : prefix ? eq(apiKeys.prefix, prefix) : undefined;
  if (!match) throw notFound("API key");
  const scope = actor.platformAdmin
    ? undefined
    : eq(apiKeys.organizationId, await organizationScope(actor, "apiKeys.manage"));
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(apiKeys).where(and(match, scope));
    if (!before) throw notFound("API key");
    // A platform admin reaches an organization's key under its support-access grant.
    if (actor.platformAdmin && before.organizationId) {
      await organizationScope(actor, "apiKeys.manage", before.organizationId, tx);
    }
    if (before.revokedOn) return presentApiKey(before);
    const [after] = await tx
      .update(apiKeys)
      .set({ revokedOn: new Date(), updatedOn: new Date(), changeSequence: before.changeSequence + 1 })
      .where(and(eq(apiKeys.id, before.id), isNull(apiKeys.revokedOn)))
      .returning();
    await recordAuditEvent(tx, actor, {
      action: "api_key.revoke",
      objectType: "api_key",
      objectId: before.id,
      organizationId: before.organizationId,
      before: presentApiKey(before),
      after: after ? presentApiKey(after) : null,
    });
    return presentApiKey(after ?? before);
  });
}
