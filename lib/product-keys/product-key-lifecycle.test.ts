import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { auditEvents, productKeys, productKeySecrets, productKeyUsage as usageTable } from "@/db/schema";
import { advanceClock, setClock } from "@/lib/clock";
import { createSubscription } from "@/lib/subscriptions/create-subscription";
import { makeKeyCatalog } from "@/lib/testing/product-key-factories";
import { deleteProductKey } from "./delete-product-key";
import { disableProductKey, enableProductKey } from "./disable-enable-product-key";
import { hashProductKey } from "./key-format";
import { productKeyUsage } from "./product-key-usage";
import { getProductKey, listProductKeys } from "./read-product-keys";
import { revokeProductKey } from "./revoke-product-key";
import { rotateProductKey } from "./rotate-product-key";
import { updateProductKey } from "./update-product-key";

const start = new Date("2031-06-01T12:00:00Z");
beforeEach(() => setClock(start));
afterEach(() => setClock(null));
const hourMs = 3_600_000;

/** Whether a secret works at this moment, found by its hash as verify finds it. */
async function works(key: string, at: Date): Promise<boolean> {
  const db = await getDb();
  const [secret] = await db
    .select()
    .from(productKeySecrets)
    .where(eq(productKeySecrets.secretHash, hashProductKey(key)));
  if (!secret || secret.revokedOn) return false;
  return !secret.expiresOn || secret.expiresOn.getTime() > at.getTime();
}

async function auditActions(productKeyId: string) {
  const db = await getDb();
  const rows = await db.select().from(auditEvents).where(eq(auditEvents.objectId, productKeyId));
  return rows.map((r) => r.action);
}

describe("a product key's life", () => {
  it("changes only the fields sent, and a stale changeSequence is a 409 that changes nothing", async () => {
    const { issue, provider, products, rivalTerms } = await makeKeyCatalog();
    const { productKey } = await issue({ quota: 100, tags: ["a"] });
    const updated = await updateProductKey({
      actor: provider.owner,
      id: productKey.id,
      input: {
        changeSequence: productKey.changeSequence,
        description: "renamed",
        quota: null,
        productIds: [products.second.id],
        expiration: Date.UTC(2032, 0, 1),
      },
    });
    expect(updated).toMatchObject({
      description: "renamed",
      quota: null,
      tags: ["a"],
      productIds: [products.second.id],
      expiresOn: new Date(Date.UTC(2032, 0, 1)),
      changeSequence: productKey.changeSequence + 1,
    });
    await expect(
      updateProductKey({
        actor: provider.owner,
        id: productKey.id,
        input: { changeSequence: productKey.changeSequence, description: "lost update" },
      }),
    ).rejects.toMatchObject({ code: "stale_change_sequence", status: 409 });
    expect((await getProductKey({ actor: provider.owner, id: productKey.id })).description).toBe("renamed");
    // Create's rules hold for a change too.
    const current = updated.changeSequence;
    await expect(
      updateProductKey({
        actor: provider.owner,
        id: productKey.id,
        input: { changeSequence: current, productIds: [products.rivals.id] },
      }),
    ).rejects.toMatchObject({ invalidFields: [{ name: "productIds" }] });
    await expect(
      updateProductKey({
        actor: provider.owner,
        id: productKey.id,
        input: { changeSequence: current, slaDefinitionIds: [rivalTerms.sla.id] },
      }),
    ).rejects.toMatchObject({ invalidFields: [{ name: "slaDefinitionIds" }] });
    expect(await auditActions(productKey.id)).toEqual(
      expect.arrayContaining(["product_key.create", "product_key.update"]),
    );
  });

  it("keeps a linked subscription fitting the key's products", async () => {
    const { issue, provider, customer, products } = await makeKeyCatalog();
    const subscription = await createSubscription({
      actor: customer.owner,
      input: { productId: products.main.id },
    });
    const { productKey } = await issue({ subscriptionId: subscription.id });
    await expect(
      updateProductKey({
        actor: provider.owner,
        id: productKey.id,
        input: { changeSequence: productKey.changeSequence, productIds: [products.second.id] },
      }),
    ).rejects.toMatchObject({ invalidFields: [{ name: "subscriptionId" }] });
    const unlinked = await updateProductKey({
      actor: provider.owner,
      id: productKey.id,
      input: {
        changeSequence: productKey.changeSequence,
        productIds: [products.second.id],
        subscriptionId: null,
      },
    });
    expect(unlinked).toMatchObject({ subscriptionId: null, productIds: [products.second.id] });
  });

  it("rotates without downtime: both secrets work until the old one's grace ends", async () => {
    const { issue, customer } = await makeKeyCatalog();
    const { productKey, key: first } = await issue();
    // The owner organization rotates its own key.
    const { key: second, productKey: rotated } = await rotateProductKey({
      actor: customer.owner,
      id: productKey.id,
      input: { graceHours: 2 },
    });
    expect(second).not.toBe(first);
    expect(rotated.secrets.map((s) => s.prefix)).toEqual([second.slice(0, 12), first.slice(0, 12)]);
    expect(rotated.prefix).toBe(second.slice(0, 12));
    expect(await works(first, start)).toBe(true);
    expect(await works(second, start)).toBe(true);
    advanceClock(2 * hourMs - 1);
    expect(await works(first, new Date(start.getTime() + 2 * hourMs - 1))).toBe(true);
    const after = new Date(start.getTime() + 2 * hourMs);
    expect(await works(first, after)).toBe(false);
    expect(await works(second, after)).toBe(true);
    // Grace 0: the secrets working until now stop at once.
    const { key: third } = await rotateProductKey({
      actor: customer.owner,
      id: productKey.id,
      input: { graceHours: 0 },
    });
    const at = new Date(start.getTime() + 2 * hourMs - 1);
    expect(await works(second, at)).toBe(false);
    expect(await works(third, at)).toBe(true);
    expect(await auditActions(productKey.id)).toEqual(expect.arrayContaining(["product_key.rotate"]));
  });

  it("disables and enables with a reason, audited; revoking is final and kills every secret", async () => {
    const { issue, provider, customer } = await makeKeyCatalog();
    const { productKey, key } = await issue();
    await expect(
      disableProductKey({ actor: provider.owner, id: productKey.id, input: {} }),
    ).rejects.toMatchObject({ invalidFields: [{ name: "reason" }] });
    const disabled = await disableProductKey({
      actor: provider.owner,
      id: productKey.id,
      input: { reason: "Invoice overdue" },
    });
    expect(disabled).toMatchObject({ status: "disabled", disabledReason: "Invoice overdue" });
    await expect(
      disableProductKey({ actor: provider.owner, id: productKey.id, input: { reason: "again" } }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await enableProductKey({ actor: provider.owner, id: productKey.id, input: {} })).toMatchObject({
      status: "active",
      disabledOn: null,
      disabledReason: null,
    });
    const { key: rotated } = await rotateProductKey({ actor: customer.owner, id: productKey.id, input: {} });
    await expect(
      revokeProductKey({ actor: customer.owner, id: productKey.id, input: { reason: "" } }),
    ).rejects.toMatchObject({
      invalidFields: [{ name: "reason" }],
    });
    const revoked = await revokeProductKey({
      actor: customer.owner,
      id: productKey.id,
      input: { reason: "Leaked" },
    });
    expect(revoked).toMatchObject({ status: "revoked", revokedReason: "Leaked" });
    expect(await works(key, start)).toBe(false);
    expect(await works(rotated, start)).toBe(false);
    for (const attempt of [
      () => enableProductKey({ actor: provider.owner, id: productKey.id, input: {} }),
      () => rotateProductKey({ actor: customer.owner, id: productKey.id, input: {} }),
      () => revokeProductKey({ actor: provider.owner, id: productKey.id, input: { reason: "again" } }),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: "conflict" });
    }
    const db = await getDb();
    const trail = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.objectId, productKey.id), eq(auditEvents.action, "product_key.disable")));
    expect(trail[0]!.after).toMatchObject({ disabledReason: "Invoice overdue" });
    expect(await auditActions(productKey.id)).toEqual(
      expect.arrayContaining(["product_key.disable", "product_key.enable", "product_key.revoke"]),
    );
  });

  it("derives the status from dates, the switch, the payment hold and the quota, and filters by it", async () => {
    const { issue, provider } = await makeKeyCatalog();
    const db = await getDb();
    const make = async (
      input: Parameters<typeof issue>[0],
      values: Partial<typeof productKeys.$inferInsert> = {},
    ) => {
      const { productKey } = await issue({ tags: ["status-test"], ...input });
      if (Object.keys(values).length)
        await db.update(productKeys).set(values).where(eq(productKeys.id, productKey.id));
      return productKey.id;
    };
    const ids = {
      active: await make({}),
      not_started: await make({ startDate: start.getTime() + hourMs }),
      expired: await make({ startDate: start.getTime() - 2 * hourMs, expiration: start.getTime() }),
      invalid: await make({ valid: false }),
      quota_exhausted: await make({ quota: 10, consumedQuota: 10 }),
      payment_held: await make({}, { paymentHeldOn: start }),
      disabled: await make({}, { disabledOn: start }),
      revoked: await make({}, { revokedOn: start, disabledOn: start }),
    };
    for (const [status, id] of Object.entries(ids)) {
      expect((await getProductKey({ actor: provider.owner, id })).status, status).toBe(status);
      const page = await listProductKeys({ actor: provider.owner, query: { status, tag: "status-test" } });
      expect(
        page.items.map((k) => k.id),
        status,
      ).toEqual([id]);
    }
  });

  it("lists by organization, product, tag and prefix, in keyset pages; strangers see none", async () => {
    const { issue, provider, customer, products, rival } = await makeKeyCatalog();
    const keys = [];
    for (let i = 0; i < 5; i++) {
      keys.push(
        await issue({
          tags: [i % 2 ? "odd" : "even"],
          productIds: [i < 2 ? products.second.id : products.main.id],
        }),
      );
      advanceClock(1000);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listProductKeys({ actor: customer.owner, query: { limit: 2, cursor } });
      seen.push(...page.items.map((k) => k.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(keys.map((k) => k.productKey.id).reverse());
    const ids = async (query: Record<string, string>) =>
      (await listProductKeys({ actor: provider.owner, query })).items.map((k) => k.id).sort();
    expect(await ids({ tag: "odd" })).toEqual([keys[1]!, keys[3]!].map((k) => k.productKey.id).sort());
    expect(await ids({ productId: products.second.id })).toEqual(
      [keys[0]!, keys[1]!].map((k) => k.productKey.id).sort(),
    );
    expect(await ids({ q: keys[2]!.key.slice(0, 12) })).toEqual([keys[2]!.productKey.id]);
    expect(await ids({ q: keys[2]!.key })).toEqual([keys[2]!.productKey.id]);
    expect(await ids({ organizationId: customer.organization.id })).toHaveLength(5);
    expect((await listProductKeys({ actor: rival.owner, query: {} })).items).toEqual([]);
  });

  it("answers usage per day with zeros where verify wrote nothing, and deletes with everything", async () => {
    const { issue, provider, customer } = await makeKeyCatalog();
    const { productKey } = await issue();
    const db = await getDb();
    await db.insert(usageTable).values([
      { productKeyId: productKey.id, day: "2031-06-01", accepted: 5, consumed: 7, refused: 1 },
      { productKeyId: productKey.id, day: "2031-05-30", accepted: 2, consumed: 2, refused: 0 },
      { productKeyId: productKey.id, day: "2031-05-01", accepted: 9, consumed: 9, refused: 9 },
    ]);
    const usage = await productKeyUsage({ actor: customer.owner, id: productKey.id, days: 3 });
    expect(usage).toEqual([
      { day: "2031-05-30", accepted: 2, consumed: 2, refused: 0 },
      { day: "2031-05-31", accepted: 0, consumed: 0, refused: 0 },
      { day: "2031-06-01", accepted: 5, consumed: 7, refused: 1 },
    ]);
    expect(await productKeyUsage({ actor: customer.owner, id: productKey.id })).toHaveLength(30);
    await expect(
      productKeyUsage({ actor: customer.owner, id: productKey.id, days: 0 }),
    ).rejects.toMatchObject({
      invalidFields: [{ name: "days" }],
    });
    await deleteProductKey({ actor: provider.owner, id: productKey.id });
    await expect(getProductKey({ actor: provider.owner, id: productKey.id })).rejects.toMatchObject({
      status: 404,
    });
    expect(await db.select().from(usageTable).where(eq(usageTable.productKeyId, productKey.id))).toEqual([]);
    expect(await auditActions(productKey.id)).toContain("product_key.delete");
  });
});
