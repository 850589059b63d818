import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { SubscriptionRow } from "@/lib/subscriptions/subscription-rows";
import { day, nextDate } from "./format";
import { SubscriptionMarkers } from "./markers";
import { SubscriptionStatusBadge } from "./status-badge";

export function SubscriptionsTable({ rows }: { rows: SubscriptionRow[] }) {
  if (!rows.length) return <p className="text-sm text-zinc-500">No subscriptions match.</p>;
  return (
    <Table caption="Subscriptions">
      <thead>
        <tr>
          <Th>Number</Th>
          <Th>Organization</Th>
          <Th>Product</Th>
          <Th>Plan</Th>
          <Th>Status</Th>
          <Th>Terms</Th>
          <Th>Next date</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {rows.map((s) => {
          const next = nextDate(s);
          return (
            <tr key={s.id} data-testid={`subscription-${s.number}`}>
              <Td>
                <Link href={`/subscriptions/${s.id}`} className="font-medium text-brand-600 hover:underline">
                  #{s.number}
                </Link>
              </Td>
              <Td>{s.organizationName}</Td>
              <Td>{s.productName}</Td>
              <Td>{s.planName ?? "—"}</Td>
              <Td>
                <span className="flex flex-wrap gap-1">
                  <SubscriptionStatusBadge status={s.status} />
                  <SubscriptionMarkers barredFor={s.barredFor} waiting={s.waiting} />
                </span>
              </Td>
              <Td>{s.terms}</Td>
              <Td className="whitespace-nowrap">{next.at ? `${next.label} ${day(next.at)}` : "—"}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
