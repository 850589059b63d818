import { describe, expect, it } from "vitest";
import { subscriptionStatus, type SubscriptionStatus } from "@/db/schema";
import {
  addDays,
  assertTransition,
  canTransition,
  periodEnd,
  renewedPeriodEnd,
  startingState,
  stopOutcome,
} from "./lifecycle";

const at = new Date("2030-03-01T00:00:00Z");

// The diagram, written out pair by pair.
const legal = new Set([
  "scheduled>trialing",
  "scheduled>active",
  "scheduled>ended",
  "trialing>active",
  "trialing>grace",
  "trialing>ended",
  "trialing>paused",
  "active>paused",
  "active>grace",
  "active>ended",
  "paused>active",
  "paused>trialing",
  "paused>ended",
  "grace>active",
  "grace>ended",
]);

describe("the lifecycle", () => {
  it("allows exactly the transitions of the diagram, and names the current state when it refuses", () => {
    const statuses = subscriptionStatus.enumValues as readonly SubscriptionStatus[];
    for (const from of statuses)
      for (const to of statuses)
        expect([from, to, canTransition(from, to)]).toEqual([from, to, legal.has(`${from}>${to}`)]);
    expect(() => assertTransition("ended", "active")).toThrow(
      "The subscription is ended: it cannot become active.",
    );
  });

  it("starts scheduled, trialing or active, with a period in whole days (-1: never ends)", () => {
    expect(startingState({ terms: "trial", subscriptionPeriod: 14 }, at, at)).toEqual({
      status: "trialing",
      currentPeriodEndsOn: new Date("2030-03-15T00:00:00Z"),
    });
    expect(startingState({ terms: "paid", subscriptionPeriod: -1 }, at, at)).toEqual({
      status: "active",
      currentPeriodEndsOn: null,
    });
    expect(startingState({ terms: "paid", subscriptionPeriod: 30 }, addDays(at, 1), at).status).toBe(
      "scheduled",
    );
    expect(periodEnd(at, 0)).toEqual(at);
  });

  it("stops into grace only for paid terms with a grace period, or a trial that ran out", () => {
    expect(stopOutcome({ terms: "paid", gracePeriod: 5 }, at)).toEqual({
      status: "grace",
      graceEndsOn: addDays(at, 5),
    });
    expect(stopOutcome({ terms: "paid", gracePeriod: 0 }, at)).toEqual({ status: "ended", endedOn: at });
    expect(stopOutcome({ terms: "trial", gracePeriod: 7 }, at)).toEqual({ status: "ended", endedOn: at });
    expect(stopOutcome({ terms: "trial", gracePeriod: 7 }, at, { trialRanOut: true }).status).toBe("grace");
  });

  it("renews past now in one step when the job was away for several periods", () => {
    expect(renewedPeriodEnd(at, 30, addDays(at, 1))).toEqual(addDays(at, 30));
    expect(renewedPeriodEnd(at, 30, addDays(at, 65))).toEqual(addDays(at, 90));
    expect(renewedPeriodEnd(at, 30, addDays(at, 30))).toEqual(addDays(at, 60));
    expect(renewedPeriodEnd(at, -1, at)).toBeNull();
  });
});
