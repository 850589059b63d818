import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { createTransport, type Transporter } from "nodemailer";
import { getDb } from "@/db/open";
import { emailOutbox } from "@/db/schema";
import { env } from "@/lib/env";

const slot = globalThis as typeof globalThis & { __subdeskMailer?: { url: string; transport: Transporter } };

function mailer(url: string): Transporter {
  if (slot.__subdeskMailer?.url !== url) slot.__subdeskMailer = { url, transport: createTransport(url) };
  return slot.__subdeskMailer.transport;
}

/**
 * Sends queued emails over SMTP when SMTP_URL is set, recording success or the error on each.
 * A failed send never fails the request that caused it: the outbox keeps the message and
 * the error for an operator to see.
 */
export async function deliverEmails(ids: string[]): Promise<void> {
  const url = env().SMTP_URL;
  if (!url || ids.length === 0) return;
  const db = await getDb();
  const messages = await db
    .select()
    .from(emailOutbox)
    .where(and(inArray(emailOutbox.id, ids), eq(emailOutbox.transport, "smtp")));
  for (const message of messages) {
    try {
      await mailer(url).sendMail({
        from: env().SMTP_FROM,
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
      await db
        .update(emailOutbox)
        .set({ sentOn: new Date(), error: null })
        .where(eq(emailOutbox.id, message.id));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`[email] delivery of ${message.id} failed: ${reason}`);
      await db
        .update(emailOutbox)
        .set({ error: reason.slice(0, 1000) })
        .where(eq(emailOutbox.id, message.id));
    }
  }
}
