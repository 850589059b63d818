import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { auditEvents } from "@/db/schema";
import { systemActor } from "@/lib/auth/actor";
import { setClock } from "@/lib/clock";
import { startSession } from "@/lib/sessions/start-session";
import { requestPasswordReset, resetPassword } from "@/lib/signup/password-reset";
import {
  addMember,
  lastEmailTo,
  linkIn,
  makeOrganization,
  makeUser,
  testPassword,
  userActor,
} from "@/lib/testing/factories";
import { loadSessionActor } from "./load-session-actor";
import { updateUser } from "./update-user";
import { verifyCredentials } from "./verify-credentials";

describe("credentials", () => {
  it("accept the right password, case-insensitively on the email", async () => {
    const user = await makeUser();
    expect(
      await verifyCredentials({ email: user.email.toUpperCase(), password: testPassword }),
    ).toMatchObject({
      id: user.id,
    });
  });

  it("answer the same null for an unknown email, a wrong password and a disabled account", async () => {
    const user = await makeUser();
    expect(await verifyCredentials({ email: "nobody@test.example", password: testPassword })).toBeNull();
    expect(await verifyCredentials({ email: user.email, password: "wrong password!" })).toBeNull();
    await updateUser({
      actor: systemActor(),
      userId: user.id,
      input: { changeSequence: 1, status: "disabled" },
    });
    expect(await verifyCredentials({ email: user.email, password: testPassword })).toBeNull();
    expect(await verifyCredentials({ email: "", password: "" })).toBeNull();
  });
});

/** A signed-in session of the user, as the sign-in callback records it. */
const signIn = (userId: string) => startSession({ userId, userAgent: null, address: null });

describe("session actor", () => {
  it("is rebuilt from the database, so disabling a user ends their session on the next request", async () => {
    const user = await makeUser();
    const sessionId = await signIn(user.id);
    expect(await loadSessionActor({ userId: user.id, sessionId })).not.toBeNull();
    await updateUser({
      actor: systemActor(),
      userId: user.id,
      input: { changeSequence: 1, status: "disabled" },
    });
    expect(await loadSessionActor({ userId: user.id, sessionId })).toBeNull();
  });

  it("acts in the preferred organization only while the user belongs to it", async () => {
    const user = await makeUser();
    const a = await makeOrganization();
    const b = await makeOrganization();
    const outsider = await makeOrganization();
    await addMember(a.id, user.id, "member");
    await addMember(b.id, user.id, "admin");
    const sessionId = await signIn(user.id);
    const inB = await loadSessionActor({ userId: user.id, sessionId, preferredOrganizationId: b.id });
    expect(inB).toMatchObject({ organizationId: b.id, role: "admin" });
    const forged = await loadSessionActor({
      userId: user.id,
      sessionId,
      preferredOrganizationId: outsider.id,
    });
    expect(forged?.organizationId).not.toBe(outsider.id);
    expect([a.id, b.id]).toContain(forged?.organizationId);
  });
});

describe("updating users", () => {
  it("is for platform admins only", async () => {
    const user = await makeUser();
    const organization = await makeOrganization();
    const owner = userActor(user.id, organization.id, "owner");
    await expect(
      updateUser({ actor: owner, userId: user.id, input: { changeSequence: 1, name: "X" } }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("lets exactly one of two concurrent edits with the same changeSequence win", async () => {
    const user = await makeUser();
    const results = await Promise.allSettled(
      ["One", "Two"].map((name) =>
        updateUser({ actor: systemActor(), userId: user.id, input: { changeSequence: 1, name } }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect(rejected?.reason).toMatchObject({ code: "stale_change_sequence" });
  });

  it("writes its audit event in the same transaction, so a failed change leaves no record", async () => {
    const user = await makeUser();
    await updateUser({
      actor: systemActor(),
      userId: user.id,
      input: { changeSequence: 1, status: "disabled" },
    });
    await expect(
      updateUser({ actor: systemActor(), userId: user.id, input: { changeSequence: 1, status: "active" } }),
    ).rejects.toMatchObject({ code: "stale_change_sequence" });
    const db = await getDb();
    const events = await db.select().from(auditEvents).where(eq(auditEvents.objectId, user.id));
    expect(events.map((e) => e.action).sort()).toEqual(["user.create", "user.disable"]);
    const disable = events.find((e) => e.action === "user.disable")!;
    expect(disable.before).toMatchObject({ status: "active" });
    expect(disable.after).toMatchObject({ status: "disabled" });
    expect(JSON.stringify(disable)).not.toContain("argon2");
  });
});

describe("sessions after a password reset", () => {
  it("end for sessions signed in before the reset, and go on for new ones", async () => {
    const user = await makeUser();
    setClock(Date.now() - 5);
    const before = await signIn(user.id);
    setClock(null);
    expect(await loadSessionActor({ userId: user.id, sessionId: before })).not.toBeNull();
    await requestPasswordReset({ input: { email: user.email }, clientAddress: "198.51.100.7" });
    const token = linkIn((await lastEmailTo(user.email))!.text, "/reset-password").searchParams.get("token")!;
    await resetPassword({
      input: { token, password: "a new passphrase", confirmPassword: "a new passphrase" },
    });
    expect(await loadSessionActor({ userId: user.id, sessionId: before })).toBeNull();
    const after = await signIn(user.id);
    expect(await loadSessionActor({ userId: user.id, sessionId: after })).not.toBeNull();
  });
});
