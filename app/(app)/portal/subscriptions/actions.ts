"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { uuid } from "@/lib/input/identifiers";
import {
  cancelChangeSchema,
  cancelPendingChange,
  cancelSubscription,
  cancelSubscriptionSchema,
  changePlan,
  changePlanSchema,
  changeQuantity,
  changeQuantitySchema,
  createSubscription,
  createSubscriptionSchema,
} from "@/lib/subscriptions";

// Every export here is a public endpoint: each goes through action(), and the subscription
// domain decides — with the commercial policy — whether this actor may do it to this
// subscription, and validates the payload. `route` holds only the ids an action reads itself.
// Answers carry only what the screen needs next, never the whole record.

const subscriptionRoute = z.object({ subscriptionId: uuid() });
const revalidate = { revalidate: ["/portal/subscriptions"] };

export const subscribeAction = action(
  { payload: createSubscriptionSchema },
  async ({ actor, input }) => {
    const subscription = await createSubscription({ actor, input });
    return { id: subscription.id, status: subscription.status };
  },
  revalidate,
);

export const changeQuantityAction = action(
  { route: subscriptionRoute, payload: changeQuantitySchema },
  async ({ actor, route, input }) => {
    const subscription = await changeQuantity({ actor, id: route.subscriptionId, input });
    return { quantity: subscription.quantity };
  },
  revalidate,
);

export const changePlanAction = action(
  { route: subscriptionRoute, payload: changePlanSchema },
  async ({ actor, route, input }) => {
    const { outcome, change } = await changePlan({ actor, id: route.subscriptionId, input });
    return { outcome, effectiveOn: change.effectiveOn.toISOString() };
  },
  revalidate,
);

export const cancelSubscriptionAction = action(
  { route: subscriptionRoute, payload: cancelSubscriptionSchema },
  async ({ actor, route, input }) => {
    const { outcome, subscription } = await cancelSubscription({ actor, id: route.subscriptionId, input });
    return { outcome, status: subscription.status };
  },
  revalidate,
);

export const cancelPendingChangeAction = action(
  { route: z.object({ changeId: uuid() }), payload: cancelChangeSchema },
  async ({ actor, route, input }) => {
    await cancelPendingChange({ actor, changeId: route.changeId, input });
    return { withdrawn: true };
  },
  revalidate,
);
