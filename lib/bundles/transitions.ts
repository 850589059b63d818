import type { ApprovalStatus, ContractStatus } from "@/db/schema/bundles";
import { AppError } from "@/lib/errors";

/**
 * The bundle's contract lifecycle: which action may start from which state. Everything else
 * is refused with 409 naming the state the bundle is in, so a client knows what to reload.
 *
 *   DRAFT ─submit→ REQUESTED ─startProcessing→ IN_PROGRESS ─decide→ APPROVED | REJECTED
 *   APPROVED ─requestTermination→ IN_TERMINATION ─terminate→ TERMINATED (a provider may also
 *   terminate an APPROVED bundle at once). Adding plans to a requested or decided bundle asks
 *   for them anew; a terminated or terminating contract takes nothing more.
 */
export const bundleActions = {
  update: ["DRAFT", "REQUESTED", "IN_PROGRESS", "APPROVED", "REJECTED"],
  addPlans: ["DRAFT", "REQUESTED", "IN_PROGRESS", "APPROVED", "REJECTED"],
  submit: ["DRAFT"],
  startProcessing: ["REQUESTED"],
  decide: ["REQUESTED", "IN_PROGRESS"],
  requestTermination: ["APPROVED"],
  terminate: ["APPROVED", "IN_TERMINATION"],
  /** Access follows an approved (or terminating) contract only. */
  access: ["APPROVED", "IN_TERMINATION"],
} as const satisfies Record<string, readonly ContractStatus[]>;

export type BundleAction = keyof typeof bundleActions;

const verbs: Record<BundleAction, string> = {
  update: "changed",
  addPlans: "given more plans",
  submit: "submitted",
  startProcessing: "taken into processing",
  decide: "decided",
  requestTermination: "asked to terminate",
  terminate: "terminated",
  access: "given access",
};

export const mayTransition = (action: BundleAction, from: ContractStatus): boolean =>
  (bundleActions[action] as readonly ContractStatus[]).includes(from);

export function assertTransition(action: BundleAction, from: ContractStatus): void {
  if (mayTransition(action, from)) return;
  throw new AppError("conflict", `The bundle is ${from}: it cannot be ${verbs[action]}.`, {
    invalidFields: [{ name: "contractStatus", reason: `is ${from}` }],
  });
}

/** A plan (or product) still waiting for its decision. */
export const openStatuses: readonly ApprovalStatus[] = ["REQUESTED", "IN_PROGRESS"];
export const isOpen = (status: ApprovalStatus | null) => status !== null && openStatuses.includes(status);

/**
 * The bundle's state, derived from its plans' (the wallis contract is the sum of its plan
 * decisions): all rejected → REJECTED; some decided, some open → IN_PROGRESS; any approved
 * and none open → APPROVED; all terminated (or rejected) → TERMINATED. Plans nobody has
 * decided yet keep the bundle where it is.
 */
export function deriveContractStatus(
  current: ContractStatus,
  plans: readonly (ApprovalStatus | null)[],
): ContractStatus {
  const asked = plans.filter((status): status is ApprovalStatus => status !== null);
  if (asked.length === 0) return current;
  const count = (status: ApprovalStatus) => asked.filter((s) => s === status).length;
  const open = asked.filter((s) => openStatuses.includes(s)).length;
  if (count("REJECTED") === asked.length) return "REJECTED";
  if (open > 0) {
    const anyDecided = open < asked.length;
    return anyDecided || count("IN_PROGRESS") > 0 ? "IN_PROGRESS" : "REQUESTED";
  }
  if (count("IN_TERMINATION") > 0) return "IN_TERMINATION";
  if (count("APPROVED") > 0) return "APPROVED";
  return "TERMINATED";
}
