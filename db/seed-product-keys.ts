import { eq } from "drizzle-orm";
import { systemActor } from "@/lib/auth/actor";
import { nowMs } from "@/lib/clock";
import { createProductKey, disableProductKey } from "@/lib/product-keys";
import type { Database } from "./client";
import { productKeys, productKeyUsage } from "./schema";
import type { DemoCatalog } from "./seed-catalog";

const dayMs = 86_400_000;
const historyDays = 30;

/** Acme's keys: what each is for, and how much of its quota the last 30 days used. */
const demoKeys = (catalog: DemoCatalog) => [
  {
    input: {
      productIds: [catalog.products.vms, catalog.products.kubernetes],
      description: "CI runners",
      tags: ["ci", "build"],
      quota: 100_000,
      quotaNotificationThreshold: 80,
      notifyOwnerOnQuotaThreshold: true,
    },
    consumed: 41_250,
    refusedEvery: 9,
  },
  {
    // Near its threshold: 88% used, notifying at 90%.
    input: {
      productIds: [catalog.products.warehouse],
      description: "Analytics loader",
      tags: ["analytics"],
      quota: 20_000,
      quotaNotificationThreshold: 90,
      notifyOwnerOnQuotaThreshold: true,
    },
    consumed: 17_600,
    refusedEvery: 5,
  },
  {
    input: {
      productIds: [catalog.products.backup],
      description: "Nightly backups",
      tags: ["backup"],
      disableOnPaymentFailure: true,
    },
    consumed: 2_940,
    refusedEvery: 0,
    disabled: "Invoice NW-2291 is 30 days overdue",
  },
];

/** A month of daily figures summing to `total`: busier on weekdays, with a gentle wave. */
function history(total: number, refusedEvery: number, today: number) {
  const weights = Array.from({ length: historyDays }, (_, i) => {
    const at = new Date(today - (historyDays - 1 - i) * dayMs);
    const weekday = at.getUTCDay() % 6 === 0 ? 0.4 : 1;
    return weekday * (1 + 0.3 * Math.sin(i / 3));
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const consumed = weights.map((w) => Math.floor((w / sum) * total));
  consumed[historyDays - 1]! += total - consumed.reduce((a, b) => a + b, 0);
  return consumed.map((n, i) => ({
    day: new Date(today - (historyDays - 1 - i) * dayMs).toISOString().slice(0, 10),
    accepted: n,
    consumed: n,
    refused: refusedEvery && i % refusedEvery === 0 ? 1 + (i % 4) : 0,
  }));
}

/**
 * Acme's product keys for Northwind's products, each with a month of usage: one for the CI
 * runners (VMs and Kubernetes), one for the warehouse near its quota threshold, and the backup
 * agent's, disabled while the backup invoice is overdue. The keys are issued by the domain, as
 * a provider would; their secrets are not printed (only hashes are kept) — a demo verify uses
 * a key created on the Product keys page. The usage rows are what verify would have written
 * over the month, so they (and the consumed quota and last use that match them) go in directly.
 */
export async function seedProductKeys(
  db: Database,
  organizationId: string,
  catalog: DemoCatalog,
  owner: { email: string; firstName: string; lastName: string; company: string },
): Promise<void> {
  const actor = systemActor();
  const today = nowMs();
  for (const demo of demoKeys(catalog)) {
    const { productKey } = await createProductKey({
      actor,
      input: { organizationId, ...owner, ...demo.input, consumedQuota: demo.consumed },
    });
    const rows = history(demo.consumed, demo.refusedEvery, today);
    await db.transaction(async (tx) => {
      await tx.insert(productKeyUsage).values(rows.map((row) => ({ productKeyId: productKey.id, ...row })));
      await tx
        .update(productKeys)
        .set({ lastUsedOn: new Date(today - 3_600_000) })
        .where(eq(productKeys.id, productKey.id));
    });
    if (demo.disabled) {
      await disableProductKey({ actor, id: productKey.id, input: { reason: demo.disabled } });
    }
  }
}
