import { formatMoney } from "@/lib/money";
import type { NextDateFields } from "./table-row";

/** A day as the screens show it (UTC, like every date the domain keeps). */
export const day = (at: Date | string | null | undefined) => iso(at)?.slice(0, 10) ?? "—";

/** A moment, to the minute, in UTC. */
export const moment = (at: Date | string | null | undefined) => {
  const value = iso(at);
  return value ? `${value.slice(0, 16).replace("T", " ")} UTC` : "—";
};

function iso(at: Date | string | null | undefined): string | null {
  const date = at ? new Date(at) : null;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
}

/** Limits and periods use -1 for "no limit", as the plans do. */
export const limit = (n: number) => (n === -1 ? "unlimited" : String(n));
export const days = (n: number) => (n === -1 ? "unlimited" : n === 1 ? "1 day" : `${n} days`);

/** Unit costs are kept in US cents, like the plans they are copied from (Astra's terms are in dollars). */
export const unitCost = (minor: number) => formatMoney(minor, "USD");

/** The date that matters next for a subscription in its state, and what it means. */
export function nextDate(s: NextDateFields): { label: string; at: Date | null } {
  switch (s.status) {
    case "scheduled":
      return { label: "starts", at: s.startsOn };
    case "trialing":
      return { label: "trial ends", at: s.currentPeriodEndsOn };
    case "grace":
      return { label: "grace ends", at: s.graceEndsOn };
    case "ended":
      return { label: "ended", at: s.endedOn };
    case "paused":
      return { label: "paused since", at: s.pausedOn };
    default:
      return { label: s.cancelAtPeriodEnd ? "ends" : "period ends", at: s.currentPeriodEndsOn };
  }
}
