import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/open";
import { emailOutbox, organizations, users } from "@/db/schema";
import { runJob } from "@/lib/jobs/define-job";
import { signUp } from "@/lib/signup/sign-up";
import { verifyEmail } from "@/lib/signup/verify-email";
import { linkIn } from "@/lib/testing/factories";
import { sendDueEmailsJob } from "./deliver-emails";

// A real SMTP server on loopback captures what the portal sends. The port is chosen before
// any code reads the environment, which happens once per test file.
const port = 20_000 + Math.floor(Math.random() * 20_000);
vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${port}`);
vi.stubEnv("AUTH_URL", "http://portal.test");

const received: { to: string; data: string }[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    let data = "";
    stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), data });
      callback();
    });
  },
});

beforeAll(() => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve)));
afterAll(() => {
  vi.unstubAllEnvs();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("email over SMTP", () => {
  it("delivers the verification email, whose link activates the organization", async () => {
    const email = `smtp-${Date.now()}@test.example`;
    await signUp({
      input: { name: "Mail Person", email, password: "a decent password", organizationName: "Mail Co" },
      clientAddress: "192.0.2.1",
    });
    // The request only queues the mail; the delivery job sends it (no runner runs in tests).
    expect(received.find((m) => m.to === email)).toBeUndefined();
    await runJob(sendDueEmailsJob);
    const message = received.find((m) => m.to === email);
    expect(message).toBeDefined();
    expect(message!.data).toMatch(/Subject: Verify your email for Subdesk/);
    // Quoted-printable may wrap long lines with "=\r\n": unwrap before reading the link.
    const body = message!.data.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
    const link = linkIn(body, "/verify-email");
    expect(link.origin).toBe("http://portal.test");

    const db = await getDb();
    const [record] = await db.select().from(emailOutbox).where(eq(emailOutbox.to, email));
    expect(record).toMatchObject({ transport: "smtp", error: null, sentOn: expect.any(Date) });

    await verifyEmail({ input: { token: link.searchParams.get("token")! } });
    const [user] = await db.select().from(users).where(eq(users.email, email));
    expect(user!.emailVerifiedOn).not.toBeNull();
    const [organization] = await db.select().from(organizations).where(eq(organizations.name, "Mail Co"));
    expect(organization!.organizationStatus).toBe("active");
  });
});
