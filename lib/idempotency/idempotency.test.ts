import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as usersRoute from "@/app/api/users/route";
import * as apiKeysRoute from "@/app/api/api-keys/route";
import { getDb } from "@/db/open";
import { apiKeys, idempotencyRecords, users } from "@/db/schema";
import { callRoute } from "@/lib/testing/call-route";
import { makeOrganization, makeOrganizationKey, makePlatformKey } from "@/lib/testing/factories";

const newUser = (tag: string) => ({
  email: `idem-${tag}@test.example`,
  name: "Idem",
  password: "long enough pass",
});

async function countUsers(email: string) {
  const db = await getDb();
  return (await db.select().from(users).where(eq(users.email, email))).length;
}

const post = (apiKey: string, idempotencyKey: string, body: unknown) =>
  callRoute(usersRoute.POST, {
    method: "POST",
    path: "/api/users",
    apiKey,
    body,
    headers: { "idempotency-key": idempotencyKey },
  });

describe("Idempotency-Key on POST", () => {
  it("answers the stored response when the same key comes with the same body, creating once", async () => {
    const { key } = await makePlatformKey();
    const body = newUser("same");
    const first = await post(key, "key-same-1", body);
    const again = await post(key, "key-same-1", body);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await countUsers(body.email)).toBe(1);
  });

  it("answers 422 when the same key comes with a different body, creating nothing more", async () => {
    const { key } = await makePlatformKey();
    await post(key, "key-diff-1", newUser("diff-a"));
    const reused = await post(key, "key-diff-1", newUser("diff-b"));
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({ type: "/problems/idempotency-key-reused", status: 422 });
    expect(await countUsers(newUser("diff-b").email)).toBe(0);
  });

  it("creates exactly once when the same key is sent concurrently", async () => {
    const { key } = await makePlatformKey();
    const body = newUser("race");
    const responses = await Promise.all(Array.from({ length: 5 }, () => post(key, "key-race-1", body)));
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(responses.filter((r) => r.headers.get("idempotent-replayed") === "true")).toHaveLength(4);
    expect(await countUsers(body.email)).toBe(1);
  });

  it("scopes keys to the caller: another organization's identical key is a separate request", async () => {
    const a = await makeOrganizationKey((await makeOrganization()).id);
    const b = await makeOrganizationKey((await makeOrganization()).id);
    const create = (apiKey: string) =>
      callRoute(apiKeysRoute.POST, {
        method: "POST",
        path: "/api/api-keys",
        apiKey,
        body: { name: "ci" },
        headers: { "idempotency-key": "shared-key" },
      });
    const fromA = await create(a.key);
    const fromB = await create(b.key);
    expect(fromA.status).toBe(201);
    expect(fromB.status).toBe(201);
    expect(fromA.body.id).not.toBe(fromB.body.id);
    expect(fromB.headers.get("idempotent-replayed")).toBeNull();
  });

  it("never stores a created API key's secret: a replay answers the record without it", async () => {
    const { key } = await makeOrganizationKey((await makeOrganization()).id);
    const create = () =>
      callRoute(apiKeysRoute.POST, {
        method: "POST",
        path: "/api/api-keys",
        apiKey: key,
        body: { name: "replayed" },
        headers: { "idempotency-key": "secret-key-1" },
      });
    const first = await create();
    const replay = await create();
    expect(first.body.key).toMatch(/^sdk_/);
    expect(replay.body).toEqual({ ...first.body, key: null });
    const db = await getDb();
    expect(await db.select().from(apiKeys).where(eq(apiKeys.name, "replayed"))).toHaveLength(1);
  });

  it("releases the key when the first request fails, so a corrected retry can succeed", async () => {
    const { key } = await makePlatformKey();
    const taken = newUser("taken");
    await post(key, "key-taken-1", taken);
    // The domain refuses this one (email taken): nothing may stay claimed under its key.
    const failed = await post(key, "key-retry-1", { ...taken, name: "Again" });
    expect(failed.status).toBe(409);
    const db = await getDb();
    expect(
      await db.select().from(idempotencyRecords).where(eq(idempotencyRecords.key, "key-retry-1")),
    ).toEqual([]);
    const retried = await post(key, "key-retry-1", { ...newUser("retry"), name: "Again" });
    expect(retried.status).toBe(201);
    expect(retried.headers.get("idempotent-replayed")).toBeNull();
  });

  it("rejects an unusable Idempotency-Key", async () => {
    const { key } = await makePlatformKey();
    const response = await post(key, "x".repeat(300), newUser("long-key"));
    expect(response.status).toBe(400);
    expect(response.body.invalidFields[0].name).toBe("Idempotency-Key");
  });
});
