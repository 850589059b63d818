import type { APIResponse } from "@playwright/test";
import { expect, test } from "../fixtures";

/** The headers every answer carries, whatever produced it. */
const fixedHeaders = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "cross-origin-opener-policy": "same-origin",
  "x-frame-options": "DENY",
};

function expectSecurityHeaders(response: APIResponse, { csp = true } = {}) {
  const headers = response.headers();
  expect(headers).toMatchObject(fixedHeaders);
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("microphone=()");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  if (csp) {
    const policy = headers["content-security-policy"]!;
    for (const directive of [
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "'strict-dynamic'",
    ])
      expect(policy).toContain(directive);
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    // A production build: no eval, even though development needs it.
    expect(policy).not.toContain("unsafe-eval");
  }
  // The e2e server's public URL is http: no HSTS (a https one gets it, see lib/security/proxy.test.ts).
  expect(headers["strict-transport-security"]).toBeUndefined();
}

test("a page carries every security header and a CSP with a fresh nonce", async ({ request }) => {
  const first = await request.get("/sign-in");
  expect(first.status()).toBe(200);
  expectSecurityHeaders(first);
  const second = await request.get("/sign-in");
  expect(second.headers()["content-security-policy"]).not.toBe(first.headers()["content-security-policy"]);
});

test("an authenticated API answer carries them, and is never stored", async ({ api }) => {
  const me = await api("/api/me");
  expect(me.status()).toBe(200);
  expect(me.headers()["content-type"]).toContain("application/json");
  expectSecurityHeaders(me);
  expect(me.headers()["cache-control"]).toBe("no-store");
});

test("a problem+json answer carries them, and is never stored", async ({ api, request }) => {
  for (const problem of [await api("/api/no-such-thing"), await request.get("/api/me")]) {
    expect(problem.headers()["content-type"]).toBe("application/problem+json");
    expectSecurityHeaders(problem);
    expect(problem.headers()["cache-control"]).toBe("no-store");
  }
});

test("the proxy's redirect and Next.js's static files carry them too", async ({ request }) => {
  const redirect = await request.get("/organizations", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectSecurityHeaders(redirect);

  const html = await (await request.get("/sign-in")).text();
  const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
  const asset = await request.get(script);
  expect(asset.status()).toBe(200);
  // Static files skip the proxy (no per-request CSP), but get the fixed headers from next.config.js.
  expectSecurityHeaders(asset, { csp: false });
});
