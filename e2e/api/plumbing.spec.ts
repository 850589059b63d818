import type { APIResponse } from "@playwright/test";
import { expect, test, unique } from "../fixtures";

const expectProblem = async (response: APIResponse, status: number) => {
  expect(response.status()).toBe(status);
  expect(response.headers()["content-type"]).toBe("application/problem+json");
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({
    status,
    type: expect.stringMatching(/^\/problems\//),
    title: expect.any(String),
    detail: expect.any(String),
  });
  expect(body.correlationID).toEqual(expect.any(String));
  return body;
};

test("health reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { status: "ok" } });
});

test("the platform key created by the CLI works against the API", async ({ api }) => {
  const response = await api("/api/me");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ kind: "api_key", platformAdmin: true, organizationId: null });
});

test("missing, wrong and revoked keys answer 401 problem+json", async ({ request, api }) => {
  await expectProblem(await request.get("/api/me"), 401);
  await expectProblem(
    await request.get("/api/me", { headers: { "x-api-key": `sdk_AAAAAAAA_${"x".repeat(32)}` } }),
    401,
  );

  const created = await api("/api/api-keys", {
    method: "POST",
    data: { name: unique("revoke-me"), platform: true },
  });
  expect(created.status()).toBe(201);
  const { id, key } = (await created.json()) as { id: string; key: string };
  expect((await api("/api/me", { key })).status()).toBe(200);
  expect((await api(`/api/api-keys/${id}`, { method: "DELETE" })).status()).toBe(204);
  await expectProblem(await api("/api/me", { key }), 401);
});

test("errors over HTTP: 400, 404, 405, 413, 415", async ({ api, request }) => {
  const invalid = await expectProblem(
    await api("/api/users", { method: "POST", data: { email: "nope" } }),
    400,
  );
  expect(invalid.invalidFields).toEqual(
    expect.arrayContaining([{ name: "email", reason: expect.any(String) }]),
  );
  await expectProblem(await request.get("/api/definitely-not-here"), 404);
  const notAllowed = await api("/api/users", { method: "PUT", data: {} });
  await expectProblem(notAllowed, 405);
  expect(notAllowed.headers().allow).toBe("POST");
  const huge = { email: "a@b.example", name: "x".repeat(1_200_000), password: "long enough pass" };
  await expectProblem(await api("/api/users", { method: "POST", data: huge }), 413);
  await expectProblem(
    await api("/api/users", { method: "POST", data: "email=a", headers: { "content-type": "text/plain" } }),
    415,
  );
});

test("Idempotency-Key: replay, mismatch and concurrent retries create once", async ({ api }) => {
  const email = `${unique("idem")}@test.example`;
  const body = { email, name: "Idem", password: "long enough pass" };
  const key = unique("idem-key");
  const send = (data: unknown) =>
    api("/api/users", { method: "POST", data, headers: { "Idempotency-Key": key } });
  const responses = await Promise.all([send(body), send(body), send(body)]);
  expect(responses.map((r) => r.status())).toEqual([201, 201, 201]);
  const ids = await Promise.all(responses.map(async (r) => ((await r.json()) as { id: string }).id));
  expect(new Set(ids).size).toBe(1);
  await expectProblem(await send({ ...body, name: "Other" }), 422);
});

test("the OpenAPI document describes the API and the reference page renders it without any CDN", async ({
  request,
  page,
}) => {
  const document = (await (await request.get("/api/openapi.json")).json()) as {
    openapi: string;
    paths: Record<string, unknown>;
  };
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toEqual(
    expect.arrayContaining(["/api/health", "/api/api-keys", "/api/users/{id}"]),
  );

  const external: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("http://localhost")) external.push(r.url());
  });
  await page.goto("/api-reference");
  // Scalar renders the document in the browser: its title, then the operations.
  await expect(page.getByRole("heading", { name: "Subdesk API", exact: true })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole("heading", { name: "Health check", level: 3 })).toBeVisible();
  expect(external).toEqual([]);
});

test("sign-up answers a registered email exactly as a new one, in the production build too", async ({
  request,
}) => {
  const signUp = (email: string) =>
    request.post("/api/sign-up", {
      data: { email, password: "a-long-enough-password-1", name: "Sam", organizationName: unique("Sam's") },
    });
  const fresh = await signUp(`${unique("fresh")}@example.com`);
  const registered = await signUp("admin@subdesk.example");
  expect(fresh.status()).toBe(202);
  expect(registered.status()).toBe(fresh.status());
  expect(await registered.json()).toEqual(await fresh.json());
});
