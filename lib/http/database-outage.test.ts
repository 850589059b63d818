import { afterEach, describe, expect, it, vi } from "vitest";
import * as meRoute from "@/app/api/me/route";
import * as organizationsRoute from "@/app/api/organizations/route";
import * as signUpRoute from "@/app/api/sign-up/route";
import { callRoute } from "@/lib/testing/call-route";
import { withDatabaseDown } from "@/lib/testing/database-outage";
import { makeOrganization, makeOrganizationKey, makePlatformKey } from "@/lib/testing/factories";

function expectTemporarilyUnavailable(response: Awaited<ReturnType<typeof callRoute>>) {
  expect(response.status).toBe(503);
  expect(response.contentType).toBe("application/problem+json");
  expect(response.headers.get("retry-after")).toBe("5");
  expect(response.body).toMatchObject({ status: 503, type: "/problems/unavailable" });
  expect(response.body.detail).toMatch(/temporarily unavailable/);
  // The driver's message (address, port, SQL) stays in the server log.
  expect(JSON.stringify(response.body)).not.toMatch(/ECONN|127\.0\.0\.1|select|insert/i);
}

afterEach(() => vi.restoreAllMocks());

describe("the REST API while the database is unreachable", () => {
  it("answers 503 problem+json with Retry-After to a signed request", async () => {
    const { key } = await makeOrganizationKey((await makeOrganization()).id);
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await withDatabaseDown(() => callRoute(meRoute.GET, { path: "/api/me", apiKey: key }));
    expectTemporarilyUnavailable(response);
  });

  it("answers 503 to a write, and to a visitor's sign-up", async () => {
    const { key } = await makePlatformKey();
    vi.spyOn(console, "error").mockImplementation(() => {});
    const [write, signUp] = await withDatabaseDown(async () => [
      await callRoute(organizationsRoute.POST, {
        method: "POST",
        path: "/api/organizations",
        apiKey: key,
        body: { name: "Written during an outage" },
      }),
      await callRoute(signUpRoute.POST, {
        method: "POST",
        path: "/api/sign-up",
        body: {
          name: "Out Age",
          email: "outage@test.example",
          password: "a decent password",
          organizationName: "Outage Ltd",
        },
      }),
    ]);
    expectTemporarilyUnavailable(write);
    expectTemporarilyUnavailable(signUp);
  });
});
