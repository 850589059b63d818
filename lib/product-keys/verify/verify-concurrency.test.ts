import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { auditEvents, emailOutbox, productKeys, productKeyUsage } from "@/db/schema";
import { verifyProductKey } from "./verify-product-key";
import { makeVerifyFixture } from "@/lib/testing/verify-fixture";

let fixture: Awaited<ReturnType<typeof makeVerifyFixture>>;
beforeAll(async () => {
  fixture = await makeVerifyFixture();
});

const verifyMany = async (key: string, calls: number) =>
  (
    await Promise.all(
      Array.from({ length: calls }, () =>
        verifyProductKey({ actor: fixture.provider.owner, input: { key } }),
      ),
    )
  ).filter((result) => result.valid).length;

async function state(id: string) {
  const db = await getDb();
  const [key] = await db.select().from(productKeys).where(eq(productKeys.id, id));
  const [usage] = await db.select().from(productKeyUsage).where(eq(productKeyUsage.productKeyId, id));
  return { consumed: key!.consumedQuota, usage };
}

/** Another Node process running verify-count.child.ts on this test file's database. */
async function secondProcess() {
  const result: unknown = await (await getDb()).execute(sql`select current_database() as name`);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${(result as { rows: { name: string }[] }).rows[0]!.name}`;
  const child = spawn(
    path.resolve("node_modules/.bin/tsx"),
    ["--conditions=react-server", path.join(import.meta.dirname, "verify-count.child.ts")],
    { env: { ...process.env, DATABASE_URL: url.toString() }, stdio: ["pipe", "pipe", "pipe"] },
  );
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const nextLine = async () => {
    const line = await lines.next();
    if (line.done) throw new Error(`the second process ended: ${errors}`);
    return line.value;
  };
  expect(await nextLine()).toBe("ready");
  return {
    exited,
    count: (key: string, calls: number) => {
      child.stdin.write(`${fixture.provider.organization.id} ${key} ${calls}\n`);
      return nextLine().then(Number);
    },
    end: () => child.stdin.end(),
  };
}

describe("verify under concurrency", () => {
  it("accepts exactly 50 of 200 concurrent verifies of a key with quota 50", async () => {
    const { id, key } = await fixture.issueKey({ quota: 50 });
    expect(await verifyMany(key, 200)).toBe(50);
    expect(await state(id)).toMatchObject({
      consumed: 50,
      usage: { accepted: 50, consumed: 50, refused: 150 },
    });
  });

  it("sends the quota-threshold notice exactly once when many verifies cross it at once", async () => {
    const watcher = `watcher-${Date.now()}@example.com`;
    const { id, key } = await fixture.issueKey({
      quota: 40,
      quotaNotificationThreshold: 50,
      notifyOwnerOnQuotaThreshold: true,
      notificationAddressesOnQuotaThreshold: [watcher],
    });
    expect(await verifyMany(key, 15)).toBe(15);
    const db = await getDb();
    const sentTo = async (to: string) => db.select().from(emailOutbox).where(eq(emailOutbox.to, to));
    expect(await sentTo(watcher)).toHaveLength(0);
    expect(await verifyMany(key, 30)).toBe(25);
    const [notice] = await sentTo(watcher);
    expect(await sentTo(watcher)).toHaveLength(1);
    expect(notice!.subject).toMatch(/50% of its quota/);
    expect(notice!.text).toContain(`/product-keys/${id}`);
    const owner = (await sentTo(fixture.customer.user.email)).filter((email) => /quota/.test(email.subject));
    expect(owner).toHaveLength(1);
    expect(owner[0]!.text).toContain(`/portal/keys/${id}`);
    const audits = await db.select().from(auditEvents).where(eq(auditEvents.objectId, id));
    expect(audits.map((event) => event.action)).toEqual(["product_key.quota_threshold_notified"]);
  });

  if (process.env.TEST_DATABASE_URL) {
    it("accepts exactly 50 between two processes verifying one key on one PostgreSQL database", async () => {
      const inTurn = await fixture.issueKey({ quota: 50 });
      const atOnce = await fixture.issueKey({ quota: 50 });
      const other = await secondProcess();
      try {
        // One after the other: this process sees what the other consumed.
        expect(await other.count(inTurn.key, 30)).toBe(30);
        expect(await verifyMany(inTurn.key, 30)).toBe(20);
        // At the same time: 100 + 100 verifies, exactly 50 pass between the two processes.
        const there = other.count(atOnce.key, 100);
        const here = await verifyMany(atOnce.key, 100);
        expect(here + (await there)).toBe(50);
      } finally {
        other.end();
      }
      expect(await other.exited).toBe(0);
      expect(await state(atOnce.id)).toMatchObject({ consumed: 50, usage: { accepted: 50, refused: 150 } });
    }, 120_000);
  }
});
