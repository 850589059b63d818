import { inArray } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { products as productsTable } from "@/db/schema";
import * as route from "@/app/api/v2/orgs/[orgId]/subscriptions/[subscriptionId]/products/route";
import { systemActor } from "@/lib/auth/actor";
import { setClock } from "@/lib/clock";
import { runJob } from "@/lib/jobs/define-job";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";
import { changeOrganizationStatus } from "@/lib/organizations/change-organization-status";
import { callRoute } from "@/lib/testing/call-route";
import { makeOrganizationKey, makeOrganizationWithOwner, makePlatformKey } from "@/lib/testing/factories";
import { makeSubscriptionCatalog } from "@/lib/testing/subscription-factories";
import { applyBarring } from "../barrings";
import { decideHeldChange } from "../decide-held-change";
import { subscriptionsTickJob } from "../jobs/subscriptions-tick";
import { listOpenChanges } from "../pending-changes";

const start = new Date("2030-01-01T09:00:00Z");
beforeEach(() => setClock(start));
afterEach(() => setClock(null));

type Method = "GET" | "POST" | "PUT" | "DELETE";

/** One MasStack call, as its client would send it. */
function masStack(
  method: Method,
  key: string,
  target: { orgId: string; number: number | string },
  options: { query?: string; body?: unknown } = {},
) {
  const path = `/api/v2/orgs/${target.orgId}/subscriptions/${target.number}/products`;
  return callRoute(route[method], {
    method,
    path: options.query === undefined ? path : `${path}?query=${encodeURIComponent(options.query)}`,
    apiKey: key,
    body: options.body,
    params: { orgId: target.orgId, subscriptionId: String(target.number) },
  });
}

const includeAll = JSON.stringify({ include: ["compatibilities", "historical_changes"] });

/** The catalog's products with their numbers (MasStack names products by number). */
async function numbered<T extends Record<string, { id: string; name: string }>>(named: T) {
  const db = await getDb();
  const rows = await db
    .select({ id: productsTable.id, number: productsTable.number })
    .from(productsTable)
    .where(
      inArray(
        productsTable.id,
        Object.values(named).map((p) => p.id),
      ),
    );
  return Object.fromEntries(
    Object.entries(named).map(([role, p]) => [
      role,
      { ...p, number: rows.find((r) => r.id === p.id)!.number },
    ]),
  ) as { [K in keyof T]: T[K] & { number: number } };
}

/** The test catalog, a customer's subscription to its main product's paid plan and the keys. */
async function subscribed() {
  const catalog = await makeSubscriptionCatalog();
  const sub = await catalog.subscribe();
  const { key } = await makeOrganizationKey(catalog.customer.organization.id);
  const target = { orgId: catalog.customer.organization.slug, number: sub.number };
  return { ...catalog, products: await numbered(catalog.products), sub, key, target };
}

describe("GET /api/v2/orgs/{orgId}/subscriptions/{subscriptionId}/products", () => {
  it("answers the current product; compatibilities and history only when included", async () => {
    const { key, target, products, plans, sub } = await subscribed();
    const plain = await masStack("GET", key, target);
    expect(plain.status, JSON.stringify(plain.body)).toBe(200);
    expect(plain.body).toEqual({
      id: sub.number,
      product: {
        id: products.main.number,
        value: products.main.name,
        plan: plans.paid.name,
        historic_date: start.toISOString(),
        scheduled: null,
      },
      bundle: null,
    });
    const full = await masStack("GET", key, target, { query: includeAll });
    expect(full.status).toBe(200);
    expect(full.body.product.compatibilities).toEqual([
      { id: products.upgrade.number, value: products.upgrade.name },
    ]);
    expect(full.body.historical_changes).toEqual([
      {
        id: products.main.number,
        value: products.main.name,
        plan: plans.paid.name,
        historic_date: start.toISOString(),
      },
    ]);
    const onlyHistory = await masStack("GET", key, target, {
      query: JSON.stringify({ include: ["historical_changes"], filter: [] }),
    });
    expect(onlyHistory.body.product.compatibilities).toBeUndefined();
    expect(onlyHistory.body.historical_changes).toHaveLength(1);
  });

  it("answers 400 in the ErrorMessage shape for bad query JSON or an unknown include", async () => {
    const { key, target } = await subscribed();
    for (const query of ["{include:", '{"include":["bundles"]}', "[1]", '{"other":1}']) {
      const answer = await masStack("GET", key, target, { query });
      expect(answer.status, query).toBe(400);
      expect(answer.body).toMatchObject({
        code: 400,
        message: "Invalid input",
        description: expect.any(String),
        correlation_id: expect.any(String),
      });
    }
  });

  it("answers 404 for another organization's slug or number, an unknown one, and a stranger's key", async () => {
    const { key, target, sub, customer } = await subscribed();
    const other = await makeOrganizationWithOwner();
    const { key: otherKey } = await makeOrganizationKey(other.organization.id);
    const otherSub = await subscribed();
    const cases: [string, { orgId: string; number: number | string }][] = [
      [key, { orgId: other.organization.slug, number: sub.number }],
      [key, { orgId: customer.organization.slug, number: otherSub.sub.number }],
      [key, { orgId: "no-such-org", number: sub.number }],
      [key, { orgId: customer.organization.slug, number: 999_999_999 }],
      [key, { orgId: customer.organization.slug, number: "abc" }],
      [otherKey, target],
    ];
    for (const [caller, where] of cases) {
      const answer = await masStack("GET", caller, where);
      expect(answer.status, JSON.stringify(where)).toBe(404);
      expect(answer.body).toMatchObject({ code: 404, message: "Not found" });
    }
  });

  it("lets the provider and a platform key read it", async () => {
    const { target, provider } = await subscribed();
    const { key: providerKey } = await makeOrganizationKey(provider.organization.id);
    const { key: platformKey } = await makePlatformKey();
    expect((await masStack("GET", providerKey, target)).status).toBe(200);
    expect((await masStack("GET", platformKey, target)).status).toBe(200);
  });

  it("answers 405 in the ErrorMessage shape for other methods", async () => {
    const { key, target } = await subscribed();
    for (const method of ["PUT", "DELETE"] as const) {
      const answer = await masStack(method, key, target, { body: {} });
      expect(answer.status).toBe(405);
      expect(answer.headers.get("allow")).toBe("GET, POST");
      expect(answer.body).toMatchObject({ code: 405, message: "Method not allowed" });
    }
  });
});

describe("POST /api/v2/orgs/{orgId}/subscriptions/{subscriptionId}/products", () => {
  it("changes the product now: 201, and GET shows the new product on top of the history", async () => {
    const { key, target, products, plans } = await subscribed();
    const later = new Date("2030-01-05T12:00:00Z");
    setClock(later);
    const changed = await masStack("POST", key, target, { body: { productId: products.upgrade.number } });
    expect(changed.status, JSON.stringify(changed.body)).toBe(201);
    expect(changed.body.product).toMatchObject({ id: products.upgrade.number, scheduled: null });
    const read = await masStack("GET", key, target, { query: includeAll });
    expect(read.body.product).toMatchObject({
      id: products.upgrade.number,
      value: products.upgrade.name,
      plan: plans.upgradePaid.name,
      historic_date: later.toISOString(),
    });
    expect(read.body.historical_changes).toEqual([
      {
        id: products.upgrade.number,
        value: products.upgrade.name,
        plan: plans.upgradePaid.name,
        historic_date: later.toISOString(),
      },
      {
        id: products.main.number,
        value: products.main.name,
        plan: plans.paid.name,
        historic_date: start.toISOString(),
      },
    ]);
  });

  it("schedules a change: pending in `scheduled`, applied once by the subscriptions job on its date", async () => {
    const { key, target, products } = await subscribed();
    const posted = await masStack("POST", key, target, {
      body: { productId: products.upgrade.number, scheduled_date: "2030-01-10" },
    });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    expect(posted.body.product).toMatchObject({
      id: products.main.number,
      scheduled: {
        request_date: start.toISOString(),
        scheduled_date: "2030-01-10",
        process_date: "2030-01-10T00:00:00.000Z",
        destination_product: { id: products.upgrade.number, value: products.upgrade.name },
        state: "pending",
      },
    });
    // The day before, nothing happens.
    setClock(new Date("2030-01-09T23:59:00Z"));
    await runJob(subscriptionsTickJob);
    expect((await masStack("GET", key, target)).body.product.id).toBe(products.main.number);

    setClock(new Date("2030-01-10T00:01:00Z"));
    await runJob(subscriptionsTickJob);
    await runJob(subscriptionsTickJob);
    const read = await masStack("GET", key, target, { query: includeAll });
    expect(read.body.product).toMatchObject({ id: products.upgrade.number, scheduled: null });
    expect(read.body.historical_changes.map((h: { id: number }) => h.id)).toEqual([
      products.upgrade.number,
      products.main.number,
    ]);
  });

  it("holds a barred subscription's change for review: 202 REVIEW, approving applies it", async () => {
    const { key, target, products, provider, sub } = await subscribed();
    await applyBarring({ actor: provider.owner, id: sub.id, input: { reason: "DEBT", note: "unpaid" } });
    const held = await masStack("POST", key, target, { body: { productId: products.upgrade.number } });
    expect(held.status, JSON.stringify(held.body)).toBe(202);
    expect(held.body).toEqual({
      risk_decision: "REVIEW",
      description: expect.stringMatching(/barred \(DEBT\)/),
    });
    const read = await masStack("GET", key, target);
    expect(read.body.product).toMatchObject({
      id: products.main.number,
      scheduled: { state: "held", process_date: null, destination_product: { id: products.upgrade.number } },
    });
    const queue = await listOpenChanges({ actor: provider.owner, query: { state: "held" } });
    expect(queue.items).toHaveLength(1);
    await decideHeldChange({
      actor: provider.owner,
      changeId: queue.items[0]!.change.id,
      input: { decision: "approve" },
    });
    const after = await masStack("GET", key, target);
    expect(after.body.product).toMatchObject({ id: products.upgrade.number, scheduled: null });
  });

  it("holds a suspended organization's change asked by its provider: 202 REVIEW", async () => {
    const { target, products, provider, customer } = await subscribed();
    await changeOrganizationStatus({
      actor: systemActor(),
      id: customer.organization.id,
      input: { status: "suspended", reason: "Review", changeSequence: customer.organization.changeSequence },
    });
    const { key: providerKey } = await makeOrganizationKey(provider.organization.id);
    const held = await masStack("POST", providerKey, target, {
      body: { productId: products.upgrade.number },
    });
    expect(held.status, JSON.stringify(held.body)).toBe(202);
    expect(held.body).toEqual({ risk_decision: "REVIEW", description: expect.stringMatching(/suspended/) });
    const read = await masStack("GET", providerKey, target);
    expect(read.body.product).toMatchObject({ id: products.main.number, scheduled: { state: "held" } });
  });

  it("refuses a product outside the compatibilities (400) and an unknown product (404)", async () => {
    const { key, target, products } = await subscribed();
    const incompatible = await masStack("POST", key, target, { body: { productId: products.other.number } });
    expect(incompatible.status).toBe(400);
    expect(incompatible.body).toMatchObject({
      code: 400,
      invalid_fields: [{ name: "productId", reason: "is not among the product's compatibilities" }],
    });
    const unknown = await masStack("POST", key, target, { body: { productId: 987_654_321 } });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 404 });
    for (const body of [
      {},
      { productId: "1" },
      { productId: products.upgrade.number, scheduled_date: "10/01/2030" },
    ]) {
      expect((await masStack("POST", key, target, { body })).status, JSON.stringify(body)).toBe(400);
    }
    const past = await masStack("POST", key, target, {
      body: { productId: products.upgrade.number, scheduled_date: "2029-12-30" },
    });
    expect(past.status).toBe(400);
    expect(past.body.invalid_fields).toEqual([{ name: "scheduled_date", reason: "must be today or later" }]);
    expect((await masStack("GET", key, target)).body.product.id).toBe(products.main.number);
  });

  it("answers 404 for another organization's subscription", async () => {
    const { target, products } = await subscribed();
    const other = await makeOrganizationWithOwner();
    const { key: otherKey } = await makeOrganizationKey(other.organization.id);
    const answer = await masStack("POST", otherKey, target, { body: { productId: products.upgrade.number } });
    expect(answer.status).toBe(404);
    const wrongSlug = await masStack(
      "POST",
      otherKey,
      { ...target, orgId: other.organization.slug },
      {
        body: { productId: products.upgrade.number },
      },
    );
    expect(wrongSlug.status).toBe(404);
  });
});

describe("the MasStack operations in the OpenAPI document", () => {
  it("documents both, the JSON query parameter, the 202 answer and the ErrorMessage shape", () => {
    const document = buildOpenApiDocument();
    const item = document.paths["/api/v2/orgs/{orgId}/subscriptions/{subscriptionId}/products"] as Record<
      string,
      { parameters?: { name: string; description?: string }[]; responses: Record<string, unknown> }
    >;
    expect(item.get!.parameters!.map((p) => p.name)).toEqual(["orgId", "subscriptionId", "query"]);
    expect(item.get!.parameters![2]!.description).toMatch(/historical_changes/);
    expect(Object.keys(item.post!.responses)).toEqual(expect.arrayContaining(["201", "202", "400", "404"]));
    expect(JSON.stringify(item.post!.responses["404"])).toContain("#/components/schemas/ErrorMessage");
    expect(document.components.schemas.ErrorMessage).toMatchObject({
      required: ["code", "message", "description"],
    });
  });
});
