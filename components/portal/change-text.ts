import type { SubscriptionChange, SubscriptionChangeKind } from "@/db/schema";

export const changeKindLabels: Record<SubscriptionChangeKind, string> = {
  create: "Subscribed",
  plan: "Plan change",
  quantity: "Quantity change",
  status: "Status",
  terms: "Terms",
  barring: "Barring",
  cancel: "Cancellation",
  pause: "Pause",
  resume: "Resume",
};

type Values = Record<string, unknown> | null;
const text = (value: unknown) =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : "";

/** "Product · Plan" from a change's ids, with the names namesInChanges looked up. */
function planOf(values: Values, names: Record<string, string>): string {
  const product = names[text(values?.productId)];
  const plan = names[text(values?.planId)];
  return [product, plan].filter(Boolean).join(" · ") || "no plan";
}

const cancelModes: Record<string, string> = {
  now: "now",
  at_period_end: "at the end of the period",
  end: "ended at once",
};

/**
 * What a history row changed, in words: "VM Standard → VM Reserved", "3 → 5", "trialing →
 * grace". Rows keep their from → to values as written (see currentValue in the domain).
 */
export function describeChange(
  change: Pick<SubscriptionChange, "kind" | "fromValue" | "toValue">,
  names: Record<string, string>,
): string {
  const from = change.fromValue;
  const to = change.toValue;
  switch (change.kind) {
    case "create":
      return `${text(to?.status)}, quantity ${text(to?.quantity)}`;
    case "plan":
      return `${planOf(from, names)} → ${planOf(to, names)}`;
    case "quantity":
      return `${text(from?.quantity)} → ${text(to?.quantity)}`;
    case "status":
      return from?.status === to?.status
        ? `${text(to?.status)}, renewed until ${text(to?.currentPeriodEndsOn).slice(0, 10)}`
        : `${text(from?.status)} → ${text(to?.status)}`;
    case "cancel":
      return cancelModes[text(to?.when)] ?? "";
    case "barring":
      return to?.applied ? `barred for ${text(to.applied)}` : `${text(to?.lifted)} barring lifted`;
    case "terms":
      return "limits and costs";
    case "pause":
    case "resume":
      return "";
  }
}
