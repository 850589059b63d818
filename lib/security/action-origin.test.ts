import { describe, expect, it } from "vitest";
import { actionOriginAllowed, expectedActionOrigin, mayRunServerAction } from "./action-origin";

const request = (headers: Record<string, string>) => new Headers(headers);
const publicUrl = "https://subdesk.example/";

describe("requests that may run a server action", () => {
  it("are fetches with Next-Action on any path and any POST to a page", () => {
    expect(mayRunServerAction("POST", "/settings", request({ "next-action": "7f00" }))).toBe(true);
    expect(mayRunServerAction("POST", "/explore/x.png", request({ "next-action": "7f00" }))).toBe(true);
    // A form posted before JavaScript has loaded carries the action in its body, not a header.
    expect(mayRunServerAction("POST", "/sign-out", request({ "content-type": "multipart/form-data" }))).toBe(
      true,
    );
  });

  it("are not page reads or REST calls", () => {
    expect(mayRunServerAction("GET", "/settings", request({}))).toBe(false);
    expect(mayRunServerAction("POST", "/api/organizations", request({}))).toBe(false);
    expect(mayRunServerAction("POST", "/api/auth/callback/credentials", request({}))).toBe(false);
    expect(mayRunServerAction("POST", "/api-reference", request({}))).toBe(true);
  });
});

describe("with a configured public URL", () => {
  it("accepts exactly its origin", () => {
    expect(
      actionOriginAllowed(request({ origin: "https://subdesk.example", host: "10.0.0.5" }), publicUrl),
    ).toBe(true);
  });

  it("refuses no Origin, another scheme, another host, and a forged X-Forwarded-Host", () => {
    const host = "subdesk.example";
    expect(actionOriginAllowed(request({ host }), publicUrl)).toBe(false);
    expect(actionOriginAllowed(request({ host, origin: "http://subdesk.example" }), publicUrl)).toBe(false);
    expect(actionOriginAllowed(request({ host, origin: "null" }), publicUrl)).toBe(false);
    expect(
      actionOriginAllowed(
        request({ host, origin: "https://evil.example", "x-forwarded-host": "evil.example" }),
        publicUrl,
      ),
    ).toBe(false);
  });
});

describe("without a public URL (npm run dev)", () => {
  it("accepts the local server's own origin from Host", () => {
    const headers = request({ host: "localhost:3000", origin: "http://localhost:3000" });
    expect(expectedActionOrigin(headers, undefined)).toBe("http://localhost:3000");
    expect(actionOriginAllowed(headers, undefined)).toBe(true);
  });

  it("ignores X-Forwarded-Host and refuses any host that is not local", () => {
    expect(
      actionOriginAllowed(
        request({
          host: "localhost:3000",
          origin: "http://evil.example",
          "x-forwarded-host": "evil.example",
        }),
        undefined,
      ),
    ).toBe(false);
    expect(
      actionOriginAllowed(request({ host: "evil.example", origin: "http://evil.example" }), undefined),
    ).toBe(false);
    expect(actionOriginAllowed(request({ origin: "http://localhost:3000" }), undefined)).toBe(false);
  });
});
