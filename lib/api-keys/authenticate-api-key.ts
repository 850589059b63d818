import "server-only";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { getDb } from "@/db/open";
import { apiKeys, organizations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { assertApiKeyNotBlocked, recordApiKeyFailure } from "@/lib/rate-limit";
import { prefixOf, secretMatches } from "./key-format";

const unauthenticated = () =>
  new AppError("unauthenticated", "A valid API key is required in the x-api-key header.", {
    headers: { "WWW-Authenticate": 'ApiKey header="x-api-key"' },
  });

/** Writing last-used on every call would turn reads into writes; once a minute is enough. */
const lastUsedResolutionMs = 60_000;

/**
 * Turns an `x-api-key` header into an actor. Missing, malformed, unknown and revoked keys
 * all answer the same 401. An organization key acts as an admin of its organization;
 * a platform key acts as a platform admin. A prefix or address that sent too many wrong keys
 * answers 429 before its secret is even looked at; only failures are counted.
 */
export async function authenticateApiKey(
  header: string | null,
  correlationId: string | null,
  clientAddress: string,
): Promise<Actor> {
  if (!header) throw unauthenticated();
  const prefix = prefixOf(header.trim());
  await assertApiKeyNotBlocked(prefix, clientAddress);
  const refuse = async () => {
    await recordApiKeyFailure(prefix, clientAddress);
    return unauthenticated();
  };
  if (!prefix) throw await refuse();
  const db = await getDb();
  const [row] = await db
    .select({ key: apiKeys, organizationStatus: organizations.organizationStatus })
    .from(apiKeys)
    .leftJoin(organizations, eq(organizations.id, apiKeys.organizationId))
    .where(eq(apiKeys.prefix, prefix));
  if (!row || row.key.revokedOn || !secretMatches(header.trim(), row.key.secretHash)) throw await refuse();
  if (row.organizationStatus === "closed") throw await refuse();

  const now = new Date();
  const staleBefore = new Date(now.getTime() - lastUsedResolutionMs);
  if (!row.key.lastUsedOn || row.key.lastUsedOn < staleBefore) {
    // The condition is repeated in SQL so concurrent requests write it once.
    await db
      .update(apiKeys)
      .set({ lastUsedOn: now })
      .where(
        and(eq(apiKeys.id, row.key.id), or(isNull(apiKeys.lastUsedOn), lt(apiKeys.lastUsedOn, staleBefore))),
      );
  }

  const platform = row.key.organizationId === null;
  return {
    kind: "api_key",
    userId: null,
    apiKeyId: row.key.id,
    label: `${row.key.name} (${row.key.prefix})`,
    platformAdmin: platform,
    organizationId: row.key.organizationId,
    role: platform ? null : "admin",
    organizationStatus: row.organizationStatus,
    emailVerified: true,
    correlationId,
  };
}
