import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { organizations, subscriptions, type Subscription } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { authorizeCommercial } from "../commercial-policy";
import { commercialRecordOf } from "../load-subscription";

/**
 * The subscription a MasStack path names — the organization's slug and the subscription's
 * number — when the actor may read it. An unknown slug, another organization's number and a
 * subscription the actor may not see all answer the same 404.
 */
export async function masStackSubscription(
  executor: Executor,
  actor: Actor,
  target: { orgId: string; number: number },
): Promise<Subscription> {
  const [row] = await executor
    .select({ subscription: subscriptions })
    .from(subscriptions)
    .innerJoin(organizations, eq(organizations.id, subscriptions.organizationId))
    .where(and(eq(organizations.slug, target.orgId), eq(subscriptions.number, target.number)));
  if (!row) throw notFound("subscription");
  authorizeCommercial(actor, commercialRecordOf(row.subscription), "read");
  return row.subscription;
}
