import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { authTokens } from "@/db/schema";
import { advanceClock, setClock } from "@/lib/clock";
import { runJob } from "@/lib/jobs/define-job";
import { makeUser } from "@/lib/testing/factories";
import { purgeAuthTokensJob } from "./purge-expired-auth-tokens";

afterEach(() => setClock(null));

const hour = 60 * 60_000;

describe("purging expired auth tokens", () => {
  it("deletes expired tokens, used or not, keeps the others, and deletes nothing twice", async () => {
    // Years ahead of the database's own clock: a purge that read the system time would keep everything.
    const at = new Date("2042-06-01T12:00:00Z");
    setClock(at);
    const user = await makeUser();
    const db = await getDb();
    const token = (name: string, expiresInMs: number, used = false) => ({
      userId: user.id,
      purpose: "password_reset" as const,
      tokenHash: `${name}:${user.id}`,
      expiresOn: new Date(at.getTime() + expiresInMs),
      usedOn: used ? new Date(at.getTime() - hour) : null,
    });
    await db
      .insert(authTokens)
      .values([
        token("expired", -hour),
        token("used-expired", -1, true),
        token("open", hour),
        token("used-open", hour, true),
      ]);
    const left = async () =>
      (await db.select().from(authTokens).where(eq(authTokens.userId, user.id)))
        .map((t) => t.tokenHash.split(":")[0])
        .sort();

    expect(await runJob(purgeAuthTokensJob)).toEqual({ deleted: 2 });
    expect(await left()).toEqual(["open", "used-open"]);
    expect(await runJob(purgeAuthTokensJob)).toEqual({ deleted: 0 });
    expect(await left()).toEqual(["open", "used-open"]);

    advanceClock(hour);
    await runJob(purgeAuthTokensJob);
    expect(await left()).toEqual([]);
  });
});
