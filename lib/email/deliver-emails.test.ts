import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/open";
import { emailOutbox } from "@/db/schema";
import { advanceClock, nowMs, setClock } from "@/lib/clock";
import { runJob } from "@/lib/jobs/define-job";
import { deliverEmailsJob, sendDueEmailsJob } from "./deliver-emails";
import { maxDeliveryAttempts } from "./delivery-retries";
import { queueEmail } from "./queue-email";

// A real SMTP server on loopback; it refuses the recipients in `refused`, as a full mailbox would.
const port = 20_000 + Math.floor(Math.random() * 20_000);
vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${port}`);

const received: string[] = [];
const refused = new Set<string>();
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  // Closing waits for idle client connections; the default 30 seconds would only slow the suite.
  closeTimeout: 500,
  onRcptTo(address, _session, callback) {
    if (refused.has(address.address)) return callback(new Error("Mailbox unavailable"));
    callback();
  },
  onData(stream, session, callback) {
    stream.resume();
    stream.on("end", () => {
      received.push(...session.envelope.rcptTo.map((r) => r.address));
      callback();
    });
  },
});

beforeAll(() => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve)));
afterAll(() => {
  vi.unstubAllEnvs();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});
// A moment years from the database's own clock: a rule that read the system time would not see it.
const start = new Date("2041-03-04T05:06:07Z");
beforeEach(() => setClock(start));
afterEach(() => setClock(null));

let counter = 0;
async function queued(): Promise<{ id: string; to: string }> {
  const to = `delivery-${++counter}-${Date.now()}@test.example`;
  const db = await getDb();
  const id = await db.transaction((tx) => queueEmail(tx, { to, subject: "Hello", text: "Body" }));
  return { id, to };
}

async function row(id: string) {
  const db = await getDb();
  const [message] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  return message!;
}

const timesReceived = (to: string) => received.filter((address) => address === to).length;

describe("email delivery job", () => {
  it("sends a message once, though its job runs twice in a row and twice at once", async () => {
    const first = await queued();
    await runJob(deliverEmailsJob, { ids: [first.id] });
    await runJob(deliverEmailsJob, { ids: [first.id] });
    await runJob(sendDueEmailsJob);
    expect(timesReceived(first.to)).toBe(1);
    expect(await row(first.id)).toMatchObject({
      sentOn: start,
      attempts: 1,
      nextAttemptOn: null,
      error: null,
    });

    const second = await queued();
    await Promise.all([
      runJob(deliverEmailsJob, { ids: [second.id] }),
      runJob(deliverEmailsJob, { ids: [second.id] }),
      runJob(sendDueEmailsJob),
    ]);
    expect(timesReceived(second.to)).toBe(1);
    expect(await row(second.id)).toMatchObject({ attempts: 1, sentOn: start });
  });

  it("sends, from the periodic run, a message whose hand-off never came", async () => {
    const message = await queued();
    expect(await runJob(sendDueEmailsJob)).toMatchObject({ sent: 1 });
    expect(timesReceived(message.to)).toBe(1);
  });

  it("retries a failed send with growing delays, then gives up with the error recorded", async () => {
    const message = await queued();
    refused.add(message.to);
    const delaysMinutes: number[] = [];
    await runJob(deliverEmailsJob, { ids: [message.id] });
    for (let attempt = 1; attempt < maxDeliveryAttempts; attempt++) {
      const failed = await row(message.id);
      expect(failed).toMatchObject({
        attempts: attempt,
        sentOn: null,
        error: expect.stringMatching(/Mailbox unavailable/),
      });
      const waitMs = failed.nextAttemptOn!.getTime() - nowMs();
      delaysMinutes.push(waitMs / 60_000);
      // A minute early, the retry is not due: the periodic run leaves it alone.
      advanceClock(waitMs - 60_000);
      await runJob(sendDueEmailsJob);
      expect((await row(message.id)).attempts).toBe(attempt);
      advanceClock(60_000);
      await runJob(sendDueEmailsJob);
    }
    expect(delaysMinutes).toEqual([1, 5, 30, 120, 360]);
    expect(await row(message.id)).toMatchObject({
      attempts: maxDeliveryAttempts,
      sentOn: null,
      nextAttemptOn: null,
      error: expect.stringMatching(/Mailbox unavailable/),
    });
    advanceClock(30 * 24 * 60 * 60_000);
    await runJob(sendDueEmailsJob);
    expect((await row(message.id)).attempts).toBe(maxDeliveryAttempts);
    expect(timesReceived(message.to)).toBe(0);
  });

  it("delivers on a retry once the server takes the message, clearing the error", async () => {
    const message = await queued();
    refused.add(message.to);
    await runJob(deliverEmailsJob, { ids: [message.id] });
    refused.delete(message.to);
    advanceClock(60_000);
    await runJob(sendDueEmailsJob);
    expect(await row(message.id)).toMatchObject({ attempts: 2, error: null, nextAttemptOn: null });
    expect(timesReceived(message.to)).toBe(1);
  });
});
