import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as verifyRoute from "@/app/api/product-keys/verify/route";
import { getDb } from "@/db/open";
import { productKeys, productKeyUsage, subscriptions } from "@/db/schema";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { advanceClock, nowMs, setClock } from "@/lib/clock";
import { applyBarring } from "@/lib/subscriptions/barrings";
import { callRoute } from "@/lib/testing/call-route";
import { makeOrganizationKey, makePlatformKey, makeProvider } from "@/lib/testing/factories";
import { generateProductKey } from "../key-format";
import { makeVerifyFixture } from "@/lib/testing/verify-fixture";
import { callerTtlMs } from "./verify-caller";

let fixture: Awaited<ReturnType<typeof makeVerifyFixture>>;
beforeAll(async () => {
  fixture = await makeVerifyFixture();
});

const verify = (body: unknown, apiKey = fixture.providerApiKey) =>
  callRoute(verifyRoute.POST, { method: "POST", path: "/api/product-keys/verify", apiKey, body });

async function reasonOf(body: { key: string; productId?: string; cost?: number }) {
  const { status, body: result } = await verify(body);
  expect(status).toBe(200);
  return result as { valid: boolean; reason: string; detail: string | null; remaining: number | null };
}

const hour = 3_600_000;

describe("POST /api/product-keys/verify", () => {
  it("accepts a live key, consumes the cost and answers what is left", async () => {
    const expiresOn = new Date(nowMs() + 24 * hour);
    const { id, key } = await fixture.issueKey({ quota: 10, expiresOn });
    const { body } = await verify({ key, productId: fixture.products.main.id, cost: 3 });
    expect(body).toEqual({
      valid: true,
      reason: "VALID",
      detail: null,
      productKeyId: id,
      organizationId: fixture.customer.organization.id,
      subscriptionId: null,
      remaining: 7,
      quota: 10,
      expiresAt: expiresOn.getTime(),
    });
    const db = await getDb();
    const [usage] = await db.select().from(productKeyUsage).where(eq(productKeyUsage.productKeyId, id));
    expect(usage).toMatchObject({ accepted: 1, consumed: 3, refused: 0 });
  });

  it("answers UNKNOWN for a key that does not exist, a malformed key and a wrong checksum", async () => {
    const { key } = await fixture.issueKey();
    const wrongChecksum = `${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}`;
    for (const candidate of [generateProductKey().key, "not-a-key", wrongChecksum]) {
      expect(await reasonOf({ key: candidate })).toMatchObject({ valid: false, reason: "UNKNOWN" });
    }
  });

  it("answers DISABLED, naming the switch, for revoked, disabled, switched-off and payment-held keys", async () => {
    const at = new Date(nowMs());
    const cases = [
      [{ revokedOn: at }, "revoked"],
      [{ disabledOn: at }, "disabled"],
      [{ valid: false }, "invalid"],
      [{ paymentHeldOn: at }, "payment_held"],
    ] as const;
    for (const [values, detail] of cases) {
      const { key, id } = await fixture.issueKey({ ...values, quota: 5 });
      expect(await reasonOf({ key })).toMatchObject({ valid: false, reason: "DISABLED", detail });
      // A refusal consumes nothing and is counted as refused.
      const db = await getDb();
      const [row] = await db.select().from(productKeys).where(eq(productKeys.id, id));
      expect(row!.consumedQuota).toBe(0);
      const [usage] = await db.select().from(productKeyUsage).where(eq(productKeyUsage.productKeyId, id));
      expect(usage).toMatchObject({ accepted: 0, consumed: 0, refused: 1 });
    }
  });

  it("answers NOT_STARTED before the start date and EXPIRED from the expiration", async () => {
    const notYet = await fixture.issueKey({ startsOn: new Date(nowMs() + hour) });
    expect(await reasonOf({ key: notYet.key })).toMatchObject({ reason: "NOT_STARTED" });
    const over = await fixture.issueKey({ expiresOn: new Date(nowMs() - 1) });
    expect(await reasonOf({ key: over.key })).toMatchObject({ reason: "EXPIRED" });
  });

  it("answers WRONG_PRODUCT for a product the key was not issued for", async () => {
    const { key } = await fixture.issueKey();
    expect(await reasonOf({ key, productId: fixture.products.other.id })).toMatchObject({
      reason: "WRONG_PRODUCT",
    });
    expect(await reasonOf({ key, productId: fixture.products.main.id })).toMatchObject({ reason: "VALID" });
  });

  it("answers BARRED while the linked subscription is barred, SUBSCRIPTION_ENDED once it ended", async () => {
    const subscription = await fixture.subscribe();
    const { key } = await fixture.issueKey({ subscriptionId: subscription.id });
    expect(await reasonOf({ key })).toMatchObject({ reason: "VALID" });
    await applyBarring({ actor: fixture.provider.owner, id: subscription.id, input: { reason: "DEBT" } });
    expect(await reasonOf({ key })).toMatchObject({ reason: "BARRED" });
    const db = await getDb();
    await db.update(subscriptions).set({ status: "ended" }).where(eq(subscriptions.id, subscription.id));
    expect(await reasonOf({ key })).toMatchObject({ reason: "SUBSCRIPTION_ENDED" });
  });

  it("answers QUOTA_EXCEEDED when the cost does not fit, and consumes nothing then", async () => {
    const { key, id } = await fixture.issueKey({ quota: 5 });
    expect(await reasonOf({ key, cost: 4 })).toMatchObject({ reason: "VALID", remaining: 1 });
    expect(await reasonOf({ key, cost: 2 })).toMatchObject({ reason: "QUOTA_EXCEEDED", remaining: 1 });
    expect(await reasonOf({ key, cost: 1 })).toMatchObject({ reason: "VALID", remaining: 0 });
    expect(await reasonOf({ key, cost: 0 })).toMatchObject({ reason: "QUOTA_EXCEEDED", remaining: 0 });
    const db = await getDb();
    const [usage] = await db.select().from(productKeyUsage).where(eq(productKeyUsage.productKeyId, id));
    expect(usage).toMatchObject({ accepted: 2, consumed: 5, refused: 2 });
  });

  it("verifies only the provider's own keys: another provider's key answers like an unknown one", async () => {
    const { key, id } = await fixture.issueKey({ quota: 5 });
    const stranger = await makeProvider();
    const { key: strangerApiKey } = await makeOrganizationKey(stranger.organization.id);
    const { key: customerApiKey } = await makeOrganizationKey(fixture.customer.organization.id);
    for (const apiKey of [strangerApiKey, customerApiKey]) {
      expect((await verify({ key }, apiKey)).body).toEqual((await verify({ key: "nothing" }, apiKey)).body);
    }
    const { key: platformApiKey } = await makePlatformKey();
    expect((await verify({ key }, platformApiKey)).body).toMatchObject({ reason: "VALID", remaining: 4 });
    const db = await getDb();
    const [row] = await db.select().from(productKeys).where(eq(productKeys.id, id));
    expect(row!.consumedQuota).toBe(1);
  });

  it("keeps both secrets of a rotated key working until the old one ends; a retired one is UNKNOWN", async () => {
    const { id, key: first } = await fixture.issueKey();
    const second = await fixture.addSecret(id, { expiresOn: new Date(nowMs() + hour) });
    expect(await reasonOf({ key: first })).toMatchObject({ reason: "VALID" });
    expect(await reasonOf({ key: second })).toMatchObject({ reason: "VALID" });
    const expired = await fixture.addSecret(id, { expiresOn: new Date(nowMs() - 1) });
    const revoked = await fixture.addSecret(id, { revokedOn: new Date(nowMs()) });
    expect(await reasonOf({ key: expired })).toMatchObject({ reason: "UNKNOWN" });
    expect(await reasonOf({ key: revoked })).toMatchObject({ reason: "UNKNOWN" });
  });

  it("writes nothing for an unknown key: no row, no transaction", async () => {
    const db = await getDb();
    const { key } = await fixture.issueKey();
    await verify({ key }); // the API key's last-used mark is written on its first call
    const first = async <T>(query: ReturnType<typeof sql>): Promise<T> => {
      const result: unknown = await db.execute(query);
      return (result as { rows: T[] }).rows[0]!;
    };
    const count = () =>
      first<{ usage: number; consumed: number }>(
        sql`select (select count(*) from product_key_usage)::int as usage, (select coalesce(sum(consumed_quota), 0) from product_keys)::int as consumed`,
      );
    const xid = async () => Number((await first<{ id: string }>(sql`select txid_current()::text as id`)).id);
    const before = await count();
    const firstXid = await xid();
    for (let i = 0; i < 5; i++)
      expect(await reasonOf({ key: generateProductKey().key })).toMatchObject({ reason: "UNKNOWN" });
    // Only the second txid_current() itself took a transaction id.
    expect((await xid()) - firstXid).toBe(1);
    expect(await count()).toEqual(before);
  });

  it("refuses without an API key (401) and names a bad field (400) or media type (415) in problem+json", async () => {
    const anonymous = await callRoute(verifyRoute.POST, {
      method: "POST",
      path: "/api/product-keys/verify",
      body: { key: "x" },
    });
    expect(anonymous).toMatchObject({ status: 401, contentType: "application/problem+json" });
    const bad = await verify({ key: "x", cost: 1.5 });
    expect(bad.status).toBe(400);
    expect(bad.body.invalidFields).toEqual([expect.objectContaining({ name: "cost" })]);
    expect((await verify({ key: "x", cost: 10_000_001 })).status).toBe(400);
    const text = await callRoute(verifyRoute.POST, {
      method: "POST",
      path: "/api/product-keys/verify",
      apiKey: fixture.providerApiKey,
      rawBody: "key",
      headers: { "content-type": "text/plain" },
    });
    expect(text.status).toBe(415);
    expect((await callRoute(verifyRoute.GET, { path: "/api/product-keys/verify" })).status).toBe(405);
  });
});

describe("the verify caller's API key", () => {
  it("is remembered for a few seconds: a revoked key verifies until then, then answers 401", async () => {
    const { key: apiKey, id: apiKeyId } = await makeOrganizationKey(fixture.provider.organization.id);
    const { key } = await fixture.issueKey();
    expect((await verify({ key }, apiKey)).status).toBe(200);
    await revokeApiKey({ actor: fixture.provider.owner, id: apiKeyId });
    setClock(nowMs());
    try {
      expect((await verify({ key }, apiKey)).status).toBe(200);
      advanceClock(callerTtlMs);
      expect((await verify({ key }, apiKey)).status).toBe(401);
    } finally {
      setClock(null);
    }
  });
});
