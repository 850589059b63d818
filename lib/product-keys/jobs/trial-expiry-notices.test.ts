import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { emailOutbox } from "@/db/schema";
import { setClock } from "@/lib/clock";
import { runJob } from "@/lib/jobs/define-job";
import { addDays } from "@/lib/subscriptions/lifecycle";
import { makeVerifyFixture } from "@/lib/testing/verify-fixture";
import { trialExpiryNoticesJob } from "./trial-expiry-notices";

const start = new Date("2030-03-01T00:00:00Z");
const on = (days: number) => addDays(start, days);

beforeEach(() => setClock(start));
afterEach(() => setClock(null));

async function noticesTo(to: string) {
  const db = await getDb();
  const sent = await db.select().from(emailOutbox).where(eq(emailOutbox.to, to));
  return sent.filter((email) => /trial behind your product key/.test(email.subject));
}

describe("the trial-expiry notice of product keys", () => {
  it("tells the owner once, the plan's reminder days before the trial ends, however often the job runs", async () => {
    const fixture = await makeVerifyFixture();
    // The trial plan: 14 days, reminder 3 days ahead.
    const trial = await fixture.subscribe({ planId: fixture.plans.trial.id });
    const paid = await fixture.subscribe({
      planId: fixture.plans.paid.id,
      productId: fixture.products.main.id,
    });
    const owner = "key-owner@example.com";
    const asked = await fixture.issueKey({
      subscriptionId: trial.id,
      notifyBeforeTrialExpiry: true,
      ownerEmail: owner,
    });
    const silent = "silent-owner@example.com";
    await fixture.issueKey({ subscriptionId: trial.id, ownerEmail: silent });
    const paidOwner = "paid-owner@example.com";
    await fixture.issueKey({ subscriptionId: paid.id, notifyBeforeTrialExpiry: true, ownerEmail: paidOwner });

    setClock(on(10));
    expect(await runJob(trialExpiryNoticesJob)).toEqual({ sent: 0 });

    setClock(on(11));
    expect(await runJob(trialExpiryNoticesJob)).toEqual({ sent: 1 });
    await Promise.all([runJob(trialExpiryNoticesJob), runJob(trialExpiryNoticesJob)]);
    setClock(on(13));
    await runJob(trialExpiryNoticesJob);

    const notices = await noticesTo(owner);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.subject).toContain("2030-03-15");
    expect(notices[0]!.text).toContain(`/portal/keys/${asked.id}`);
    expect(await noticesTo(silent)).toHaveLength(0);
    expect(await noticesTo(paidOwner)).toHaveLength(0);
  });
});
