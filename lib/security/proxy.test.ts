import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";
import type * as PublicOrigin from "./public-origin";

// The public URL is read per request, so each test can pick http or https.
const publicUrl = vi.hoisted((): { value: string | undefined } => ({ value: "http://localhost:3100" }));
vi.mock("@/lib/security/public-origin", async (importOriginal) => ({
  ...(await importOriginal<typeof PublicOrigin>()),
  configuredPublicUrl: () => publicUrl.value,
  servedOverHttps: () => publicUrl.value?.startsWith("https:") ?? false,
}));

afterEach(() => {
  publicUrl.value = "http://localhost:3100";
});

const call = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  proxy(new NextRequest(new URL(path, "http://localhost:3100"), init));

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

describe("the proxy", () => {
  it("hands the page the same nonce it announces in the CSP, fresh for each request", () => {
    const first = call("/sign-in");
    const nonce = nonceOf(first.headers.get("content-security-policy"));
    expect(nonce).toBeDefined();
    // NextResponse.next passes request headers on to the page as x-middleware-request-*.
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(nonceOf(first.headers.get("x-middleware-request-content-security-policy"))).toBe(nonce);
    const second = call("/sign-in");
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonce);
  });

  it("sets the CSP on its own redirects too, and sends HSTS only for an https public URL", () => {
    const redirect = call("/organizations");
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(redirect.headers.get("strict-transport-security")).toBeNull();
    publicUrl.value = "https://subdesk.example";
    const secure = call("/api/health");
    expect(secure.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(secure.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("refuses an action without Origin or from a forged host with 403 problem+json", () => {
    const action = { "next-action": "7f3a", cookie: "authjs.session-token=x" };
    const cases = [action, { ...action, origin: "http://evil.example", "x-forwarded-host": "evil.example" }];
    for (const headers of cases) {
      const refused = call("/settings", { method: "POST", headers });
      expect(refused.status).toBe(403);
      expect(refused.headers.get("content-type")).toBe("application/problem+json");
      expect(refused.headers.get("content-security-policy")).toContain("default-src 'self'");
    }
    const allowed = call("/settings", {
      method: "POST",
      headers: { ...action, origin: "http://localhost:3100" },
    });
    expect(allowed.status).toBe(200);
  });

  it("lets a visitor reach exactly the landing page at /, and sends the dashboard to sign in", () => {
    expect(call("/").status).toBe(200);
    const dashboard = call("/dashboard");
    expect(dashboard.status).toBe(307);
    expect(new URL(dashboard.headers.get("location")!).searchParams.get("callbackUrl")).toBe("/dashboard");
    expect(call("/organizations?x=/").status).toBe(307);
  });
});
