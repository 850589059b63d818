import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "./content-security-policy";

const directives = (policy: string) =>
  new Map(
    policy.split("; ").map((directive) => {
      const [name, ...values] = directive.split(" ");
      return [name!, values];
    }),
  );

describe("the content security policy", () => {
  const production = directives(
    contentSecurityPolicy({ nonce: "abc123==", development: false, https: true }),
  );

  it("runs only scripts with this response's nonce, and what they load", () => {
    expect(production.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
  });

  it("forbids framing, plugins, foreign base URLs and foreign form targets", () => {
    expect(production.get("frame-ancestors")).toEqual(["'none'"]);
    expect(production.get("object-src")).toEqual(["'none'"]);
    expect(production.get("base-uri")).toEqual(["'self'"]);
    expect(production.get("form-action")).toEqual(["'self'"]);
    expect(production.get("default-src")).toEqual(["'self'"]);
  });

  it("allows eval in development only, for React's dev tooling", () => {
    const development = directives(contentSecurityPolicy({ nonce: "n", development: true, https: false }));
    expect(development.get("script-src")).toContain("'unsafe-eval'");
    expect(production.get("script-src")).not.toContain("'unsafe-eval'");
  });

  it("upgrades stray http requests only when the app is served over https", () => {
    expect(production.has("upgrade-insecure-requests")).toBe(true);
    const http = directives(contentSecurityPolicy({ nonce: "n", development: false, https: false }));
    expect(http.has("upgrade-insecure-requests")).toBe(false);
  });
});

describe("nonces", () => {
  it("are 128 random bits, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
