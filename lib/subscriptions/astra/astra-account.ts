import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  organizations,
  subscriptions,
  type Organization,
  type Product,
  type Subscription,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { authorizeCommercial, commercialRole, type CommercialAction } from "../commercial-policy";
import { loadSubscription } from "../load-subscription";
import { AstraProblemError } from "./astra-problems";

/**
 * The account an Astra path names — an organization — when the actor may take the action on
 * its account subscriptions: an organization's key acts for its own account, the platform's
 * for any. A stranger's account answers exactly like a missing one (404, problem 2).
 */
export async function astraAccount(
  executor: Executor,
  actor: Actor,
  accountId: string,
  product: Product,
  action: CommercialAction,
): Promise<Organization> {
  const record = {
    subscriberOrganizationId: accountId,
    providerOrganizationId: product.providerOrganizationId,
  };
  if (!commercialRole(actor, record)) throw new AstraProblemError(2);
  const [account] = await executor.select().from(organizations).where(eq(organizations.id, accountId));
  if (!account) throw new AstraProblemError(2);
  authorizeCommercial(actor, record, action);
  return account;
}

/**
 * One account subscription of the account, whatever its status, if the actor may take the
 * action on the account's subscriptions; anything else answers 404.
 */
export async function loadAccountSubscription(
  executor: Executor,
  actor: Actor,
  target: { accountId: string; id: string },
  product: Product,
  action: CommercialAction = "read",
): Promise<Subscription> {
  const { accountId, id } = target;
  await astraAccount(executor, actor, accountId, product, action);
  const { subscription } = await loadSubscription(executor, actor, id, "read");
  if (subscription.organizationId !== accountId || subscription.productId !== product.id) {
    throw notFound("subscription");
  }
  return subscription;
}

/** The account's subscription that has not ended, if it has one (there is at most one). */
export async function liveAccountSubscription(
  executor: Executor,
  accountId: string,
  product: Product,
): Promise<Subscription | undefined> {
  const [live] = await executor
    .select()
    .from(subscriptions)
    .where(
      and(
        eq(subscriptions.organizationId, accountId),
        eq(subscriptions.productId, product.id),
        ne(subscriptions.status, "ended"),
      ),
    )
    .limit(1);
  return live;
}
