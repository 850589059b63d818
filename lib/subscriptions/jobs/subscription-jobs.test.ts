import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { emailOutbox } from "@/db/schema";
import { deletePlan } from "@/lib/catalog/plans";
import { setClock } from "@/lib/clock";
import { makeSubscriptionCatalog } from "@/lib/testing/subscription-factories";
import { cancelSubscription } from "../cancel-subscription";
import { changePlan } from "../change-plan";
import { addDays } from "../lifecycle";
import { pauseSubscription, resumeSubscription } from "../pause-resume";
import { getSubscription } from "../read-subscriptions";
import { subscriptionHistory } from "../subscription-history";
import { applyDueChanges } from "./apply-due-changes";
import { runSubscriptionLifecycle } from "./subscriptions-tick";

const start = new Date("2030-01-01T00:00:00Z");
const on = (days: number) => addDays(start, days);

beforeEach(() => setClock(start));
afterEach(() => setClock(null));

async function emailsTo(to: string) {
  const db = await getDb();
  return db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.to, to)));
}

describe("the subscription lifecycle on its jobs", () => {
  it("runs a trial: reminder once, end into grace, grace into ended — each step once however often the job runs", async () => {
    const { customer, plans, subscribe } = await makeSubscriptionCatalog();
    const sub = await subscribe({ planId: plans.trial.id });
    expect(sub).toMatchObject({ status: "trialing", currentPeriodEndsOn: on(14) });
    const owner = customer.owner;

    setClock(on(10));
    await runSubscriptionLifecycle();
    expect(await emailsTo(customer.user.email)).toHaveLength(0);

    setClock(on(11));
    await runSubscriptionLifecycle();
    await runSubscriptionLifecycle();
    const reminders = await emailsTo(customer.user.email);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.subject).toMatch(/trial ends on 2030-01-15/);

    setClock(on(14));
    await runSubscriptionLifecycle();
    await runSubscriptionLifecycle();
    expect(await getSubscription({ actor: owner, id: sub.id })).toMatchObject({
      status: "grace",
      graceEndsOn: on(21),
    });

    setClock(on(21));
    await runSubscriptionLifecycle();
    await runSubscriptionLifecycle();
    expect(await getSubscription({ actor: owner, id: sub.id })).toMatchObject({
      status: "ended",
      endedOn: on(21),
    });
    const history = await subscriptionHistory({ actor: owner, id: sub.id });
    expect(history.map((h) => [h.kind, h.toValue?.status])).toEqual([
      ["status", "ended"],
      ["status", "grace"],
      ["create", "trialing"],
    ]);
  });

  it("applies a scheduled plan change once, even when the job runs twice at the same time", async () => {
    const { customer, plans, products, subscribe } = await makeSubscriptionCatalog();
    const sub = await subscribe();
    const requested = await changePlan({
      actor: customer.owner,
      id: sub.id,
      input: { planId: plans.upgradePaid.id, effectiveOn: "2030-01-06" },
    });
    expect(requested.outcome).toBe("pending");
    expect(requested.subscription.productId).toBe(products.main.id);

    setClock(on(4));
    expect(await applyDueChanges()).toBe(0);
    setClock(on(5));
    const runs = await Promise.all([applyDueChanges(), applyDueChanges()]);
    expect(runs[0] + runs[1]).toBe(1);
    expect(await applyDueChanges()).toBe(0);

    const after = await getSubscription({ actor: customer.owner, id: sub.id });
    expect(after).toMatchObject({
      productId: products.upgrade.id,
      planId: plans.upgradePaid.id,
      appLimit: 100,
      currentPeriodEndsOn: on(5 + 365),
      changeSequence: sub.changeSequence + 2,
    });
    const planRows = (await subscriptionHistory({ actor: customer.owner, id: sub.id })).filter(
      (h) => h.kind === "plan",
    );
    expect(planRows).toMatchObject([{ state: "applied", appliedOn: on(5), effectiveOn: on(5) }]);
  });

  it("pauses on a date and resumes on another, giving the paused days back", async () => {
    const { customer, subscribe } = await makeSubscriptionCatalog();
    const sub = await subscribe();
    expect(sub.currentPeriodEndsOn).toEqual(on(30));
    await pauseSubscription({ actor: customer.owner, id: sub.id, input: { effectiveOn: "2030-01-11" } });
    await resumeSubscription({ actor: customer.owner, id: sub.id, input: { effectiveOn: "2030-01-16" } });

    setClock(on(10));
    await runSubscriptionLifecycle();
    expect((await getSubscription({ actor: customer.owner, id: sub.id })).status).toBe("paused");
    setClock(on(12));
    await runSubscriptionLifecycle();
    expect((await getSubscription({ actor: customer.owner, id: sub.id })).status).toBe("paused");
    setClock(on(15));
    await runSubscriptionLifecycle();
    expect(await getSubscription({ actor: customer.owner, id: sub.id })).toMatchObject({
      status: "active",
      pausedOn: null,
      currentPeriodEndsOn: on(35),
    });
  });

  it("starts a scheduled subscription, renews its period, and ends it at period end through grace", async () => {
    const { customer, subscribe } = await makeSubscriptionCatalog();
    const sub = await subscribe({ startsOn: "2030-01-03" });
    expect(sub).toMatchObject({ status: "scheduled", currentPeriodEndsOn: null });
    setClock(on(2));
    await runSubscriptionLifecycle();
    expect(await getSubscription({ actor: customer.owner, id: sub.id })).toMatchObject({
      status: "active",
      currentPeriodEndsOn: on(32),
    });
    setClock(on(32));
    await runSubscriptionLifecycle();
    await runSubscriptionLifecycle();
    expect((await getSubscription({ actor: customer.owner, id: sub.id })).currentPeriodEndsOn).toEqual(
      on(62),
    );

    const cancelled = await cancelSubscription({
      actor: customer.owner,
      id: sub.id,
      input: { when: "at_period_end" },
    });
    expect(cancelled).toMatchObject({
      outcome: "pending",
      subscription: { status: "active", cancelAtPeriodEnd: true },
    });
    setClock(on(62));
    await runSubscriptionLifecycle();
    expect(await getSubscription({ actor: customer.owner, id: sub.id })).toMatchObject({
      status: "grace",
      graceEndsOn: on(67),
      cancelAtPeriodEnd: false,
    });
    setClock(on(67));
    await runSubscriptionLifecycle();
    expect((await getSubscription({ actor: customer.owner, id: sub.id })).status).toBe("ended");
    const history = await subscriptionHistory({ actor: customer.owner, id: sub.id });
    expect(history.map((h) => [h.kind, h.state, h.reason])).toEqual([
      ["status", "applied", "The grace period is over"],
      ["cancel", "applied", null],
      ["status", "applied", "Renewed for another period"],
      ["status", "applied", "Start date reached"],
      ["create", "applied", null],
    ]);
  });

  it("rejects, with the reason, a scheduled change that no longer fits when its day comes", async () => {
    const { customer, provider, plans, products, subscribe } = await makeSubscriptionCatalog();
    const sub = await subscribe();
    await changePlan({
      actor: customer.owner,
      id: sub.id,
      input: { planId: plans.upgradePaid.id, effectiveOn: "2030-01-03" },
    });
    await deletePlan({ actor: provider.owner, productId: products.upgrade.id, planId: plans.upgradePaid.id });
    setClock(on(2));
    expect(await applyDueChanges()).toBe(0);
    const [row] = (await subscriptionHistory({ actor: customer.owner, id: sub.id })).filter(
      (h) => h.kind === "plan",
    );
    expect(row).toMatchObject({
      state: "rejected",
      decisionNote: expect.stringMatching(/Could not be applied/),
    });
    expect((await getSubscription({ actor: customer.owner, id: sub.id })).productId).toBe(products.main.id);
  });
});
