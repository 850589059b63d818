import type { ApprovalStatus, ContractStatus } from "@/db/schema/bundles";
import { Badge } from "@/components/ui/badge";

const tones = {
  DRAFT: "neutral",
  REQUESTED: "blue",
  IN_PROGRESS: "blue",
  APPROVED: "green",
  REJECTED: "red",
  IN_TERMINATION: "neutral",
  TERMINATED: "neutral",
} as const;

/** A bundle's, product's or plan's state; a plan of a draft has none yet ("not requested"). */
export function ContractStatusBadge({ status }: { status: ContractStatus | ApprovalStatus | null }) {
  if (!status) return <Badge>not requested</Badge>;
  return <Badge tone={tones[status]}>{status.replace("_", " ").toLowerCase()}</Badge>;
}
