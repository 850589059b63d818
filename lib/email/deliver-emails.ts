import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import { defineJob } from "@/lib/jobs/define-job";
import { sendJob } from "@/lib/jobs/send-job";
import { sendDueEmails } from "./send-due-emails";

/** Sends the given messages now: queued right after the transaction that wrote them commits. */
export const deliverEmailsJob = defineJob({
  name: "email.deliver",
  input: z.object({ ids: z.array(z.uuid()).min(1) }),
  run: ({ ids }) => sendDueEmails(ids),
});

/** Every minute: retries failed sends whose time has come, and sends any message whose hand-off was lost. */
export const sendDueEmailsJob = defineJob({
  name: "email.send-due",
  input: z.object({}),
  cron: "* * * * *",
  run: () => sendDueEmails(),
});

/**
 * Hands messages queued with `queueEmail` to the delivery job; call it after the commit. It
 * never fails the request: a failed send is retried by the job, and the outbox row is the
 * record either way. Without SMTP there is nothing to send — the outbox is the mailbox.
 */
export async function deliverEmails(ids: string[]): Promise<void> {
  if (ids.length > 0 && env().SMTP_URL) await sendJob(deliverEmailsJob, { ids });
}
