import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { advanceClock, setClock } from "@/lib/clock";
import { peerHeader } from "@/lib/http/client-address";
import { callRoute } from "@/lib/testing/call-route";
import { makeOrganization, makeOrganizationKey } from "@/lib/testing/factories";

const me = async (apiKey: string, address: string) => {
  const route = await import("@/app/api/me/route");
  return callRoute(route.GET, { path: "/api/me", apiKey, headers: { [peerHeader]: address } });
};

/** The same prefix with another (wrong) secret. */
const wrongSecret = (key: string) => `${key.slice(0, 12)}_${"x".repeat(32)}`;

beforeEach(() => setClock(new Date("2026-03-01T10:00:00Z")));
afterEach(() => setClock(null));

describe("API-key failure limits", () => {
  it("answer 429 after ten wrong secrets for one prefix from one address, before looking at the secret", async () => {
    const { key } = await makeOrganizationKey((await makeOrganization()).id);
    const attacker = "198.51.100.20";
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await me(wrongSecret(key), attacker)).status);
    expect(statuses).toEqual([...Array<number>(10).fill(401), 429, 429]);
    const limited = await me(key, attacker);
    expect(limited.status).toBe(429);
    expect(limited.contentType).toBe("application/problem+json");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    // The key's owner, elsewhere, is not locked out by the flood.
    expect((await me(key, "192.0.2.30")).status).toBe(200);
    advanceClock(60_000);
    expect((await me(key, attacker)).status).toBe(200);
  });

  it("answer 429 to an address that tries thirty wrong keys of any prefixes", async () => {
    const organization = await makeOrganization();
    const keys = await Promise.all(Array.from({ length: 4 }, () => makeOrganizationKey(organization.id)));
    const address = "198.51.100.21";
    for (let i = 0; i < 30; i++) {
      const guess = i % 5 === 4 ? "not-a-key" : wrongSecret(keys[i % 4]!.key);
      expect((await me(guess, address)).status).toBe(401);
    }
    expect((await me(keys[0]!.key, address)).status).toBe(429);
    expect((await me(keys[0]!.key, "192.0.2.31")).status).toBe(200);
  });

  it("never count successes", async () => {
    const { key } = await makeOrganizationKey((await makeOrganization()).id);
    for (let i = 0; i < 15; i++) expect((await me(key, "192.0.2.32")).status).toBe(200);
    expect((await me(wrongSecret(key), "192.0.2.32")).status).toBe(401);
  });
});
