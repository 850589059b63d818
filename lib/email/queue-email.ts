import "server-only";
import type { Executor } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Records an email inside the transaction that causes it (the transactional outbox): the
 * message exists if and only if the change committed. Deliver it after the commit with
 * `deliverEmails`. Without SMTP the record is the delivery: the Outbox page shows it.
 */
export async function queueEmail(tx: Executor, message: EmailMessage): Promise<string> {
  const smtp = Boolean(env().SMTP_URL);
  const [row] = await tx
    .insert(emailOutbox)
    // An SMTP message is due at once: the delivery job (or its sweep, if the hand-off is lost) sends it.
    .values({ ...message, transport: smtp ? "smtp" : "outbox", nextAttemptOn: smtp ? now() : null })
    .returning({ id: emailOutbox.id });
  return row!.id;
}
