import "server-only";
import type { Executor } from "@/db/client";
import { emailOutbox } from "@/db/schema";
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
  const [row] = await tx
    .insert(emailOutbox)
    .values({ ...message, transport: env().SMTP_URL ? "smtp" : "outbox" })
    .returning({ id: emailOutbox.id });
  return row!.id;
}
