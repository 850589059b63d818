import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/open";
import { productKeys, products, subscriptions } from "@/db/schema";
import { systemActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { deliverEmails } from "@/lib/email/deliver-emails";
import { queueEmail } from "@/lib/email/queue-email";
import { quoted } from "@/lib/email/quoted";
import { publicUrl } from "@/lib/public-url";
import { defineJob } from "@/lib/jobs/define-job";

/** Days before a trial ends that its keys' owners hear of it, when the plan sets no reminder. */
export const defaultNoticeDays = 3;

const day = (at: Date) => at.toISOString().slice(0, 10);

/** Keys that asked for the notice, whose subscription's trial ends within its notice days, not yet told for this trial. */
function dueCondition(at: Date) {
  const moment = sql`${at.toISOString()}::timestamptz`;
  const days = sql`(case when ${subscriptions.reminderBeforePeriod} > 0 then ${subscriptions.reminderBeforePeriod} else ${defaultNoticeDays} end)`;
  return and(
    eq(productKeys.notifyBeforeTrialExpiry, true),
    isNull(productKeys.revokedOn),
    eq(subscriptions.status, "trialing"),
    gt(subscriptions.currentPeriodEndsOn, at),
    sql`${subscriptions.currentPeriodEndsOn} - ${days} * interval '1 day' <= ${moment}`,
    sql`${productKeys.trialExpiryNotifiedFor} is distinct from ${subscriptions.currentPeriodEndsOn}`,
  );
}

/**
 * Tells the owner of each such key, once per trial, that the trial behind it ends (and the key
 * with it, unless the subscription is converted). Each key is settled in a transaction of its
 * own with its row locked and the condition checked again, and `trialExpiryNotifiedFor` is set
 * with the email: a second run, or one overlapping this one, sends nothing.
 */
export async function sendTrialExpiryNotices(): Promise<number> {
  const at = now();
  const db = await getDb();
  const dueRows = await db
    .select({ id: productKeys.id })
    .from(productKeys)
    .innerJoin(subscriptions, eq(subscriptions.id, productKeys.subscriptionId))
    .where(dueCondition(at))
    .limit(500);
  const emailIds: string[] = [];
  for (const { id } of dueRows) {
    await db.transaction(async (tx) => {
      const [row] = await tx
        .select({ key: productKeys, endsOn: subscriptions.currentPeriodEndsOn, product: products.name })
        .from(productKeys)
        .innerJoin(subscriptions, eq(subscriptions.id, productKeys.subscriptionId))
        .innerJoin(products, eq(products.id, subscriptions.productId))
        .where(and(eq(productKeys.id, id), dueCondition(at)))
        .for("update", { of: productKeys });
      if (!row?.endsOn) return;
      const { key, endsOn } = row;
      await tx.update(productKeys).set({ trialExpiryNotifiedFor: endsOn }).where(eq(productKeys.id, key.id));
      emailIds.push(
        await queueEmail(tx, {
          to: key.ownerEmail,
          subject: `The trial behind your product key ends on ${day(endsOn)}`,
          text:
            `The trial of the product named:\n\n    ${quoted(row.product)}\n\nends on ${day(endsOn)}. ` +
            `Your product key for it stops working then unless the subscription is converted to a paid plan.\n\n` +
            `See the key here:\n\n${await publicUrl(`/portal/keys/${key.id}`)}\n\n` +
            `You get this email because the key asks to be told before its trial expires.`,
        }),
      );
      await recordAuditEvent(tx, systemActor(), {
        action: "product_key.trial_expiry_notice",
        objectType: "product_key",
        objectId: key.id,
        organizationId: key.organizationId,
        after: { trialEndsOn: endsOn.toISOString() },
      });
    });
  }
  await deliverEmails(emailIds);
  return emailIds.length;
}

/** Hourly, once across every process: trials end on whole days, so an hour early or late is no matter. */
export const trialExpiryNoticesJob = defineJob({
  name: "product-keys.trial-expiry-notices",
  input: z.object({}),
  cron: "7 * * * *",
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  run: async () => ({ sent: await sendTrialExpiryNotices() }),
});
