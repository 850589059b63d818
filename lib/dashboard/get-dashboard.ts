import "server-only";
import type { Executor } from "@/db/client";
import { can } from "@/lib/auth/actor";
import { isStaff } from "@/lib/auth/navigation";
import { listApprovalQueue } from "@/lib/bundles/approval-queue";
import type { SessionActor } from "@/lib/users/load-session-actor";
import { keysNearQuota, keyUsage } from "./key-usage";
import { openRequests } from "./open-requests";
import { recentActivity } from "./recent-activity";
import { subscriptionFigures } from "./subscription-figures";
import { subscriptionRenewals } from "./subscription-renewals";
import { trialsEnding } from "./trials-ending";

async function staffDashboard(actor: SessionActor, db?: Executor) {
  const [subscriptions, trials, approvals, nearQuota, activity] = await Promise.all([
    subscriptionFigures({ actor, db }),
    trialsEnding({ actor, db }),
    // The queue is the approvers' (and owners' and admins'); other staff see no queue at all.
    can(actor, "approvals.decide") ? listApprovalQueue({ actor, input: { size: 5 } }) : null,
    keysNearQuota({ actor, db }),
    recentActivity({ actor, db }),
  ]);
  return {
    kind: actor.platformAdmin ? ("platform" as const) : ("provider" as const),
    ...subscriptions,
    trials,
    approvals: approvals && { total: approvals.total, items: approvals.items },
    nearQuota,
    activity,
  };
}

async function customerDashboard(actor: SessionActor, db?: Executor) {
  const [renewals, keys, requests, activity] = await Promise.all([
    subscriptionRenewals({ actor, db }),
    keyUsage({ actor, db }),
    openRequests({ actor, db }),
    recentActivity({ actor, db }),
  ]);
  return { kind: "customer" as const, renewals, keys, requests, activity };
}

/**
 * The signed-in home: the administration's figures for platform admins and a provider's staff,
 * the portal's for everyone else — each figure scoped by the policy its records are read under.
 */
export function getDashboard({ actor, db }: { actor: SessionActor; db?: Executor }) {
  return isStaff(actor) ? staffDashboard(actor, db) : customerDashboard(actor, db);
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
export type StaffDashboard = Extract<Dashboard, { kind: "platform" | "provider" }>;
export type CustomerDashboard = Extract<Dashboard, { kind: "customer" }>;
