"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import {
  accessStatusSchema,
  bulkDecisionSchema,
  decideBundles,
  decidePlans,
  decidePlansSchema,
  manualExchangeSchema,
  recordManualExchange,
  startProcessing,
  terminateBundle,
  transitionNoteSchema,
  updateAccessStatus,
} from "@/lib/bundles";
import { uuid } from "@/lib/input/identifiers";

// Every export here is a public endpoint: each goes through action(), and the bundle domain
// decides — with the commercial policy (decideRequest: the provider's owners, admins and
// approvers) — whether this actor may do it to this request, and validates the payload.

const bundleRoute = z.object({ bundleId: uuid() });
const revalidate = { revalidate: ["/approvals"] };
const state = (bundle: { contractStatus: string; changeSequence: number }) => ({
  contractStatus: bundle.contractStatus,
  changeSequence: bundle.changeSequence,
});

export const decidePlansAction = action(
  { route: bundleRoute, payload: decidePlansSchema },
  async ({ actor, route, input }) => state(await decidePlans({ actor, id: route.bundleId, input })),
  revalidate,
);

export const bulkDecideAction = action(
  { payload: bulkDecisionSchema },
  ({ actor, input }) => decideBundles({ actor, input }),
  revalidate,
);

export const startProcessingAction = action(
  { route: bundleRoute, payload: transitionNoteSchema },
  async ({ actor, route, input }) => state(await startProcessing({ actor, id: route.bundleId, input })),
  revalidate,
);

export const terminateBundleAction = action(
  { route: bundleRoute, payload: transitionNoteSchema },
  async ({ actor, route, input }) => state(await terminateBundle({ actor, id: route.bundleId, input })),
  revalidate,
);

export const recordManualExchangeAction = action(
  { route: bundleRoute, payload: manualExchangeSchema },
  async ({ actor, route, input }) => {
    await recordManualExchange({ actor, id: route.bundleId, input });
    return { recorded: true };
  },
  revalidate,
);

export const updateAccessStatusAction = action(
  { route: bundleRoute, payload: accessStatusSchema },
  async ({ actor, route, input }) => state(await updateAccessStatus({ actor, id: route.bundleId, input })),
  revalidate,
);
