import { inArray } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { idempotencyRecords } from "@/db/schema";
import { advanceClock, setClock } from "@/lib/clock";
import { runJob } from "@/lib/jobs/define-job";
import { purgeIdempotencyRecordsJob } from "./purge-expired-idempotency-records";

afterEach(() => setClock(null));

const hour = 60 * 60_000;

describe("purging expired idempotency records", () => {
  it("deletes the records the clock says have expired, and nothing more when run again", async () => {
    // Years ahead of the database's own clock: a purge that read the system time would keep everything.
    const at = new Date("2042-06-01T12:00:00Z");
    setClock(at);
    const db = await getDb();
    const expiresAt = (offsetMs: number) => new Date(at.getTime() + offsetMs);
    const rows = await db
      .insert(idempotencyRecords)
      .values(
        [-hour, 0, hour].map((offset, i) => ({
          scope: "purge-test",
          key: `key-${i}`,
          requestHash: "hash",
          expiresOn: expiresAt(offset),
        })),
      )
      .returning({ id: idempotencyRecords.id, expiresOn: idempotencyRecords.expiresOn });
    const ids = rows.map((r) => r.id);
    const remaining = async () =>
      (await db.select().from(idempotencyRecords).where(inArray(idempotencyRecords.id, ids))).map(
        (r) => r.expiresOn,
      );

    expect(await runJob(purgeIdempotencyRecordsJob)).toEqual({ deleted: 2 });
    expect(await remaining()).toEqual([expiresAt(hour)]);
    expect(await runJob(purgeIdempotencyRecordsJob)).toEqual({ deleted: 0 });
    expect(await remaining()).toEqual([expiresAt(hour)]);

    advanceClock(hour);
    expect(await runJob(purgeIdempotencyRecordsJob)).toEqual({ deleted: 1 });
    expect(await remaining()).toEqual([]);
  });
});
