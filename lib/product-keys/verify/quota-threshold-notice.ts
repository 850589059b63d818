import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/open";
import { organizations, productKeys } from "@/db/schema";
import { systemActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { deliverEmails } from "@/lib/email/deliver-emails";
import { queueEmail } from "@/lib/email/queue-email";
import { emails } from "@/lib/email/templates";
import { publicUrl } from "@/lib/public-url";

/**
 * Sends the quota-threshold notice of a key whose verify just crossed it, exactly once: the
 * conditional update sets `quotaThresholdNotifiedOn` only where it is still empty, so of many
 * verifies crossing at once a single one gets the row back and queues the emails (in the same
 * transaction, so the mark and the emails commit together).
 */
export async function notifyQuotaThreshold(productKeyId: string): Promise<void> {
  const db = await getDb();
  const queued = await db.transaction(async (tx) => {
    const [key] = await tx
      .update(productKeys)
      .set({ quotaThresholdNotifiedOn: now() })
      .where(and(eq(productKeys.id, productKeyId), isNull(productKeys.quotaThresholdNotifiedOn)))
      .returning();
    if (!key || key.quota === null || key.quotaNotificationThreshold === null) return [];
    const [owner] = await tx
      .select({ name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, key.organizationId));
    const message = async (to: string, path: string) =>
      emails.productKeyQuotaThreshold(
        to,
        owner?.name ?? "",
        key.consumedQuota,
        key.quota!,
        key.quotaNotificationThreshold!,
        await publicUrl(path),
      );
    const recipients = new Map<string, string>();
    for (const address of key.notificationAddressesOnQuotaThreshold) {
      recipients.set(address.toLowerCase(), `/product-keys/${key.id}`);
    }
    if (key.notifyOwnerOnQuotaThreshold)
      recipients.set(key.ownerEmail.toLowerCase(), `/portal/keys/${key.id}`);
    const ids: string[] = [];
    for (const [to, path] of recipients) ids.push(await queueEmail(tx, await message(to, path)));
    await recordAuditEvent(tx, systemActor(), {
      action: "product_key.quota_threshold_notified",
      objectType: "product_key",
      objectId: key.id,
      organizationId: key.organizationId,
      after: { consumedQuota: key.consumedQuota, quota: key.quota, recipients: ids.length },
    });
    return ids;
  });
  await deliverEmails(queued);
}
