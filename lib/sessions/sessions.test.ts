import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { auditEvents, userSessions } from "@/db/schema";
import { systemActor } from "@/lib/auth/actor";
import { advanceClock, setClock } from "@/lib/clock";
import { makeUser } from "@/lib/testing/factories";
import { loadSessionActor } from "@/lib/users/load-session-actor";
import { endAllSessions } from "./end-all-sessions";
import { endSession } from "./end-session";
import { sessionMaxAgeSeconds, startSession } from "./start-session";

const signIn = (userId: string) => startSession({ userId, userAgent: "Vitest", address: "203.0.113.9" });
const load = (userId: string, sessionId: string | undefined) => loadSessionActor({ userId, sessionId });

async function sessionRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(userSessions).where(eq(userSessions.id, id));
  return row;
}

afterEach(() => setClock(null));

describe("a session", () => {
  it("opens the app from sign-in until sign-out, and not after", async () => {
    const user = await makeUser();
    const sessionId = await signIn(user.id);
    expect(await load(user.id, sessionId)).toMatchObject({ userId: user.id, sessionId });
    expect(await sessionRow(sessionId)).toMatchObject({ userAgent: "Vitest", address: "203.0.113.9" });
    await endSession({ userId: user.id, sessionId });
    expect(await load(user.id, sessionId)).toBeNull();
  });

  it("is refused when unknown, missing, malformed or another user's", async () => {
    const user = await makeUser();
    const stranger = await makeUser();
    const strangersSession = await signIn(stranger.id);
    expect(await load(user.id, randomUUID())).toBeNull();
    expect(await load(user.id, undefined)).toBeNull();
    expect(await load(user.id, "not-a-session")).toBeNull();
    expect(await load(user.id, strangersSession)).toBeNull();
    expect(await load(stranger.id, strangersSession)).not.toBeNull();
  });

  it("cannot be ended by another user naming its id", async () => {
    const user = await makeUser();
    const stranger = await makeUser();
    const sessionId = await signIn(user.id);
    await endSession({ userId: stranger.id, sessionId });
    expect(await load(user.id, sessionId)).not.toBeNull();
  });

  it("notes when it was last seen at most once a minute", async () => {
    const user = await makeUser();
    const start = Date.parse("2026-03-02T10:00:00Z");
    setClock(start);
    const sessionId = await signIn(user.id);
    advanceClock(59_000);
    await load(user.id, sessionId);
    expect((await sessionRow(sessionId))!.lastSeenOn.getTime()).toBe(start);
    advanceClock(2_000);
    await load(user.id, sessionId);
    expect((await sessionRow(sessionId))!.lastSeenOn.getTime()).toBe(start + 61_000);
  });

  it("rows that expired are dropped at the user's next sign-in", async () => {
    const user = await makeUser();
    setClock(Date.parse("2026-03-02T10:00:00Z"));
    const old = await signIn(user.id);
    const recent = await signIn(user.id);
    advanceClock(sessionMaxAgeSeconds * 1000 - 1);
    const kept = await signIn(user.id);
    expect(await sessionRow(old)).toBeDefined();
    advanceClock(2);
    await signIn(user.id);
    expect(await sessionRow(old)).toBeUndefined();
    expect(await sessionRow(recent)).toBeUndefined();
    expect(await sessionRow(kept)).toBeDefined();
  });
});

describe("signing out everywhere", () => {
  it("ends every session of the user, this one too, and no one else's, with an audit record", async () => {
    const user = await makeUser();
    const other = await makeUser();
    const laptop = await signIn(user.id);
    const phone = await signIn(user.id);
    const othersSession = await signIn(other.id);
    const actor = (await load(user.id, laptop))!;

    expect(await endAllSessions({ actor })).toEqual({ ended: 2 });

    expect(await load(user.id, laptop)).toBeNull();
    expect(await load(user.id, phone)).toBeNull();
    expect(await load(other.id, othersSession)).not.toBeNull();
    const db = await getDb();
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.objectId, user.id), eq(auditEvents.action, "user.sign_out_everywhere")));
    expect(event).toMatchObject({ actorUserId: user.id, after: { sessionsEnded: 2 } });
  });

  it("is for signed-in users, not keys or the system", async () => {
    await expect(endAllSessions({ actor: systemActor() })).rejects.toMatchObject({ code: "forbidden" });
  });
});
