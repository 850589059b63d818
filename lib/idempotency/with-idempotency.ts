import "server-only";
import { createHash } from "node:crypto";
import { and, eq, lt } from "drizzle-orm";
import { getDb } from "@/db/open";
import { idempotencyRecords } from "@/db/schema";
import { AppError } from "@/lib/errors";

export interface StoredResponse {
  status: number;
  body: unknown;
}

const retentionMs = 24 * 60 * 60 * 1000;
const waitStepMs = 50;
const maxWaitMs = 10_000;

const keyPattern = /^[\x21-\x7e]{1,255}$/;

export function requestFingerprint(method: string, path: string, body: string): string {
  return createHash("sha256").update(`${method}\n${path}\n${body}`).digest("hex");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a POST at most once per `Idempotency-Key` within a scope (the caller's organization or
 * platform key), for 24 hours:
 * - first request: claims the key (a unique index decides races), runs, stores the response;
 * - same key, same request: the stored response again (`replayed`), after waiting for a
 *   concurrent first request to finish;
 * - same key, different request: 422.
 * A failed first request releases the key so the client can retry.
 */
export async function withIdempotency(
  options: { scope: string; key: string; fingerprint: string },
  run: () => Promise<{ response: StoredResponse; stored: StoredResponse }>,
): Promise<{ response: StoredResponse; replayed: boolean }> {
  if (!keyPattern.test(options.key)) {
    throw new AppError(
      "invalid_input",
      "The Idempotency-Key header must be 1 to 255 visible ASCII characters.",
      {
        invalidFields: [{ name: "Idempotency-Key", reason: "must be 1 to 255 visible ASCII characters" }],
      },
    );
  }
  const db = await getDb();
  const sameKey = and(eq(idempotencyRecords.scope, options.scope), eq(idempotencyRecords.key, options.key));
  await db.delete(idempotencyRecords).where(and(sameKey, lt(idempotencyRecords.expiresOn, new Date())));

  const [claimed] = await db
    .insert(idempotencyRecords)
    .values({
      scope: options.scope,
      key: options.key,
      requestHash: options.fingerprint,
      expiresOn: new Date(Date.now() + retentionMs),
    })
    .onConflictDoNothing()
    .returning({ id: idempotencyRecords.id });

  if (claimed) {
    try {
      const { response, stored } = await run();
      await db
        .update(idempotencyRecords)
        .set({ responseStatus: stored.status, responseBody: stored.body })
        .where(eq(idempotencyRecords.id, claimed.id));
      return { response, replayed: false };
    } catch (error) {
      await db.delete(idempotencyRecords).where(eq(idempotencyRecords.id, claimed.id));
      throw error;
    }
  }

  for (let waited = 0; ; waited += waitStepMs) {
    const [record] = await db.select().from(idempotencyRecords).where(sameKey);
    if (!record) {
      // The first request failed and released the key while we waited: this one may go ahead.
      return withIdempotency(options, run);
    }
    if (record.requestHash !== options.fingerprint) {
      throw new AppError(
        "idempotency_key_reused",
        "This Idempotency-Key was already used with a different request. Use a new key for a new request.",
      );
    }
    if (record.responseStatus !== null) {
      return { response: { status: record.responseStatus, body: record.responseBody }, replayed: true };
    }
    if (waited >= maxWaitMs) {
      throw new AppError(
        "idempotency_in_progress",
        "A request with this Idempotency-Key is still being processed.",
        {
          headers: { "Retry-After": "1" },
        },
      );
    }
    await sleep(waitStepMs);
  }
}
