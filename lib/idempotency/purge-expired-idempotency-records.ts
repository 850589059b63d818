import "server-only";
import { lte } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/open";
import { idempotencyRecords } from "@/db/schema";
import { now } from "@/lib/clock";
import { defineJob } from "@/lib/jobs/define-job";

/**
 * Deletes the records whose 24 hours are over. Until now an expired record went only when its
 * own key came back (withIdempotency clears it first), so keys never reused piled up for good.
 */
export async function purgeExpiredIdempotencyRecords(): Promise<{ deleted: number }> {
  const db = await getDb();
  const deleted = await db
    .delete(idempotencyRecords)
    .where(lte(idempotencyRecords.expiresOn, now()))
    .returning({ id: idempotencyRecords.id });
  return { deleted: deleted.length };
}

export const purgeIdempotencyRecordsJob = defineJob({
  name: "idempotency.purge-expired",
  input: z.object({}),
  cron: "7 * * * *",
  run: purgeExpiredIdempotencyRecords,
});
