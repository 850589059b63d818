import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { subscriptions } from "@/db/schema";
import { setClock } from "@/lib/clock";
import { csvRecords } from "@/lib/csv";
import { makePlatformAdmin } from "@/lib/testing/factories";
import { makeSubscriptionCatalog } from "@/lib/testing/subscription-factories";
import { applyBarring } from "./barrings";
import { cancelSubscription } from "./cancel-subscription";
import { changePlan } from "./change-plan";
import { namesInChanges } from "./change-names";
import { exportSubscriptionsCsv } from "./export-subscriptions";
import { subscriptionFilterChoices } from "./filter-choices";
import { searchListedSubscribers } from "./listed-organization-search";
import { subscriptionHistory } from "./subscription-history";
import { planChangeChoices, subscribeChoices } from "./subscription-choices";
import { countSubscriptions, listSubscriptionRows } from "./subscription-rows";

const start = new Date("2031-06-01T00:00:00Z");
beforeEach(() => setClock(start));
afterEach(() => setClock(null));

async function csvOf(lines: AsyncGenerator<string>) {
  let text = "";
  for await (const line of lines) text += line;
  const { header, rows } = csvRecords(text);
  return { header, records: rows.map((row) => row.record) };
}

describe("the subscriptions list for admins and providers", () => {
  it("marks the changes still waiting on each row, and only those", async () => {
    const { customer, plans, subscribe } = await makeSubscriptionCatalog();
    const waiting = await subscribe();
    const settled = await subscribe();
    const scheduled = await changePlan({
      actor: customer.owner,
      id: waiting.id,
      input: { planId: plans.upgradePaid.id, effectiveOn: "2031-06-10" },
    });
    await changePlan({ actor: customer.owner, id: settled.id, input: { planId: plans.upgradePaid.id } });
    const { items } = await listSubscriptionRows({ actor: customer.owner, query: {} });
    expect(items.find((s) => s.id === waiting.id)!.waiting).toEqual([
      {
        id: scheduled.change.id,
        kind: "plan",
        state: "pending",
        effectiveOn: new Date("2031-06-10T00:00:00Z"),
      },
    ]);
    expect(items.find((s) => s.id === settled.id)!.waiting).toEqual([]);
  });

  it("counts what the filters match within the actor's scope, up to a cap", async () => {
    const { customer, provider, subscribe } = await makeSubscriptionCatalog();
    await subscribe();
    await subscribe();
    const other = await makeSubscriptionCatalog();
    await other.subscribe();
    expect(await countSubscriptions({ actor: provider.owner, filter: {} })).toEqual({
      count: 2,
      capped: false,
    });
    expect(await countSubscriptions({ actor: customer.owner, filter: { status: "ended" } })).toEqual({
      count: 0,
      capped: false,
    });
    expect(await countSubscriptions({ actor: provider.owner, filter: {}, cap: 1 })).toEqual({
      count: 1,
      capped: true,
    });
  });
});

describe("the CSV export", () => {
  it("holds the whole filtered set across pages, in the actor's scope, with barrings and waiting changes", async () => {
    const { provider, customer, subscribe } = await makeSubscriptionCatalog();
    const first = await subscribe();
    const db = await getDb();
    // More rows than one page of the list (200), written at once; ended, for the filter below.
    const { id: _id, number: _number, ...copy } = first;
    await db
      .insert(subscriptions)
      .values(Array.from({ length: 205 }, () => ({ ...copy, status: "ended" as const })));
    await applyBarring({ actor: provider.owner, id: first.id, input: { reason: "DEBT", note: "unpaid" } });
    await cancelSubscription({ actor: customer.owner, id: first.id, input: { when: "at_period_end" } });
    const stranger = await makeSubscriptionCatalog();
    await stranger.subscribe();

    const { header, records } = await csvOf(exportSubscriptionsCsv({ actor: provider.owner, filter: {} }));
    expect(header).toContain("barredFor");
    expect(records).toHaveLength(206);
    expect(records.find((r) => r.id === first.id)).toMatchObject({
      number: String(first.number),
      organization: customer.organization.name,
      status: "active",
      barredFor: "DEBT",
      waiting: "cancel:pending",
      cancelAtPeriodEnd: "true",
    });
    const filtered = await csvOf(
      exportSubscriptionsCsv({ actor: provider.owner, filter: { status: "active", q: "" } }),
    );
    expect(filtered.records.map((r) => r.id)).toEqual([first.id]);
  });

  it("refuses a bad filter before the header", async () => {
    const admin = await makePlatformAdmin();
    await expect(
      exportSubscriptionsCsv({ actor: admin, filter: { status: "gone" } }).next(),
    ).rejects.toMatchObject({ code: "invalid_input", invalidFields: [{ name: "status" }] });
  });
});

describe("choices the forms offer", () => {
  it("offers a new subscription's products with their direct plans, by who subscribes from the desk", async () => {
    const { provider, products, plans } = await makeSubscriptionCatalog();
    const admin = await makePlatformAdmin();

    const mine = await subscribeChoices({ actor: provider.owner });
    // Each product with its own plans (read for all of them at once): never the approval plan.
    expect(mine.products.map((p) => [p.id, p.plans.map((plan) => plan.id).sort()]).sort()).toEqual(
      [
        [products.main.id, [plans.trial.id, plans.paid.id].sort()],
        [products.upgrade.id, [plans.upgradePaid.id]],
        [products.other.id, [plans.otherPaid.id]],
      ].sort(),
    );

    const all = await subscribeChoices({ actor: admin });
    expect(all.products.map((p) => p.id)).toEqual(expect.arrayContaining([products.main.id]));
    expect(all.products.find((p) => p.id === products.main.id)).toEqual(
      mine.products.find((p) => p.id === products.main.id),
    );

    expect(await subscribeChoices({ actor: { ...provider.owner, role: "member" } })).toEqual({
      products: [],
    });
  });

  it("offers the plan changes the change itself would accept, and none for an ended subscription", async () => {
    const { provider, customer, plans, products, subscribe } = await makeSubscriptionCatalog();
    const trial = await subscribe({ planId: plans.trial.id });
    const choices = await planChangeChoices({ actor: provider.owner, id: trial.id });
    // Not the current trial plan, not a trial, not the approval plan, not the incompatible product.
    expect(choices.map((c) => ({ id: c.id, plans: c.plans.map((p) => p.id), alone: c.alone }))).toEqual(
      expect.arrayContaining([
        { id: products.main.id, plans: [plans.paid.id], alone: false },
        { id: products.upgrade.id, plans: [plans.upgradePaid.id], alone: false },
      ]),
    );
    expect(choices).toHaveLength(2);

    // A cancelled trial ends at once (no grace to be in).
    await cancelSubscription({ actor: customer.owner, id: trial.id, input: {} });
    expect(await planChangeChoices({ actor: customer.owner, id: trial.id })).toEqual([]);
    const stranger = await makeSubscriptionCatalog();
    await expect(planChangeChoices({ actor: stranger.customer.owner, id: trial.id })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("filters by the products and plans of the actor's own subscriptions", async () => {
    const { provider, customer, plans, products, subscribe } = await makeSubscriptionCatalog();
    await subscribe();
    const other = await makeSubscriptionCatalog();
    await other.subscribe();
    const choices = await subscriptionFilterChoices({ actor: provider.owner });
    expect(choices.products).toEqual([{ id: products.main.id, name: products.main.name }]);
    expect(choices.plans).toEqual([
      { id: plans.paid.id, name: `${products.main.name} · ${plans.paid.name}` },
    ]);
    const organizations = await searchListedSubscribers({
      actor: provider.owner,
      list: "subscriptions",
      input: {},
    });
    expect(organizations).toEqual([
      { id: customer.organization.id, name: customer.organization.name, slug: customer.organization.slug },
    ]);
  });
});

describe("names in the history", () => {
  it("names the products and plans a change moves between", async () => {
    const { customer, plans, products, subscribe } = await makeSubscriptionCatalog();
    const sub = await subscribe();
    await changePlan({ actor: customer.owner, id: sub.id, input: { productId: products.upgrade.id } });
    const names = await namesInChanges(await subscriptionHistory({ actor: customer.owner, id: sub.id }));
    expect(names).toMatchObject({
      [products.main.id]: products.main.name,
      [products.upgrade.id]: products.upgrade.name,
      [plans.paid.id]: plans.paid.name,
    });
  });
});
