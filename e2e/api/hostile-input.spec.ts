import type { APIResponse } from "@playwright/test";
import { expect, test, unique } from "../fixtures";

const expectProblem = async (response: APIResponse, status: number) => {
  expect(response.status()).toBe(status);
  expect(response.headers()["content-type"]).toBe("application/problem+json");
  const body = (await response.json()) as { status: number; invalidFields?: { name: string }[] };
  expect(body.status).toBe(status);
  return body;
};

// What only the real server sees: paths Next.js itself cannot decode, and sizes past what
// an in-process call would ever send.

test("a path that does not decode answers 400 problem+json, before any route", async ({ request, api }) => {
  for (const path of ["/api/%zz", "/api/%", "/api/products/%zz", "/api/products/%E0%A4", "/%zz"]) {
    const body = await expectProblem(await request.get(path), 400);
    expect(body.invalidFields, path).toEqual([{ name: "(path)", reason: expect.any(String) }]);
  }
  await expectProblem(await api("/api/products/%zz/plans", { method: "POST", data: {} }), 400);
});

test("a NUL in a path is a missing resource, in a body or query a bad field", async ({ request, api }) => {
  await expectProblem(await request.get("/api/%00"), 404);
  await expectProblem(await api("/api/products/%00"), 404);
  await expectProblem(await api("/api/products/00000000-0000-4000-8000-000000000000%00"), 404);
  const query = await expectProblem(await api("/api/products?query=a%00b"), 400);
  expect(query.invalidFields).toEqual([{ name: "query", reason: expect.any(String) }]);
  const signUp = await expectProblem(
    await request.post("/api/sign-up", {
      data: {
        name: "Nul\u0000Name",
        email: `${unique("nul")}@test.example`,
        password: "long enough pass",
        organizationName: "Nul Org",
      },
    }),
    400,
  );
  expect(signUp.invalidFields).toEqual([{ name: "name", reason: expect.any(String) }]);
});

test("numbers past int4, year-0000 dates and forged cursors name their field", async ({ api }) => {
  const huge = await expectProblem(
    await api("/api/product-groups", { method: "POST", data: { name: unique("g"), order: 2 ** 31 } }),
    400,
  );
  expect(huge.invalidFields).toEqual([{ name: "order", reason: expect.any(String) }]);
  const date = await expectProblem(await api("/api/audit-events?from=0000-01-01T00:00:00Z"), 400);
  expect(date.invalidFields).toEqual([{ name: "from", reason: expect.any(String) }]);
  const forged = Buffer.from(JSON.stringify(["0000-01-01T00:00:00.000Z", crypto.randomUUID()])).toString(
    "base64url",
  );
  const cursor = await expectProblem(await api(`/api/audit-events?cursor=${forged}`), 400);
  expect(cursor.invalidFields).toEqual([{ name: "cursor", reason: expect.any(String) }]);
});

test("a long query (12 KB) is read and refused by field, not by the framework", async ({ api }) => {
  const body = await expectProblem(await api(`/api/products?query=${"q".repeat(12_000)}`), 400);
  expect(body.invalidFields).toEqual([{ name: "query", reason: expect.any(String) }]);
});
