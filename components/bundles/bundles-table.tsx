import Link from "next/link";
import { day } from "@/components/subscriptions/format";
import { Table, Td, Th } from "@/components/ui/table";
import type { BundleView } from "@/lib/bundles/bundle-view-schema";
import { ContractStatusBadge } from "./contract-status-badge";

/** The customer's requests: name, provider, state, products and when each was sent. */
export function BundlesTable({ rows }: { rows: BundleView[] }) {
  return (
    <Table caption="My requests">
      <thead>
        <tr>
          <Th>Request</Th>
          <Th>Provider</Th>
          <Th>State</Th>
          <Th>Products</Th>
          <Th>Requested</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
        {rows.map((bundle) => (
          <tr key={bundle.id}>
            <Td>
              <Link
                href={`/portal/bundles/${bundle.id}`}
                className="font-medium text-brand-600 hover:underline"
              >
                {bundle.name}
              </Link>
            </Td>
            <Td>{bundle.providerOrganization.name}</Td>
            <Td>
              <ContractStatusBadge status={bundle.contractStatus} />
            </Td>
            <Td>{bundle.bundleProducts.map((p) => p.name).join(", ") || "—"}</Td>
            <Td>{bundle.requestedOn ? day(bundle.requestedOn) : "draft"}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
