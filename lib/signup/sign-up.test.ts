import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { memberships, organizations, users } from "@/db/schema";
import { lastEmailTo, linkIn, makeUser, testPassword } from "@/lib/testing/factories";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { requestPasswordReset, resetPassword } from "./password-reset";
import { signUp } from "./sign-up";
import { verifyEmail } from "./verify-email";

let addressCounter = 0;
const address = () => `10.0.0.${++addressCounter}`;
const freshEmail = () => `signup-${Math.random().toString(36).slice(2, 10)}@test.example`;
const input = (email: string) => ({
  name: "Sam Signer",
  email,
  password: "a decent password",
  organizationName: "Sam's Shop",
});

async function counts() {
  const db = await getDb();
  const [u] = await db.select({ n: count() }).from(users);
  const [o] = await db.select({ n: count() }).from(organizations);
  return { users: u!.n, organizations: o!.n };
}

describe("self-service sign-up", () => {
  it("creates the user, a pending organization and the owner membership, then verification activates it", async () => {
    const email = freshEmail();
    const result = await signUp({ input: input(email), clientAddress: address() });
    expect(result.status).toBe("verification_sent");
    const db = await getDb();
    const [user] = await db.select().from(users).where(eq(users.email, email));
    const [membership] = await db.select().from(memberships).where(eq(memberships.userId, user!.id));
    const [organization] = await db
      .select()
      .from(organizations)
      .where(eq(organizations.id, membership!.organizationId));
    expect(membership!.role).toBe("owner");
    expect(organization).toMatchObject({
      organizationStatus: "pending_verification",
      slug: expect.stringMatching(/^sam-s-shop/),
    });
    expect(user!.emailVerifiedOn).toBeNull();

    const link = linkIn((await lastEmailTo(email))!.text, "/verify-email");
    const token = link.searchParams.get("token")!;
    await verifyEmail({ input: { token } });
    const [activated] = await db.select().from(organizations).where(eq(organizations.id, organization!.id));
    expect(activated!.organizationStatus).toBe("active");
    await expect(verifyEmail({ input: { token } })).rejects.toMatchObject({ code: "invalid_input" });
  });

  it("answers a known email exactly the same, mails its owner, and creates nothing", async () => {
    const existing = await makeUser();
    const before = await counts();
    const known = await signUp({ input: input(existing.email), clientAddress: address() });
    const fresh = await signUp({ input: input(freshEmail()), clientAddress: address() });
    expect(known).toEqual(fresh);
    const after = await counts();
    expect(after.users).toBe(before.users + 1);
    expect((await lastEmailTo(existing.email))?.subject).toMatch(/tried to sign up/);
  });

  it("refuses bad input field by field and writes nothing", async () => {
    const before = await counts();
    const error = await signUp({
      input: { name: "", email: "nope", password: "short", organizationName: "x" },
      clientAddress: address(),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "invalid_input" });
    const names = (error as { invalidFields: { name: string }[] }).invalidFields.map((f) => f.name).sort();
    expect(names).toEqual(["email", "name", "organizationName", "password"]);
    for (const weak of ["aaaaaaaaaaaa", "password123"]) {
      await expect(
        signUp({ input: { ...input(freshEmail()), password: weak }, clientAddress: address() }),
      ).rejects.toMatchObject({
        invalidFields: [{ name: "password" }],
      });
    }
    expect(await counts()).toEqual(before);
  });

  it("limits attempts per address and per email with 429 and Retry-After", async () => {
    const from = address();
    const limitError = async (run: () => Promise<unknown>) => run().catch((e: unknown) => e);
    for (let i = 0; i < 10; i++) await signUp({ input: input(freshEmail()), clientAddress: from });
    const blocked = await limitError(() => signUp({ input: input(freshEmail()), clientAddress: from }));
    expect(blocked).toMatchObject({
      code: "rate_limited",
      status: 429,
      headers: { "Retry-After": expect.stringMatching(/^\d+$/) },
    });

    const email = freshEmail();
    for (let i = 0; i < 3; i++) await signUp({ input: input(email), clientAddress: address() });
    expect(await limitError(() => signUp({ input: input(email), clientAddress: address() }))).toMatchObject({
      code: "rate_limited",
    });
  });
});

describe("password reset", () => {
  it("mails a one-hour single-use link that sets a new password", async () => {
    const user = await makeUser();
    await requestPasswordReset({ input: { email: user.email }, clientAddress: address() });
    const token = linkIn((await lastEmailTo(user.email))!.text, "/reset-password").searchParams.get("token")!;
    await expect(
      resetPassword({ input: { token, password: "brand new secret", confirmPassword: "different" } }),
    ).rejects.toMatchObject({ invalidFields: [{ name: "confirmPassword" }] });
    await resetPassword({
      input: { token, password: "brand new secret", confirmPassword: "brand new secret" },
    });
    expect(await verifyCredentials({ email: user.email, password: "brand new secret" })).not.toBeNull();
    expect(await verifyCredentials({ email: user.email, password: testPassword })).toBeNull();
    await expect(
      resetPassword({ input: { token, password: "another secret!", confirmPassword: "another secret!" } }),
    ).rejects.toMatchObject({ code: "invalid_input" });
  });

  it("answers the same for an unknown email and sends nothing", async () => {
    const email = freshEmail();
    expect(await requestPasswordReset({ input: { email }, clientAddress: address() })).toEqual({
      status: "reset_sent",
    });
    expect(await lastEmailTo(email)).toBeUndefined();
  });
});
