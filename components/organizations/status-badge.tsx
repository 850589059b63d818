import { Badge } from "@/components/ui/badge";
import type { OrganizationStatusValue } from "@/lib/organizations/schemas";

const tones = { active: "green", pending_verification: "blue", suspended: "red", closed: "neutral" } as const;

export function OrganizationStatusBadge({ status }: { status: OrganizationStatusValue }) {
  return <Badge tone={tones[status]}>{status.replace("_", " ")}</Badge>;
}
