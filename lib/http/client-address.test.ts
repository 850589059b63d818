import { describe, expect, it } from "vitest";
import { addressKey } from "@/lib/rate-limit/address-key";
import { callRoute } from "@/lib/testing/call-route";
import { clientAddress, peerHeader } from "./client-address";

const headers = (values: Record<string, string>) => new Headers(values);

describe("clientAddress", () => {
  it("with no trusted proxy takes the socket's address and ignores a forged X-Forwarded-For", () => {
    const forged = headers({ [peerHeader]: "192.0.2.7", "x-forwarded-for": "203.0.113.1, 203.0.113.2" });
    expect(clientAddress(forged, 0)).toBe("192.0.2.7");
  });

  it("without the server's peer header counts as one fixed key, never X-Forwarded-For", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.1" }), 0)).toBe("unknown");
  });

  it("behind N trusted proxies takes the N-th X-Forwarded-For entry from the right", () => {
    const chain = headers({ [peerHeader]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 198.51.100.4, 10.0.0.1" });
    expect(clientAddress(chain, 1)).toBe("10.0.0.1");
    expect(clientAddress(chain, 2)).toBe("198.51.100.4");
    // Fewer entries than hops: the leftmost, as far as the chain goes.
    expect(clientAddress(chain, 5)).toBe("6.6.6.6");
  });
});

describe("addressKey", () => {
  it("counts IPv6 per /64 and IPv4 (also IPv4-mapped) per address", () => {
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(addressKey("192.0.2.1")).toBe("192.0.2.1");
    expect(addressKey("unknown")).toBe("unknown");
  });
});

describe("the sign-up limit per address", () => {
  it("is not escaped by sending a new X-Forwarded-For with every request", async () => {
    const route = await import("@/app/api/sign-up/route");
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const response = await callRoute(route.POST, {
        method: "POST",
        path: "/api/sign-up",
        headers: { [peerHeader]: "192.0.2.50", "x-forwarded-for": `203.0.113.${i}` },
        body: {
          name: "Sam Signer",
          email: `forged-${i}@test.example`,
          password: "a decent password",
          organizationName: "Sam's Shop",
        },
      });
      statuses.push(response.status);
    }
    // SIGNUP_RATE_LIMIT_PER_HOUR is 10 unless configured.
    expect(statuses).toEqual([...Array<number>(10).fill(202), 429]);
  });
});
