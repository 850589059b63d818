"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { uuid } from "@/lib/input/identifiers";
import {
  applyBarring,
  applyBarringSchema,
  cancelChangeSchema,
  cancelPendingChange,
  cancelSubscription,
  cancelSubscriptionSchema,
  bulkCancelSchema,
  cancelSubscriptions,
  changePlan,
  changePlanSchema,
  changeQuantity,
  changeQuantitySchema,
  createSubscription,
  createSubscriptionSchema,
  decideChangeSchema,
  decideHeldChange,
  editSubscriptionTerms,
  editTermsSchema,
  liftBarring,
  liftBarringSchema,
  pauseResumeSchema,
  pauseSubscription,
  resumeSubscription,
  searchListedSubscribers,
  searchSubscribers,
  subscriberSearchSchema,
} from "@/lib/subscriptions";

// Every export here is a public endpoint: each goes through action(), and the subscription
// domain asks the commercial policy who may do it and validates the payload; `route` holds
// only the ids (and the kind of move) an action reads itself. Answers stay small: the screen
// reloads what it shows.

const subscriptionRoute = z.object({ subscriptionId: uuid() });
const changeRoute = z.object({ changeId: uuid() });

export const createSubscriptionAction = action(
  { payload: createSubscriptionSchema },
  async ({ actor, input }) => {
    const { id, number } = await createSubscription({ actor, input });
    return { id, number };
  },
);

/** The organizations a new subscription (or product key) may be for, as the picker's text narrows them. */
export const searchSubscribersAction = action({ payload: subscriberSearchSchema }, ({ actor, input }) =>
  searchSubscribers({ actor, input }),
);

/** The subscriptions list's organization filter: the organizations its rows may show. */
export const searchListedSubscribersAction = action({ payload: subscriberSearchSchema }, ({ actor, input }) =>
  searchListedSubscribers({ actor, list: "subscriptions", input }),
);

export const changePlanAction = action(
  { route: subscriptionRoute, payload: changePlanSchema },
  async ({ actor, route, input }) => (await changePlan({ actor, id: route.subscriptionId, input })).outcome,
);

export const changeQuantityAction = action(
  { route: subscriptionRoute, payload: changeQuantitySchema },
  async ({ actor, route, input }) => {
    const { quantity } = await changeQuantity({ actor, id: route.subscriptionId, input });
    return { quantity };
  },
);

export const cancelSubscriptionAction = action(
  { route: subscriptionRoute, payload: cancelSubscriptionSchema },
  async ({ actor, route, input }) =>
    (await cancelSubscription({ actor, id: route.subscriptionId, input })).outcome,
);

export const pauseResumeAction = action(
  { route: subscriptionRoute.extend({ move: z.enum(["pause", "resume"]) }), payload: pauseResumeSchema },
  async ({ actor, route, input }) => {
    const run = route.move === "pause" ? pauseSubscription : resumeSubscription;
    return (await run({ actor, id: route.subscriptionId, input })).outcome;
  },
);

export const editTermsAction = action(
  { route: subscriptionRoute, payload: editTermsSchema },
  async ({ actor, route, input }) => {
    await editSubscriptionTerms({ actor, id: route.subscriptionId, input });
  },
);

export const barringAction = action(
  {
    route: subscriptionRoute.extend({ move: z.enum(["apply", "lift"]) }),
    payload: z.union([applyBarringSchema, liftBarringSchema]),
  },
  async ({ actor, route, input }) => {
    const run = route.move === "apply" ? applyBarring : liftBarring;
    await run({ actor, id: route.subscriptionId, input });
  },
);

export const cancelChangeAction = action(
  { route: changeRoute, payload: cancelChangeSchema },
  async ({ actor, route, input }) => {
    await cancelPendingChange({ actor, changeId: route.changeId, input });
  },
);

export const decideChangeAction = action(
  { route: changeRoute, payload: decideChangeSchema },
  async ({ actor, route, input }) => {
    const { change } = await decideHeldChange({ actor, changeId: route.changeId, input });
    return change.state;
  },
);

export const bulkCancelAction = action(
  { payload: bulkCancelSchema },
  ({ actor, input }) => cancelSubscriptions({ actor, input }),
  { revalidate: ["/subscriptions"] },
);
