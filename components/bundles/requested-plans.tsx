import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { BundleView } from "@/lib/bundles/bundle-view-schema";
import { ContractStatusBadge } from "./contract-status-badge";

/**
 * The plans a bundle asks for, each with its own decision: its state, the note of its latest
 * decision (a rejection's reason, shown to the customer) and the subscription an approved
 * plan became, linked where this side of the contract reads subscriptions.
 */
export function RequestedPlans({
  bundle,
  subscriptionPath,
}: {
  bundle: BundleView;
  subscriptionPath: "/portal/subscriptions" | "/subscriptions";
}) {
  const rows = bundle.bundleProducts.flatMap((product) =>
    product.subscriptions.map((plan) => ({ product, plan })),
  );
  if (!rows.length) return <p className="text-sm text-zinc-500">No plans asked for yet.</p>;
  return (
    <Table caption="Requested plans">
      <thead>
        <tr>
          <Th>Product</Th>
          <Th>Plan</Th>
          <Th>State</Th>
          <Th>Note</Th>
          <Th>Subscription</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
        {rows.map(({ product, plan }) => {
          const note = plan.approvals.findLast((a) => a.note)?.note;
          return (
            <tr key={plan.id} data-testid={`plan-${plan.planId}`}>
              <Td>{product.name}</Td>
              <Td>
                {plan.planName}{" "}
                <span className="text-xs text-zinc-500">
                  (v{plan.planVersion}, {plan.terms})
                </span>
              </Td>
              <Td>
                <ContractStatusBadge status={plan.approvalStatus} />
              </Td>
              <Td>{note ?? "—"}</Td>
              <Td>
                {plan.subscriptionId ? (
                  <Link
                    href={`${subscriptionPath}/${plan.subscriptionId}`}
                    className="text-brand-600 hover:underline"
                  >
                    Open subscription
                  </Link>
                ) : (
                  "—"
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
