import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/open";
import { apiKeys, organizations } from "@/db/schema";
import { authorize, type Actor } from "@/lib/auth/actor";
import { organizationScope } from "@/lib/auth/organization-scope";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { generateApiKey } from "./key-format";
import { presentApiKey } from "./present-api-key";
import { createApiKeySchema, type CreatedApiKey } from "./schemas";

/**
 * Creates an API key and returns it in full, the only time it is ever readable.
 * Organization managers create keys for their own organization; platform admins create
 * platform keys (`platform: true`) or keys for any organization they name.
 */
export async function createApiKey({
  actor,
  input,
}: {
  actor: Actor;
  input: unknown;
}): Promise<CreatedApiKey> {
  const data = parseInput(createApiKeySchema, input);
  let organizationId: string | null = null;
  if (data.platform) authorize(actor, "platform.apiKeys.manage");
  else organizationId = await organizationScope(actor, "apiKeys.manage", data.organizationId);

  const db = await getDb();
  return db.transaction(async (tx) => {
    if (organizationId) {
      const [organization] = await tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(eq(organizations.id, organizationId));
      if (!organization) throw notFound("organization");
    }
    const { key, prefix, secretHash } = generateApiKey();
    const [row] = await tx
      .insert(apiKeys)
      .values({ organizationId, name: data.name, prefix, secretHash, createdByUserId: actor.userId })
      .returning();
    await recordAuditEvent(tx, actor, {
      action: "api_key.create",
      objectType: "api_key",
      objectId: row!.id,
      organizationId,
      after: presentApiKey(row!),
    });
    return { ...presentApiKey(row!), key };
  });
}
