import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { listOpenChanges, mayCommercial } from "@/lib/subscriptions";
import { namesInChanges } from "@/lib/subscriptions/change-names";
import { actionOfKind } from "@/lib/subscriptions/load-change";
import { describeChange } from "./describe-change";
import type { OpenChangeRow } from "./open-changes-table";

/**
 * The waiting changes the actor may read (listOpenChanges), as table rows: described in words,
 * and with what the commercial policy lets this actor do with each — cancel it (the right the
 * change's kind needs) or decide it (the provider's side).
 */
export async function openChangeRows(
  actor: Actor,
  query: Record<string, unknown>,
  { withSubscription }: { withSubscription: boolean },
): Promise<{ rows: OpenChangeRow[]; nextCursor: string | null }> {
  const page = await listOpenChanges({ actor, query });
  const names = await namesInChanges(page.items.map((i) => i.change));
  const rows = page.items.map(({ change, ...s }): OpenChangeRow => {
    const record = {
      subscriberOrganizationId: s.organizationId,
      providerOrganizationId: s.providerOrganizationId,
    };
    return {
      id: change.id,
      kind: change.kind,
      state: change.state === "held" ? "held" : "pending",
      description: describeChange(change, names),
      effectiveOn: change.effectiveOn,
      requestedOn: change.requestedOn,
      requestedBy: change.requestedBy,
      reason: change.reason,
      riskDecision: change.riskDecision,
      subscription: withSubscription
        ? {
            id: change.subscriptionId,
            number: s.subscriptionNumber,
            organizationName: s.organizationName,
            productName: s.productName,
          }
        : undefined,
      canCancel: mayCommercial(actor, record, actionOfKind(change.kind)),
      canDecide: mayCommercial(actor, record, "decide"),
    };
  });
  return { rows, nextCursor: page.nextCursor };
}
