"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import {
  createBundle,
  createBundleSchema,
  requestTermination,
  revealBundleAccessKey,
  submitBundle,
  transitionNoteSchema,
} from "@/lib/bundles";
import { uuid } from "@/lib/input/identifiers";

// Every export here is a public endpoint: each goes through action(), and the bundle domain
// decides — with the commercial policy — whether this actor may do it to this bundle, and
// validates the payload. Answers carry only what the screen needs next.

const bundleRoute = z.object({ bundleId: uuid() });
const revalidate = { revalidate: ["/portal/bundles"] };

export const createBundleAction = action(
  { payload: createBundleSchema },
  async ({ actor, input }) => ({ id: (await createBundle({ actor, input })).id }),
  revalidate,
);

export const submitBundleAction = action(
  { route: bundleRoute, payload: transitionNoteSchema },
  async ({ actor, route, input }) => ({
    contractStatus: (await submitBundle({ actor, id: route.bundleId, input })).contractStatus,
  }),
  revalidate,
);

export const requestTerminationAction = action(
  { route: bundleRoute, payload: transitionNoteSchema },
  async ({ actor, route, input }) => ({
    contractStatus: (await requestTermination({ actor, id: route.bundleId, input })).contractStatus,
  }),
  revalidate,
);

/** The generated key's secret, once: the domain refuses a second reveal. */
export const revealAccessKeyAction = action(
  { route: bundleRoute.extend({ accessId: uuid() }) },
  async ({ actor, route }) => {
    const { key } = await revealBundleAccessKey({ actor, id: route.bundleId, accessId: route.accessId });
    return { key };
  },
);
