import { systemActor } from "@/lib/auth/actor";
import { nowMs, pinnedClock, setClock } from "@/lib/clock";
import {
  applyBarring,
  cancelSubscription,
  changePlan,
  changeQuantity,
  createSubscription,
} from "@/lib/subscriptions";
import { runSubscriptionLifecycle } from "@/lib/subscriptions/jobs/subscriptions-tick";
import type { DemoCatalog } from "./seed-catalog";

const dayMs = 86_400_000;

/**
 * Acme's subscriptions, told as the months that led to today, so every screen has something to
 * show: an active VM subscription whose quantity grew, a Kubernetes plan change scheduled a week
 * ahead, a warehouse trial ending in three days (its reminder is due as the app starts), backups
 * cancelled into their grace period and barred for an unpaid invoice, and a warehouse
 * subscription that ended months ago.
 *
 * Everything goes through the domain with the system actor, and the lifecycle job runs once a
 * day of the story, so statuses, renewals and history rows are exactly what the rules make.
 * The domain stamps every change with the clock and offers no way to write a past date, so the
 * story sets the clock back 150 days and walks it forward; afterwards the clock is as it found
 * it (the system's, or a test's pinned moment, so a test's dashboards read one fixed day). The last step is two days ago: at today's first tick only the reminder is due.
 */
export async function seedSubscriptions(organizationId: string, catalog: DemoCatalog): Promise<void> {
  const actor = systemActor();
  const pinned = pinnedClock();
  const today = nowMs();
  const day = (n: number) => new Date(today + n * dayMs);
  const subscribe = async <P extends keyof DemoCatalog["plans"]>(
    product: P,
    plan: keyof DemoCatalog["plans"][P],
    quantity = 1,
  ) =>
    (
      await createSubscription({
        actor,
        input: {
          organizationId,
          productId: catalog.products[product],
          planId: catalog.plans[product][plan] as string,
          quantity,
        },
      })
    ).id;

  let oldWarehouse = "";
  let vms = "";
  let backup = "";
  let kubernetes = "";
  const story: [number, () => Promise<unknown>][] = [
    [-150, async () => (oldWarehouse = await subscribe("warehouse", "standard"))],
    [-100, async () => (vms = await subscribe("vms", "standard", 3))],
    [
      -95,
      () =>
        cancelSubscription({
          actor,
          id: oldWarehouse,
          input: { when: "now", reason: "Reporting moved to an in-house cluster" },
        }),
    ],
    [-45, async () => (backup = await subscribe("backup", "standard"))],
    [-40, () => changeQuantity({ actor, id: vms, input: { quantity: 5, reason: "Two more build agents" } })],
    [-20, async () => (kubernetes = await subscribe("kubernetes", "team"))],
    [-11, () => subscribe("warehouse", "trial")],
    [
      -5,
      () =>
        cancelSubscription({
          actor,
          id: backup,
          input: { when: "now", reason: "Budget freeze until next quarter" },
        }),
    ],
    [
      -4,
      () =>
        applyBarring({
          actor,
          id: backup,
          input: { reason: "DEBT", note: "Invoice NW-2291 is 30 days overdue" },
        }),
    ],
    [
      -2,
      () =>
        changePlan({
          actor,
          id: kubernetes,
          input: {
            planId: catalog.plans.kubernetes.business,
            productId: catalog.products.kubernetes,
            effectiveOn: day(7).toISOString(),
            reason: "More namespaces for the data team",
          },
        }),
    ],
  ];

  try {
    let walked = story[0]![0];
    for (const [when, step] of story) {
      // The minute job, once a day of the story up to this step: renewals and period ends on their day.
      for (; walked <= when; walked++) {
        setClock(day(walked));
        await runSubscriptionLifecycle();
      }
      setClock(day(when));
      await step();
    }
  } finally {
    setClock(pinned);
  }
}
