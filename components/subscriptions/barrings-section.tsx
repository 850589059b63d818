import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { barringReason } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { listBarrings, mayCommercial, transitions, type SubscriptionView } from "@/lib/subscriptions";
import { commercialRecordOf } from "@/lib/subscriptions/load-subscription";
import { BarringForm } from "./barring-forms";
import { moment } from "./format";

/** The subscription's barrings, active and lifted, and — for its provider — applying and lifting them. */
export async function BarringsSection({
  actor,
  subscription: s,
}: {
  actor: Actor;
  subscription: SubscriptionView;
}) {
  const barrings = await listBarrings({ actor, id: s.id });
  const manage = mayCommercial(actor, commercialRecordOf(s), "bar");
  const open = barringReason.enumValues.filter((r) => !s.barredFor.includes(r));
  const ids = { subscriptionId: s.id, changeSequence: s.changeSequence };
  return (
    <div className="space-y-8">
      {barrings.length === 0 ? (
        <p className="text-sm text-zinc-500">Never barred.</p>
      ) : (
        <Table caption="Barrings">
          <thead>
            <tr>
              <Th>Reason</Th>
              <Th>State</Th>
              <Th>Applied</Th>
              <Th>Lifted</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {barrings.map((b) => (
              <tr key={b.id}>
                <Td>
                  {b.reason}
                  {b.note && <span className="block text-xs text-zinc-500">{b.note}</span>}
                </Td>
                <Td>{b.active ? <Badge tone="red">active</Badge> : <Badge>lifted</Badge>}</Td>
                <Td className="text-xs">
                  {moment(b.appliedOn)}
                  <span className="block text-zinc-500">{b.appliedBy}</span>
                </Td>
                <Td className="text-xs">
                  {b.liftedOn ? moment(b.liftedOn) : "—"}
                  {b.liftedBy && <span className="block text-zinc-500">{b.liftedBy}</span>}
                  {b.liftNote && <span className="block text-zinc-500">{b.liftNote}</span>}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {manage && transitions[s.status].length > 0 && open.length > 0 && (
        <BarringForm key={`apply-${open.join()}`} {...ids} move="apply" reasons={open} />
      )}
      {manage && s.barredFor.length > 0 && (
        <BarringForm key={`lift-${s.barredFor.join()}`} {...ids} move="lift" reasons={s.barredFor} />
      )}
    </div>
  );
}
