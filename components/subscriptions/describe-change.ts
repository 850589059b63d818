import type { SubscriptionChange } from "@/db/schema";
import { day, unitCost } from "./format";

type Values = Record<string, unknown> | null;
type Names = Record<string, string>;

const text = (value: unknown): string =>
  value === null || value === undefined
    ? "none"
    : typeof value === "string" || typeof value === "number" || typeof value === "boolean"
      ? String(value)
      : JSON.stringify(value);

/** "Product · Plan" for a plan change's side; a product named alone moves to its only plan. */
function planSide(values: Values, names: Names): string {
  const product = typeof values?.productId === "string" ? names[values.productId] : undefined;
  const plan = typeof values?.planId === "string" ? (names[values.planId] ?? "a plan") : undefined;
  const parts = [product, plan ?? (product ? "its plan" : "no plan")].filter(Boolean);
  return parts.join(" · ");
}

function field(name: string, value: unknown): string {
  if (name.endsWith("Minor") && typeof value === "number") return unitCost(value);
  return text(value);
}

/** Each key a terms edit (or Astra's details update) changed, "name: from → to". */
function fields(from: Values, to: Values): string {
  return Object.keys(to ?? {})
    .map((name) => `${name.replace(/Minor$/, "")}: ${field(name, from?.[name])} → ${field(name, to?.[name])}`)
    .join("; ");
}

const statusOf = (values: Values) => text(values?.status);

/**
 * What a history row says, in words: its from → to for the kind of change it is. `names`
 * holds the products' and plans' names (lib/subscriptions/change-names.ts).
 */
export function describeChange(
  change: Pick<SubscriptionChange, "kind" | "fromValue" | "toValue">,
  names: Names,
): string {
  const { fromValue: from, toValue: to } = change;
  switch (change.kind) {
    case "create":
      return `Subscribed to ${planSide(to, names)}, quantity ${text(to?.quantity)}, ${statusOf(to)} from ${day(typeof to?.startsOn === "string" ? to.startsOn : null)}`;
    case "plan":
      return `${planSide(from, names)} → ${planSide(to, names)}`;
    case "quantity":
      return `Quantity ${text(from?.quantity)} → ${text(to?.quantity)}`;
    case "cancel":
      return `Cancel ${to?.when === "at_period_end" ? "at period end" : to?.when === "end" ? "and end now" : "now"} (was ${statusOf(from)})`;
    case "pause":
      return `Pause (was ${statusOf(from)})`;
    case "resume":
      return `Resume (was ${statusOf(from)})`;
    case "barring":
      return typeof to?.lifted === "string" ? `Barring lifted: ${to.lifted}` : `Barred: ${text(to?.applied)}`;
    case "terms":
      return `Terms: ${fields(from, to)}`;
    case "status":
      return `${statusOf(from)} → ${statusOf(to)}${typeof to?.currentPeriodEndsOn === "string" ? `, period ends ${day(to.currentPeriodEndsOn)}` : ""}`;
  }
}
