import type { Subscription } from "@/db/schema";

/** A day as the screens show it (UTC, like every date the domain keeps). */
export const day = (at: Date | string) => new Date(at).toISOString().slice(0, 10);

type Dated = Pick<
  Subscription,
  "status" | "startsOn" | "currentPeriodEndsOn" | "graceEndsOn" | "endedOn" | "pausedOn" | "cancelAtPeriodEnd"
>;

/**
 * The one date that matters next for a subscription in its status: when it starts, renews, its
 * trial or grace ends, or when it was paused or ended. Null `on`: the period never ends.
 */
export function nextDate(s: Dated): { label: string; on: Date | null } {
  switch (s.status) {
    case "scheduled":
      return { label: "Starts", on: s.startsOn };
    case "trialing":
      return { label: "Trial ends", on: s.currentPeriodEndsOn };
    case "active":
      return { label: s.cancelAtPeriodEnd ? "Ends" : "Renews", on: s.currentPeriodEndsOn };
    case "paused":
      return { label: "Paused since", on: s.pausedOn };
    case "grace":
      return { label: "Grace ends", on: s.graceEndsOn };
    case "ended":
      return { label: "Ended", on: s.endedOn };
  }
}

export function NextDate({ subscription }: { subscription: Dated }) {
  const { label, on } = nextDate(subscription);
  return <>{on ? `${label} ${day(on)}` : "No end date"}</>;
}
