import { describe, expect, it } from "vitest";
import * as apiKeysRoute from "@/app/api/api-keys/route";
import * as apiKeyRoute from "@/app/api/api-keys/[id]/route";
import * as catchAll from "@/app/api/[...path]/route";
import * as healthRoute from "@/app/api/health/route";
import * as meRoute from "@/app/api/me/route";
import * as usersRoute from "@/app/api/users/route";
import * as userRoute from "@/app/api/users/[id]/route";
import { callRoute } from "@/lib/testing/call-route";
import { makeOrganization, makeOrganizationKey, makePlatformKey, makeUser } from "@/lib/testing/factories";

function expectProblem(response: Awaited<ReturnType<typeof callRoute>>, status: number, type: string) {
  expect(response.status).toBe(status);
  expect(response.contentType).toBe("application/problem+json");
  expect(response.body).toMatchObject({
    status,
    type,
    title: expect.any(String),
    detail: expect.any(String),
  });
  expect(response.body.correlationID).toMatch(/.{8,}/);
  expect(response.headers.get("x-correlation-id")).toBe(response.body.correlationID);
  // Nothing of our internals leaks into a problem.
  expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts|select |insert |stack/i);
}

describe("API authentication", () => {
  it("answers 401 problem+json for a missing key", async () => {
    const response = await callRoute(meRoute.GET, { path: "/api/me" });
    expectProblem(response, 401, "/problems/unauthenticated");
    expect(response.headers.get("www-authenticate")).toContain("x-api-key");
  });

  it("answers 401 for a malformed key and for a well-formed unknown one", async () => {
    expectProblem(
      await callRoute(meRoute.GET, { path: "/api/me", apiKey: "nope" }),
      401,
      "/problems/unauthenticated",
    );
    const unknown = `sdk_AAAAAAAA_${"B".repeat(32)}`;
    expectProblem(
      await callRoute(meRoute.GET, { path: "/api/me", apiKey: unknown }),
      401,
      "/problems/unauthenticated",
    );
  });

  it("answers 401 for a known prefix with the wrong secret", async () => {
    const organization = await makeOrganization();
    const { key } = await makeOrganizationKey(organization.id);
    const forged = `${key.slice(0, 13)}${"x".repeat(32)}`;
    expectProblem(
      await callRoute(meRoute.GET, { path: "/api/me", apiKey: forged }),
      401,
      "/problems/unauthenticated",
    );
  });

  it("accepts a valid organization key as an admin of its organization, and refuses it once revoked", async () => {
    const organization = await makeOrganization();
    const created = await makeOrganizationKey(organization.id);
    const me = await callRoute(meRoute.GET, { path: "/api/me", apiKey: created.key });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      kind: "api_key",
      organizationId: organization.id,
      role: "admin",
      platformAdmin: false,
    });

    const revoke = await callRoute(apiKeyRoute.DELETE, {
      method: "DELETE",
      path: `/api/api-keys/${created.id}`,
      apiKey: created.key,
      params: { id: created.id },
    });
    expect(revoke.status).toBe(204);
    expectProblem(
      await callRoute(meRoute.GET, { path: "/api/me", apiKey: created.key }),
      401,
      "/problems/unauthenticated",
    );
  });

  it("records when a key was last used", async () => {
    const organization = await makeOrganization();
    const created = await makeOrganizationKey(organization.id);
    expect(created.lastUsedOn).toBeNull();
    await callRoute(meRoute.GET, { path: "/api/me", apiKey: created.key });
    const list = await callRoute(apiKeysRoute.GET, { path: "/api/api-keys", apiKey: created.key });
    expect(list.body.items.find((k: { id: string }) => k.id === created.id).lastUsedOn).not.toBeNull();
  });
});

describe("problem+json for each status", () => {
  it("400 for malformed JSON", async () => {
    const { key } = await makePlatformKey();
    const response = await callRoute(usersRoute.POST, {
      method: "POST",
      path: "/api/users",
      apiKey: key,
      rawBody: "{not json",
      headers: { "content-type": "application/json" },
    });
    expectProblem(response, 400, "/problems/malformed-json");
  });

  it("400 with invalidFields naming every bad field", async () => {
    const { key } = await makePlatformKey();
    const response = await callRoute(usersRoute.POST, {
      method: "POST",
      path: "/api/users",
      apiKey: key,
      body: { email: "not-an-email", name: "", password: "short" },
    });
    expectProblem(response, 400, "/problems/invalid-input");
    const names = response.body.invalidFields.map((f: { name: string }) => f.name).sort();
    expect(names).toEqual(["email", "name", "password"]);
    expect(response.body.invalidFields[0].reason).toEqual(expect.any(String));
  });

  it("400 for unknown fields rather than silently dropping them", async () => {
    const { key } = await makePlatformKey();
    const response = await callRoute(usersRoute.POST, {
      method: "POST",
      path: "/api/users",
      apiKey: key,
      body: { email: "a@b.example", name: "A", password: "long enough pass", role: "god" },
    });
    expectProblem(response, 400, "/problems/invalid-input");
  });

  it("403 when an organization key calls a platform operation", async () => {
    const organization = await makeOrganization();
    const { key } = await makeOrganizationKey(organization.id);
    const response = await callRoute(usersRoute.POST, {
      method: "POST",
      path: "/api/users",
      apiKey: key,
      body: { email: "x@y.example", name: "X", password: "long enough pass" },
    });
    expectProblem(response, 403, "/problems/forbidden");
  });

  it("404 for a missing id, a malformed id, and an unknown path", async () => {
    const { key } = await makePlatformKey();
    const missing = "00000000-0000-4000-8000-000000000000";
    expectProblem(
      await callRoute(userRoute.GET, { path: `/api/users/${missing}`, apiKey: key, params: { id: missing } }),
      404,
      "/problems/not-found",
    );
    expectProblem(
      await callRoute(userRoute.GET, { path: "/api/users/123", apiKey: key, params: { id: "123" } }),
      404,
      "/problems/not-found",
    );
    expectProblem(await callRoute(catchAll.GET, { path: "/api/no-such-thing" }), 404, "/problems/not-found");
  });

  it("404, exactly like a missing key, when revoking another organization's key", async () => {
    const mine = await makeOrganization();
    const theirs = await makeOrganization();
    const { key } = await makeOrganizationKey(mine.id);
    const other = await makeOrganizationKey(theirs.id);
    const response = await callRoute(apiKeyRoute.DELETE, {
      method: "DELETE",
      path: `/api/api-keys/${other.id}`,
      apiKey: key,
      params: { id: other.id },
    });
    expectProblem(response, 404, "/problems/not-found");
    expect(response.body.detail).toBe("The API key was not found.");
    // And it still works.
    expect((await callRoute(meRoute.GET, { path: "/api/me", apiKey: other.key })).status).toBe(200);
  });

  it("405 with Allow for a method the resource does not support", async () => {
    const response = await callRoute(usersRoute.GET, { path: "/api/users" });
    expectProblem(response, 405, "/problems/method-not-allowed");
    expect(response.headers.get("allow")).toBe("POST");
  });

  it("409 for a stale changeSequence, leaving the record as the winner wrote it", async () => {
    const { key } = await makePlatformKey();
    const user = await makeUser();
    const path = `/api/users/${user.id}`;
    const first = await callRoute(userRoute.PATCH, {
      method: "PATCH",
      path,
      apiKey: key,
      params: { id: user.id },
      body: { changeSequence: user.changeSequence, name: "First" },
    });
    expect(first.status).toBe(200);
    expect(first.body.changeSequence).toBe(user.changeSequence + 1);
    const second = await callRoute(userRoute.PATCH, {
      method: "PATCH",
      path,
      apiKey: key,
      params: { id: user.id },
      body: { changeSequence: user.changeSequence, name: "Second" },
    });
    expectProblem(second, 409, "/problems/stale-change-sequence");
    expect(second.body.invalidFields).toEqual([{ name: "changeSequence", reason: "is stale" }]);
    const now = await callRoute(userRoute.GET, { path, apiKey: key, params: { id: user.id } });
    expect(now.body.name).toBe("First");
  });

  it("409 for a duplicate", async () => {
    const { key } = await makePlatformKey();
    const user = await makeUser();
    const response = await callRoute(usersRoute.POST, {
      method: "POST",
      path: "/api/users",
      apiKey: key,
      body: { email: user.email.toUpperCase(), name: "Dup", password: "long enough pass" },
    });
    expectProblem(response, 409, "/problems/conflict");
    expect(response.body.invalidFields).toEqual([{ name: "email", reason: "is already registered" }]);
  });

  it("413 for a body over the limit, even without a Content-Length", async () => {
    const { key } = await makePlatformKey();
    const response = await callRoute(usersRoute.POST, {
      method: "POST",
      path: "/api/users",
      apiKey: key,
      body: { email: "big@x.example", name: "x".repeat(2_000_000), password: "long enough pass" },
    });
    expectProblem(response, 413, "/problems/payload-too-large");
  });

  it("415 for a body that is not JSON", async () => {
    const { key } = await makePlatformKey();
    const response = await callRoute(usersRoute.POST, {
      method: "POST",
      path: "/api/users",
      apiKey: key,
      rawBody: "email=a@b.example",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expectProblem(response, 415, "/problems/unsupported-media-type");
  });

  it("keeps a caller's correlation id", async () => {
    const response = await callRoute(meRoute.GET, {
      path: "/api/me",
      headers: { "x-correlation-id": "client-trace-123" },
    });
    expect(response.body.correlationID).toBe("client-trace-123");
  });
});

describe("health", () => {
  it("answers 200 with the database driver after a round trip", async () => {
    const response = await callRoute(healthRoute.GET, { path: "/api/health" });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: "ok", database: { status: "ok" } });
    expect(["pglite", "postgres"]).toContain(response.body.database.driver);
  });
});
