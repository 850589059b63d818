import { Badge } from "@/components/ui/badge";

export type KeyStatus = "active" | "scheduled" | "expired" | "disabled" | "revoked" | "held" | "exhausted";

const tones: Record<string, "green" | "blue" | "red" | "neutral"> = {
  active: "green",
  scheduled: "blue",
  disabled: "red",
  held: "red",
  exhausted: "red",
  expired: "neutral",
  revoked: "neutral",
};

export function ProductKeyStatusBadge({ status }: { status: string }) {
  return <Badge tone={tones[status] ?? "neutral"}>{status}</Badge>;
}
