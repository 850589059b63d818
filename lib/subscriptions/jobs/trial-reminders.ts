import "server-only";
import { and, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { memberships, organizations, products, subscriptions, users } from "@/db/schema";
import { systemActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { deliverEmails } from "@/lib/email/deliver-emails";
import { queueEmail } from "@/lib/email/queue-email";
import { publicUrl } from "@/lib/public-url";
import { dueSubscriptionIds, eachDue } from "./each-due";

const day = (at: Date) => at.toISOString().slice(0, 10);

/**
 * `reminderBeforePeriod` days before a trial ends, its organization's owners and admins get an
 * email, once per period: `trialReminderSentOn` is set in the same transaction as the emails
 * (and cleared when a new period starts), so a second run sends nothing.
 */
export async function sendTrialReminders(): Promise<number> {
  const at = now();
  const dueIds = await dueSubscriptionIds(
    and(
      eq(subscriptions.status, "trialing"),
      isNull(subscriptions.trialReminderSentOn),
      gt(subscriptions.reminderBeforePeriod, -1),
      gt(subscriptions.currentPeriodEndsOn, at),
      sql`${subscriptions.currentPeriodEndsOn} - ${subscriptions.reminderBeforePeriod} * interval '1 day' <= ${at.toISOString()}::timestamptz`,
    ),
  );
  const emailIds: string[] = [];
  const sent = await eachDue(dueIds, async (tx, sub) => {
    const endsOn = sub.currentPeriodEndsOn;
    if (sub.status !== "trialing" || sub.trialReminderSentOn || !endsOn || endsOn <= at) return false;
    if (endsOn.getTime() - sub.reminderBeforePeriod * 86_400_000 > at.getTime()) return false;
    await tx.update(subscriptions).set({ trialReminderSentOn: at }).where(eq(subscriptions.id, sub.id));
    const [names] = await tx
      .select({ organization: organizations.name, product: products.name })
      .from(organizations)
      .innerJoin(products, eq(products.id, sub.productId))
      .where(eq(organizations.id, sub.organizationId));
    const recipients = await tx
      .select({ email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.organizationId, sub.organizationId),
          inArray(memberships.role, ["owner", "admin"]),
          eq(users.status, "active"),
        ),
      );
    for (const { email } of recipients) {
      emailIds.push(
        await queueEmail(tx, {
          to: email,
          subject: `Your ${names!.product} trial ends on ${day(endsOn)}`,
          text:
            `The trial of ${names!.product} for ${names!.organization} ends on ${day(endsOn)}.\n\n` +
            `Choose a paid plan to keep it running:\n\n${await publicUrl(`/portal/subscriptions/${sub.id}`)}\n\n` +
            `You get this email as an owner or admin of ${names!.organization}.`,
        }),
      );
    }
    await recordAuditEvent(tx, systemActor(), {
      action: "subscription.trial_reminder",
      objectType: "subscription",
      objectId: sub.id,
      organizationId: sub.organizationId,
      after: { recipients: recipients.length, trialEndsOn: endsOn.toISOString() },
    });
    return true;
  });
  await deliverEmails(emailIds);
  return sent;
}
