import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/open";
import { organizations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { parseInput } from "@/lib/validation";
import { insertSubscription } from "../create-subscription";
import { termsOf } from "../plan-terms";
import { assertSubscriberWritable } from "../subscriber-organization";
import { createSubscriptionSchema } from "../subscription-schemas";
import { accountPlan, ensureAccountProduct } from "./account-product";
import { astraAccount, liveAccountSubscription } from "./astra-account";
import { checkAstraBody, domainDetails, forField, parseAstraBody } from "./astra-input";
import { AstraProblemError } from "./astra-problems";
import { createAstraSubscriptionSchema } from "./astra-schemas";
import { presentAstraSubscription } from "./present-astra";

/**
 * Astra's POST: subscribes the account (an organization) to the account product, on the plan
 * its `terms` pick. An account has at most one subscription that has not ended: asking for a
 * second — whatever its terms — is problem 10 (409). A trial becomes paid by a PUT of the one
 * it has; a new one can be created once it is deleted (ended). Domain rules as for any
 * subscription: the organization must be active, the caller its admin or a platform key.
 */
export async function createAccountSubscription({
  actor,
  accountId,
  input,
}: {
  actor: Actor;
  accountId: string;
  input: unknown;
}) {
  const body = parseAstraBody(createAstraSubscriptionSchema, input);
  checkAstraBody(body);
  const product = await ensureAccountProduct();
  const db = await getDb();
  const created = await db.transaction(async (tx) => {
    await astraAccount(tx, actor, accountId, product, "subscribe");
    // The account's row locked: two creations at once cannot both find no live subscription.
    await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.id, accountId))
      .for("update");
    await assertSubscriberWritable(tx, actor, accountId);
    const live = await liveAccountSubscription(tx, accountId, product);
    if (live) {
      throw new AstraProblemError(10, [
        {
          name: "terms",
          reason: `the account already has a ${live.terms} subscription (${live.id}) that has not ended: change it with PUT or delete it first`,
        },
      ]);
    }
    const at = now();
    const plan = await accountPlan(tx, product, body.terms, at);
    const data = await forField("terms", async () =>
      parseInput(createSubscriptionSchema, {
        ...domainDetails(body),
        organizationId: accountId,
        productId: product.id,
        planId: plan.planId,
      }),
    );
    return insertSubscription(tx, actor, {
      ...data,
      organizationId: accountId,
      product,
      terms: termsOf(plan),
      at,
    });
  });
  return presentAstraSubscription(created);
}
