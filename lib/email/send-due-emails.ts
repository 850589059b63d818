import "server-only";
import { and, asc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { createTransport, type Transporter } from "nodemailer";
import { getDb } from "@/db/open";
import { emailOutbox } from "@/db/schema";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { nextAttemptAfterFailure, sendingLeaseMs, maxDeliveryAttempts } from "./delivery-retries";

const slot = globalThis as typeof globalThis & { __subdeskMailer?: { url: string; transport: Transporter } };

function mailer(url: string): Transporter {
  if (slot.__subdeskMailer?.url !== url) slot.__subdeskMailer = { url, transport: createTransport(url) };
  return slot.__subdeskMailer.transport;
}

const batchSize = 100;

/**
 * Sends the SMTP messages that are due (only those among `ids` when given), recording on each
 * the success, or the error and when to try again. Without SMTP_URL nothing is sent: mail
 * stays in the outbox for the Outbox page.
 *
 * Safe to run twice, or twice at once: each message is first claimed by one UPDATE that counts
 * the attempt and moves `nextAttemptOn` past the sending lease, so a second run finds it not
 * due. (Should the process die between the SMTP answer and recording it, the message is sent
 * again after the lease: at least once, never lost.)
 */
export async function sendDueEmails(ids?: readonly string[]): Promise<{ sent: number; failed: number }> {
  const url = env().SMTP_URL;
  if (!url) return { sent: 0, failed: 0 };
  const db = await getDb();
  const claimedOn = now();
  const due = and(
    eq(emailOutbox.transport, "smtp"),
    isNull(emailOutbox.sentOn),
    lte(emailOutbox.nextAttemptOn, claimedOn),
    ids ? inArray(emailOutbox.id, [...ids]) : undefined,
  );
  const oldestDue = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(due)
    .orderBy(asc(emailOutbox.nextAttemptOn))
    .limit(batchSize);
  const claimed = await db
    .update(emailOutbox)
    .set({
      attempts: sql`${emailOutbox.attempts} + 1`,
      nextAttemptOn: new Date(claimedOn.getTime() + sendingLeaseMs),
    })
    // `due` again: under concurrency PostgreSQL re-checks it on the row another run just claimed.
    .where(and(inArray(emailOutbox.id, oldestDue), due))
    .returning();

  let sent = 0;
  for (const message of claimed) {
    try {
      await mailer(url).sendMail({
        from: env().SMTP_FROM,
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
      await db
        .update(emailOutbox)
        .set({ sentOn: now(), nextAttemptOn: null, error: null })
        .where(eq(emailOutbox.id, message.id));
      sent += 1;
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      const retryOn = nextAttemptAfterFailure(message.attempts, now());
      console.error(
        `[email] delivery of ${message.id} failed (attempt ${message.attempts} of ${maxDeliveryAttempts}${retryOn ? "" : ", giving up"}): ${reason}`,
      );
      await db
        .update(emailOutbox)
        .set({ error: reason, nextAttemptOn: retryOn })
        .where(eq(emailOutbox.id, message.id));
    }
  }
  return { sent, failed: claimed.length - sent };
}
