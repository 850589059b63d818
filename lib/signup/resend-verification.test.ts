import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { emailOutbox, users } from "@/db/schema";
import { setClock } from "@/lib/clock";
import { lastEmailTo, linkIn, makeUser, userActor } from "@/lib/testing/factories";
import { resendVerificationEmail, resendVerificationFromLink } from "./resend-verification";
import { signUp } from "./sign-up";
import { verifyEmail } from "./verify-email";

let addressCounter = 0;
const address = () => `10.8.0.${++addressCounter}`;

async function signedUp() {
  const email = `resend-${Math.random().toString(36).slice(2, 10)}@test.example`;
  await signUp({
    input: { name: "Rosa Resend", email, password: "a decent password", organizationName: "Resend Co" },
    clientAddress: address(),
  });
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.email, email));
  return { email, user: user!, token: await tokenIn(email) };
}

const tokenIn = async (email: string) =>
  linkIn((await lastEmailTo(email))!.text, "/verify-email").searchParams.get("token")!;

const outboxSize = async () => (await (await getDb()).select().from(emailOutbox)).length;

describe("asking for a new verification email", () => {
  it("mails a new single-use link to a signed-in unverified user, and the old one dies", async () => {
    const { email, user, token: first } = await signedUp();
    const actor = userActor(user.id, null, null, { emailVerified: false });
    expect(await resendVerificationEmail({ actor, clientAddress: address() })).toMatchObject({
      status: "verification_sent",
    });
    const second = await tokenIn(email);
    expect(second).not.toBe(first);
    await expect(verifyEmail({ input: { token: first } })).rejects.toMatchObject({ code: "invalid_input" });
    expect(await verifyEmail({ input: { token: second } })).toEqual({ email });
    expect(await resendVerificationEmail({ actor, clientAddress: address() })).toMatchObject({
      status: "already_verified",
    });
  });

  it("turns a used or expired link into a new one, without anyone typing an address", async () => {
    const { email, token: first } = await signedUp();
    const second = await (async () => {
      await resendVerificationFromLink({ input: { token: first }, clientAddress: address() });
      return tokenIn(email);
    })();
    expect(second).not.toBe(first);
    // The dead link still says whose it was: it can ask again, and only the newest works.
    await resendVerificationFromLink({ input: { token: first }, clientAddress: address() });
    const third = await tokenIn(email);
    await expect(verifyEmail({ input: { token: second } })).rejects.toMatchObject({ code: "invalid_input" });
    await verifyEmail({ input: { token: third } });
    expect(
      await resendVerificationFromLink({ input: { token: third }, clientAddress: address() }),
    ).toMatchObject({ status: "already_verified" });
  });

  it("turns an expired link into a new one too", async () => {
    setClock(Date.now() - 25 * 60 * 60_000);
    const { email, token: expired } = await signedUp().finally(() => setClock(null));
    await expect(verifyEmail({ input: { token: expired } })).rejects.toMatchObject({ code: "invalid_input" });
    await resendVerificationFromLink({ input: { token: expired }, clientAddress: address() });
    expect(await verifyEmail({ input: { token: await tokenIn(email) } })).toEqual({ email });
  });

  it("answers a link nobody issued like a sent one, and sends nothing", async () => {
    const before = await outboxSize();
    expect(
      await resendVerificationFromLink({
        input: { token: "not-a-real-token-at-all" },
        clientAddress: address(),
      }),
    ).toMatchObject({ status: "verification_sent" });
    expect(await outboxSize()).toBe(before);
  });

  it("is limited per mailbox with 429 and Retry-After, whatever the address", async () => {
    const { user } = await signedUp();
    const actor = userActor(user.id, null, null, { emailVerified: false });
    const results = [];
    for (let i = 0; i < 4; i++)
      results.push(
        await resendVerificationEmail({ actor, clientAddress: address() }).catch((e: unknown) => e),
      );
    expect(results.slice(0, 3)).toEqual(
      Array(3).fill(expect.objectContaining({ status: "verification_sent" })),
    );
    expect(results[3]).toMatchObject({
      code: "rate_limited",
      headers: { "Retry-After": expect.stringMatching(/^\d+$/) },
    });
  });

  it("is for signed-in users only", async () => {
    const verified = await makeUser();
    const actor = userActor(verified.id, null, null);
    expect(await resendVerificationEmail({ actor, clientAddress: address() })).toMatchObject({
      status: "already_verified",
    });
    await expect(
      resendVerificationEmail({
        actor: { ...actor, kind: "api_key", userId: null },
        clientAddress: address(),
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});
