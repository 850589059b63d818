import "server-only";
import type { Subscription, SubscriptionChange } from "@/db/schema";

export interface Tariff {
  productId: string;
  planId: string | null;
  since: Date;
}

/**
 * The products (and plans) a subscription has been on, newest first, the current one on top.
 * Each applied plan change keeps what it moved away from (`fromValue`), so the tariff before a
 * change is its `fromValue`, in effect from the previous change (or the start) until it.
 */
export function tariffHistory(subscription: Subscription, history: SubscriptionChange[]): Tariff[] {
  const applied = history
    .filter((c) => c.kind === "plan" && c.state === "applied" && c.appliedOn)
    .sort((a, b) => b.appliedOn!.getTime() - a.appliedOn!.getTime());
  const tariffs: Tariff[] = [];
  let current: Omit<Tariff, "since"> = { productId: subscription.productId, planId: subscription.planId };
  for (const change of applied) {
    tariffs.push({ ...current, since: change.appliedOn! });
    current = {
      productId: change.fromValue!.productId as string,
      planId: (change.fromValue!.planId as string | null) ?? null,
    };
  }
  tariffs.push({ ...current, since: subscription.startsOn });
  return tariffs;
}
