import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { systemActor, type Actor } from "@/lib/auth/actor";
import { setClock } from "@/lib/clock";
import { changeOrganizationStatus } from "@/lib/organizations/change-organization-status";
import { makeOrganization, makePlatformAdmin } from "@/lib/testing/factories";
import { throughEachSearchStep } from "@/lib/testing/search-steps";
import { makeSubscriptionCatalog } from "@/lib/testing/subscription-factories";
import { applyBarring, liftBarring } from "./barrings";
import { cancelSubscription } from "./cancel-subscription";
import { changePlan } from "./change-plan";
import { changeQuantity } from "./change-quantity";
import { createSubscription } from "./create-subscription";
import { decideHeldChange } from "./decide-held-change";
import { editSubscriptionTerms } from "./edit-terms";
import { addDays } from "./lifecycle";
import { pauseSubscription } from "./pause-resume";
import { cancelPendingChange, listOpenChanges } from "./pending-changes";
import { getSubscription, listSubscriptions } from "./read-subscriptions";
import { subscriptionHistory } from "./subscription-history";
import { updateSubscriptionDetails } from "./update-details";

const start = new Date("2031-06-01T00:00:00Z");
beforeEach(() => setClock(start));
afterEach(() => setClock(null));

describe("subscribing", () => {
  it("copies the plan's terms and starts a trial, a paid period, or waits for a later start", async () => {
    const { plans, subscribe } = await makeSubscriptionCatalog();
    expect(await subscribe({ planId: plans.trial.id })).toMatchObject({
      status: "trialing",
      terms: "trial",
      subscriptionPeriod: 14,
      currentPeriodEndsOn: addDays(start, 14),
      planVersion: 1,
    });
    expect(await subscribe({ quantity: 3 })).toMatchObject({ status: "active", appLimit: 10, quantity: 3 });
    expect(await subscribe({ startsOn: "2031-07-01" })).toMatchObject({
      status: "scheduled",
      startsOn: new Date("2031-07-01T00:00:00Z"),
    });
  });

  it("refuses a plan that needs approval, a past start, another product's plan, and members", async () => {
    const { customer, plans, products, subscribe } = await makeSubscriptionCatalog();
    await expect(subscribe({ planId: plans.approval.id })).rejects.toMatchObject({
      message: expect.stringMatching(/needs an approver's approval: request it/),
      invalidFields: [{ name: "planId", reason: "needs approval" }],
    });
    await expect(subscribe({ startsOn: "2031-05-01" })).rejects.toMatchObject({
      invalidFields: [{ name: "startsOn" }],
    });
    await expect(subscribe({ planId: plans.otherPaid.id })).rejects.toMatchObject({
      invalidFields: [{ name: "planId" }],
    });
    await expect(
      createSubscription({
        actor: { ...customer.owner, role: "member" },
        input: { productId: products.main.id },
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("checks the organization a form picked: it exists, it is active, and only its provider or an admin names it", async () => {
    const { provider, customer, plans, products } = await makeSubscriptionCatalog();
    const subscribeFor = (actor: Actor, organizationId: string) =>
      createSubscription({
        actor,
        input: { productId: products.main.id, planId: plans.paid.id, organizationId },
      });
    const picked = await makeOrganization();
    const admin = await makePlatformAdmin();
    expect(await subscribeFor(admin, picked.id)).toMatchObject({ organizationId: picked.id });
    expect(await subscribeFor(provider.owner, picked.id)).toMatchObject({ organizationId: picked.id });
    await expect(subscribeFor(provider.owner, randomUUID())).rejects.toMatchObject({ code: "not_found" });
    const suspended = await makeOrganization({ organizationStatus: "suspended" });
    await expect(subscribeFor(provider.owner, suspended.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(subscribeFor(admin, suspended.id)).rejects.toMatchObject({ code: "forbidden" });
    // A customer subscribes its own organization, whatever the payload names.
    expect(await subscribeFor(customer.owner, picked.id)).toMatchObject({
      organizationId: customer.organization.id,
    });
  });
});

describe("changing plan", () => {
  it("moves now within the product or to a compatible one, never to an incompatible product", async () => {
    const { customer, plans, products, subscribe } = await makeSubscriptionCatalog();
    const sub = await subscribe({ planId: plans.trial.id });
    // A trial converted to a paid plan becomes active with a new period from now.
    const converted = await changePlan({
      actor: customer.owner,
      id: sub.id,
      input: { planId: plans.paid.id },
    });
    expect(converted).toMatchObject({
      outcome: "applied",
      subscription: { status: "active", terms: "paid", currentPeriodEndsOn: addDays(start, 30) },
    });
    const moved = await changePlan({
      actor: customer.owner,
      id: sub.id,
      input: { productId: products.upgrade.id, reason: "more apps" },
    });
    expect(moved.subscription).toMatchObject({
      productId: products.upgrade.id,
      planId: plans.upgradePaid.id,
    });
    await expect(
      changePlan({ actor: customer.owner, id: sub.id, input: { planId: plans.otherPaid.id } }),
    ).rejects.toMatchObject({ code: "invalid_input", message: expect.stringMatching(/compatible/) });
    await expect(
      changePlan({ actor: customer.owner, id: sub.id, input: { planId: plans.upgradePaid.id } }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/already on that plan/) });
    const history = await subscriptionHistory({ actor: customer.owner, id: sub.id });
    expect(
      history.map((h) => [h.kind, h.fromValue?.productId ?? null, h.toValue?.productId ?? null]),
    ).toEqual([
      ["plan", products.main.id, products.upgrade.id],
      ["plan", products.main.id, null],
      ["create", null, products.main.id],
    ]);
    expect(history[0]).toMatchObject({
      reason: "more apps",
      requestedBy: customer.owner.label,
      state: "applied",
    });
  });

  it("refuses plans that need approval or a trial, and lets one of two concurrent changes win", async () => {
    const { customer, plans, products, subscribe } = await makeSubscriptionCatalog();
    const sub = await subscribe();
    await expect(
      changePlan({ actor: customer.owner, id: sub.id, input: { planId: plans.approval.id } }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/request it/) });
    await expect(
      changePlan({ actor: customer.owner, id: sub.id, input: { planId: plans.trial.id } }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/trial plan can only start/) });
    const results = await Promise.allSettled([
      changePlan({
        actor: customer.owner,
        id: sub.id,
        input: { productId: products.upgrade.id, changeSequence: sub.changeSequence },
      }),
      changePlan({
        actor: customer.owner,
        id: sub.id,
        input: { productId: products.upgrade.id, changeSequence: sub.changeSequence },
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({
      reason: { code: "stale_change_sequence" },
    });
    const plansApplied = (await subscriptionHistory({ actor: customer.owner, id: sub.id })).filter(
      (h) => h.kind === "plan",
    );
    expect(plansApplied).toHaveLength(1);
  });

  it("holds a barred subscription's change for review: approve applies it, reject records why", async () => {
    const { customer, provider, plans, products, subscribe } = await makeSubscriptionCatalog();
    const sub = await subscribe();
    await applyBarring({
      actor: provider.owner,
      id: sub.id,
      input: { reason: "DEBT", note: "unpaid invoice" },
    });
    const held = await changePlan({
      actor: customer.owner,
      id: sub.id,
      input: { productId: products.upgrade.id },
    });
    expect(held).toMatchObject({
      outcome: "held",
      change: { state: "held", riskDecision: expect.stringMatching(/barred \(DEBT\)/) },
      subscription: { productId: products.main.id },
    });
    // Even held, a target outside the compatibilities is refused at once.
    await expect(
      changePlan({ actor: customer.owner, id: sub.id, input: { planId: plans.otherPaid.id } }),
    ).rejects.toMatchObject({ code: "invalid_input" });
    const queue = await listOpenChanges({ actor: provider.owner, query: { state: "held" } });
    expect(queue.items.map((i) => i.change.id)).toEqual([held.change.id]);
    await expect(
      decideHeldChange({ actor: customer.owner, changeId: held.change.id, input: { decision: "approve" } }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      decideHeldChange({ actor: provider.owner, changeId: held.change.id, input: { decision: "reject" } }),
    ).rejects.toMatchObject({ invalidFields: [{ name: "note" }] });
    const rejected = await decideHeldChange({
      actor: provider.owner,
      changeId: held.change.id,
      input: { decision: "reject", note: "still in debt" },
    });
    expect(rejected).toMatchObject({
      change: { state: "rejected", decisionNote: "still in debt", decidedBy: provider.owner.label },
      subscription: { productId: products.main.id },
    });

    const again = await changePlan({
      actor: customer.owner,
      id: sub.id,
      input: { productId: products.upgrade.id },
    });
    const approved = await decideHeldChange({
      actor: provider.owner,
      changeId: again.change.id,
      input: { decision: "approve", note: "paid since" },
    });
    expect(approved).toMatchObject({
      change: { state: "applied", decidedBy: provider.owner.label },
      subscription: { productId: products.upgrade.id, planId: plans.upgradePaid.id },
    });
    await liftBarring({ actor: provider.owner, id: sub.id, input: { reason: "DEBT" } });
    expect((await getSubscription({ actor: customer.owner, id: sub.id })).barredFor).toEqual([]);
  });

  it("holds a suspended organization's plan change, while its other changes are refused", async () => {
    const { customer, products, subscribe } = await makeSubscriptionCatalog();
    const sub = await subscribe();
    await changeOrganizationStatus({
      actor: systemActor(),
      id: customer.organization.id,
      input: { status: "suspended", reason: "Review", changeSequence: customer.organization.changeSequence },
    });
    const admin = await makePlatformAdmin();
    const held = await changePlan({ actor: admin, id: sub.id, input: { productId: products.upgrade.id } });
    expect(held.change.riskDecision).toMatch(/suspended/);
    await expect(changeQuantity({ actor: admin, id: sub.id, input: { quantity: 2 } })).rejects.toMatchObject({
      code: "forbidden",
      message: expect.stringMatching(/suspended/),
    });
  });
});

describe("waiting changes, cancelling and the rest", () => {
  it("lists pending changes, keeps one per kind, and cancels them — a withdrawn period-end cancel lets it run on", async () => {
    const { customer, provider, plans, subscribe } = await makeSubscriptionCatalog();
    const sub = await subscribe();
    const scheduled = await changePlan({
      actor: customer.owner,
      id: sub.id,
      input: { planId: plans.upgradePaid.id, effectiveOn: "2031-06-10" },
    });
    await expect(
      changePlan({
        actor: customer.owner,
        id: sub.id,
        input: { planId: plans.upgradePaid.id, effectiveOn: "2031-06-11" },
      }),
    ).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/already waiting/) });
    const atEnd = await cancelSubscription({
      actor: customer.owner,
      id: sub.id,
      input: { when: "at_period_end" },
    });
    expect(atEnd.change.effectiveOn).toEqual(addDays(start, 30));
    const open = await listOpenChanges({ actor: provider.owner, query: { subscriptionId: sub.id } });
    expect(open.items.map((i) => i.change.kind)).toEqual(["plan", "cancel"]);

    await cancelPendingChange({
      actor: customer.owner,
      changeId: scheduled.change.id,
      input: { reason: "changed my mind" },
    });
    await cancelPendingChange({ actor: customer.owner, changeId: atEnd.change.id, input: {} });
    expect(await getSubscription({ actor: customer.owner, id: sub.id })).toMatchObject({
      cancelAtPeriodEnd: false,
    });
    await expect(
      cancelPendingChange({ actor: customer.owner, changeId: atEnd.change.id, input: {} }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(
      (await listOpenChanges({ actor: customer.owner, query: { subscriptionId: sub.id } })).items,
    ).toEqual([]);
  });

  it("cancels now into grace, refuses moves the lifecycle does not allow, and keeps a stale version out", async () => {
    const { customer, subscribe } = await makeSubscriptionCatalog();
    const sub = await subscribe();
    await expect(
      changeQuantity({
        actor: customer.owner,
        id: sub.id,
        input: { quantity: 2, changeSequence: sub.changeSequence + 1 },
      }),
    ).rejects.toMatchObject({ code: "stale_change_sequence" });
    const cancelled = await cancelSubscription({
      actor: customer.owner,
      id: sub.id,
      input: { reason: "too dear" },
    });
    expect(cancelled.subscription).toMatchObject({
      status: "grace",
      graceEndsOn: addDays(start, 5),
      endReason: "too dear",
    });
    await expect(pauseSubscription({ actor: customer.owner, id: sub.id, input: {} })).rejects.toMatchObject({
      code: "conflict",
      message: "The subscription is grace: it cannot become paused.",
    });
    await cancelSubscription({ actor: customer.owner, id: sub.id, input: {} });
    await expect(
      changeQuantity({ actor: customer.owner, id: sub.id, input: { quantity: 2 } }),
    ).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/is ended/) });
  });

  it("keeps payment details and labels, recorded as a change", async () => {
    const { customer, subscribe } = await makeSubscriptionCatalog();
    const sub = await subscribe({ paymentFirstName: "Ada", labels: [{ name: "team", value: "ops" }] });
    const updated = await updateSubscriptionDetails({
      actor: customer.owner,
      id: sub.id,
      input: { paymentAddress: { addressCountry: "DE", postalCode: "10115" }, paymentFirstName: null },
    });
    expect(updated).toMatchObject({
      paymentFirstName: null,
      paymentAddress: { addressCountry: "DE" },
      labels: [{ name: "team", value: "ops" }],
    });
    await expect(
      updateSubscriptionDetails({
        actor: customer.owner,
        id: sub.id,
        input: { paymentAddress: { addressCountry: "Germany" } },
      }),
    ).rejects.toMatchObject({ invalidFields: [{ name: "paymentAddress.addressCountry" }] });
    const [last] = await subscriptionHistory({ actor: customer.owner, id: sub.id });
    expect(last).toMatchObject({
      kind: "terms",
      fromValue: { paymentFirstName: "Ada" },
      toValue: { paymentFirstName: null },
    });
  });
});

describe("the provider's terms", () => {
  it("change one subscription's limits and costs, not its plan; the customer may not", async () => {
    const { customer, provider, plans, subscribe } = await makeSubscriptionCatalog();
    const sub = await subscribe();
    await expect(
      editSubscriptionTerms({ actor: customer.owner, id: sub.id, input: { appLimit: 50 } }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const edited = await editSubscriptionTerms({
      actor: provider.owner,
      id: sub.id,
      input: {
        appLimit: 50,
        costPerAppUnit: "12.50",
        reason: "negotiated",
        changeSequence: sub.changeSequence,
      },
    });
    expect(edited).toMatchObject({
      appLimit: 50,
      costPerAppUnitMinor: 1250,
      planId: plans.paid.id,
      namespaceLimit: -1,
    });
    const [last] = await subscriptionHistory({ actor: customer.owner, id: sub.id });
    expect(last).toMatchObject({
      kind: "terms",
      fromValue: { appLimit: 10, costPerAppUnitMinor: 0 },
      toValue: { appLimit: 50, costPerAppUnitMinor: 1250 },
      reason: "negotiated",
    });
  });
});

describe("listing", () => {
  it("filters, searches and pages by keyset with every row once, even when they share a creation instant", async () => {
    const { customer, provider, plans, products, subscribe } = await makeSubscriptionCatalog();
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await subscribe(i === 0 ? { planId: plans.trial.id } : {}));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listSubscriptions({
        actor: provider.owner,
        query: { productId: products.main.id, limit: 2, cursor },
      });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.sort()).toEqual(made.map((m) => m.id).sort());

    const trials = await listSubscriptions({ actor: customer.owner, query: { terms: "trial" } });
    expect(trials.items.map((i) => i.id)).toEqual([made[0]!.id]);
    expect(trials.items[0]).toMatchObject({ planName: plans.trial.name, productName: products.main.name });
    const byName = await listSubscriptions({
      actor: provider.owner,
      query: { q: customer.organization.name.toUpperCase(), status: "active" },
    });
    expect(byName.items).toHaveLength(4);
    const number = String(made[2]!.number);
    const byNumber = await listSubscriptions({ actor: customer.owner, query: { q: number } });
    // The number finds its subscription alone, unless the customer's or the product's generated
    // name holds the same digits ("Product 13" for 3): then the name finds all five as well.
    const nameHoldsIt = [customer.organization.name, customer.organization.slug, products.main.name].some(
      (name) => name.toLowerCase().includes(number),
    );
    expect(byNumber.items.map((i) => i.id).sort()).toEqual(
      nameHoldsIt ? made.map((m) => m.id).sort() : [made[2]!.id],
    );
    const byPlan = await listSubscriptions({
      actor: customer.owner,
      query: { planId: plans.paid.id, organizationId: "" },
    });
    expect(byPlan.items).toHaveLength(4);
  });

  it("answers a search's pages alike through each step (few matches, a walk of the sort, every match)", async () => {
    const { customer, provider, products, subscribe } = await makeSubscriptionCatalog();
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await subscribe());
    const searched = (q: string) => async () => {
      const pages: string[][] = [];
      for (const direction of ["desc", "asc"] as const) {
        let cursor: string | undefined;
        do {
          const page = await listSubscriptions({
            actor: provider.owner,
            query: { q, direction, limit: 2, cursor },
          });
          pages.push(page.items.map((i) => i.id));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
      }
      return pages;
    };
    for (const q of [customer.organization.slug, products.main.name.toUpperCase(), String(made[3]!.number)]) {
      const [few, walk, all] = await throughEachSearchStep(searched(q));
      expect(few.flat().length, q).toBeGreaterThan(0);
      expect(walk, q).toEqual(few);
      expect(all, q).toEqual(few);
    }
  });
});
