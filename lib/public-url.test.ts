import { afterEach, describe, expect, it, vi } from "vitest";
import { publicOrigin } from "./public-url";

const request = (host: string) => new Headers({ host });

describe("publicOrigin", () => {
  it("uses AUTH_URL whenever it is set, whatever the request says", () => {
    for (const development of [true, false])
      expect(
        publicOrigin({
          configured: "https://subdesk.example/app",
          development,
          requestHeaders: request("localhost:3333"),
        }),
      ).toBe("https://subdesk.example");
  });

  it("in development without AUTH_URL, uses the port the request came in on", () => {
    expect(
      publicOrigin({ configured: undefined, development: true, requestHeaders: request("localhost:3333") }),
    ).toBe("http://localhost:3333");
    expect(
      publicOrigin({ configured: undefined, development: true, requestHeaders: request("127.0.0.1:4100") }),
    ).toBe("http://127.0.0.1:4100");
  });

  it("never takes a foreign Host, nor any Host outside development", () => {
    expect(
      publicOrigin({ configured: undefined, development: true, requestHeaders: request("evil.example") }),
    ).toBe("http://localhost:3000");
    expect(
      publicOrigin({ configured: undefined, development: false, requestHeaders: request("localhost:3333") }),
    ).toBe("http://localhost:3000");
  });

  it("falls back to the default address outside a request (a job)", () => {
    expect(publicOrigin({ configured: undefined, development: true, requestHeaders: null })).toBe(
      "http://localhost:3000",
    );
  });
});

describe("publicUrl", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("builds absolute links on the configured public URL", async () => {
    vi.stubEnv("AUTH_URL", "https://portal.example");
    vi.resetModules();
    const fresh = await import("./public-url");
    expect(await fresh.publicUrl("/verify-email?token=abc")).toBe(
      "https://portal.example/verify-email?token=abc",
    );
  });

  it("in development outside a request falls back instead of failing", async () => {
    vi.stubEnv("AUTH_URL", "");
    vi.stubEnv("NODE_ENV", "development");
    vi.resetModules();
    const fresh = await import("./public-url");
    expect(await fresh.publicUrl("/invitations/t")).toBe("http://localhost:3000/invitations/t");
  });

  it("in development inside a request points at the port the app is served on", async () => {
    vi.stubEnv("AUTH_URL", "");
    vi.stubEnv("NODE_ENV", "development");
    vi.doMock("next/headers", () => ({ headers: async () => new Headers({ host: "localhost:3333" }) }));
    vi.resetModules();
    const fresh = await import("./public-url");
    expect(await fresh.publicUrl("/verify-email?token=abc")).toBe(
      "http://localhost:3333/verify-email?token=abc",
    );
    vi.doUnmock("next/headers");
  });

  it("in test and production builds links on the default address without AUTH_URL", async () => {
    vi.stubEnv("AUTH_URL", "");
    vi.stubEnv("NODE_ENV", "production");
    vi.doMock("next/headers", () => ({ headers: async () => new Headers({ host: "localhost:3333" }) }));
    vi.resetModules();
    const fresh = await import("./public-url");
    expect(await fresh.publicUrl("/sign-in")).toBe("http://localhost:3000/sign-in");
    vi.doUnmock("next/headers");
  });
});
