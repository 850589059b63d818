import "server-only";
import { getDb } from "@/db/open";
import type { Subscription } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { cancelSubscription } from "../cancel-subscription";
import { changePlan } from "../change-plan";
import { resumeSubscription } from "../pause-resume";
import { updateSubscriptionDetails } from "../update-details";
import { accountPlan, ensureAccountProduct } from "./account-product";
import { loadAccountSubscription } from "./astra-account";
import { checkAstraBody, domainDetails, forField, parseAstraBody } from "./astra-input";
import { AstraProblemError } from "./astra-problems";
import { replaceAstraSubscriptionSchema, type ReplaceAstraSubscription } from "./astra-schemas";
import { astraStatus } from "./present-astra";

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The details the body changes: only those, so an unchanged PUT writes no history. */
function changedDetails(body: ReplaceAstraSubscription, current: Subscription) {
  const wanted = { ...domainDetails(body), onboardStatus: body.onboardStatus };
  return Object.fromEntries(
    Object.entries(wanted).filter(
      ([name, value]) => value !== undefined && !same(value, current[name as keyof Subscription]),
    ),
  );
}

/**
 * Astra's PUT, a full replace answered with 204, carried out as the domain's own changes, in
 * this order (each its own transaction, each checked by the lifecycle and the policy):
 * 1. `terms` trial → paid converts the subscription to the account product's paid plan (a
 *    lapsed trial in its grace period is rescued); paid → trial is refused (problem 10).
 * 2. The payment and metadata fields, replaced (see `replaceAstraSubscriptionSchema`).
 * 3. `status` "inactive" cancels now — into the grace period when the terms give one, else
 *    ended (a cancelled trial ends); "active" reactivates one in its grace period or resumes a
 *    paused one. The same status as now changes nothing.
 * A conversion the risk check holds (a barred subscription) waits for the provider's review:
 * reads show the trial terms until it is approved.
 * An ended subscription is final: any PUT to it is problem 10.
 */
export async function replaceAccountSubscription({
  actor,
  accountId,
  id,
  input,
}: {
  actor: Actor;
  accountId: string;
  id: string;
  input: unknown;
}): Promise<void> {
  const body = parseAstraBody(replaceAstraSubscriptionSchema, input);
  checkAstraBody(body);
  const product = await ensureAccountProduct();
  const db = await getDb();
  const target = { accountId, id };
  const load = () => loadAccountSubscription(db, actor, target, product, "updateDetails");
  let current = await load();
  if (current.status === "ended") {
    throw new AstraProblemError(10, [
      { name: "status", reason: "the subscription has ended: create a new one" },
    ]);
  }
  if (body.terms && body.terms !== current.terms) {
    if (body.terms === "trial") {
      throw new AstraProblemError(10, [
        { name: "terms", reason: "a paid subscription cannot return to trial" },
      ]);
    }
    const plan = await accountPlan(db, product, "paid", now());
    await forField("terms", () =>
      changePlan({
        actor,
        id,
        input: { planId: plan.planId, reason: "converted to paid through the Astra API" },
      }),
    );
    current = await load();
  }
  const details = changedDetails(body, current);
  if (Object.keys(details).length) {
    await forField("metadata", () => updateSubscriptionDetails({ actor, id, input: details }));
  }
  if (body.status && body.status !== astraStatus(current.status)) {
    await forField("status", () =>
      body.status === "inactive"
        ? cancelSubscription({ actor, id, input: { when: "now", reason: "cancelled through the Astra API" } })
        : resumeSubscription({ actor, id, input: { reason: "reactivated through the Astra API" } }),
    );
  }
}
