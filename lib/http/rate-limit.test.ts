import { afterAll, describe, expect, it, vi } from "vitest";
import { callRoute } from "@/lib/testing/call-route";
import { makeOrganization, makeOrganizationKey } from "@/lib/testing/factories";

// The limit is read once per process; this file runs in its own process with a tiny one.
vi.stubEnv("API_RATE_LIMIT_PER_MINUTE", "3");
afterAll(() => vi.unstubAllEnvs());

describe("API rate limit", () => {
  it("answers 429 problem+json with Retry-After once a key exceeds its allowance, per key", async () => {
    const meRoute = await import("@/app/api/me/route");
    const organization = await makeOrganization();
    const busy = await makeOrganizationKey(organization.id);
    const quiet = await makeOrganizationKey(organization.id);
    for (let i = 0; i < 3; i++) {
      expect((await callRoute(meRoute.GET, { path: "/api/me", apiKey: busy.key })).status).toBe(200);
    }
    const limited = await callRoute(meRoute.GET, { path: "/api/me", apiKey: busy.key });
    expect(limited.status).toBe(429);
    expect(limited.contentType).toBe("application/problem+json");
    expect(limited.body).toMatchObject({
      status: 429,
      type: "/problems/rate-limited",
      title: "Too many requests",
    });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await callRoute(meRoute.GET, { path: "/api/me", apiKey: quiet.key })).status).toBe(200);
  });
});
