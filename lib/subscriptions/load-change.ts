import "server-only";
import { eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { subscriptionChanges, type SubscriptionChange } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { isAppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation";
import type { CommercialAction } from "./commercial-policy";
import type { ChangeRequest } from "./change-effects";
import { loadSubscription } from "./load-subscription";

/** The policy action a change of this kind stands for. */
export function actionOfKind(kind: SubscriptionChange["kind"]): CommercialAction {
  switch (kind) {
    case "plan":
      return "changePlan";
    case "quantity":
      return "changeQuantity";
    case "cancel":
      return "cancel";
    case "pause":
    case "resume":
      return "pause";
    case "barring":
      return "bar";
    default:
      return "editTerms";
  }
}

/** A change with its subscription (locked), for an actor allowed the action. */
export async function loadChange(
  tx: Transaction,
  actor: Actor,
  changeId: string,
  action: CommercialAction | ((change: SubscriptionChange) => CommercialAction),
) {
  if (!isUuid(changeId)) throw notFound("change");
  const [change] = await tx.select().from(subscriptionChanges).where(eq(subscriptionChanges.id, changeId));
  if (!change) throw notFound("change");
  const wanted = typeof action === "function" ? action(change) : action;
  try {
    const { subscription, role } = await loadSubscription(tx, actor, change.subscriptionId, wanted);
    return { change, subscription, role, request: change.toValue as ChangeRequest };
  } catch (error) {
    // A stranger learns nothing about the change either.
    if (isAppError(error) && error.code === "not_found") throw notFound("change");
    throw error;
  }
}
