import { afterEach, describe, expect, it, vi } from "vitest";
import packageJson from "../package.json";
import { serverNodeFlags, workerCount } from "./server-cluster";

afterEach(() => vi.unstubAllEnvs());

describe("the server's worker count (--workers / WEB_CONCURRENCY)", () => {
  it("is one unless asked for", () => {
    vi.stubEnv("DATABASE_URL", "postgres://db/subdesk");
    expect(workerCount(undefined, false)).toBe(1);
  });

  it("is what was asked for on PostgreSQL", () => {
    vi.stubEnv("DATABASE_URL", "postgres://db/subdesk");
    expect(workerCount("4", false)).toBe(4);
  });

  it("stays one on the embedded database and in development, saying why", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.stubEnv("DATABASE_URL", "");
    expect(workerCount("2", false)).toBe(1);
    vi.stubEnv("DATABASE_URL", "postgres://db/subdesk");
    expect(workerCount("2", true)).toBe(1);
    expect(warn.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringContaining("the embedded database belongs to one process"),
      expect.stringContaining("the development server belongs to one process"),
    ]);
    warn.mockRestore();
  });

  it.each(["0", "-1", "1.5", "two", "", "65"])("refuses %j", (requested) => {
    vi.stubEnv("DATABASE_URL", "postgres://db/subdesk");
    expect(() => workerCount(requested, false)).toThrow(/whole number from 1 to 64/);
  });
});

describe("the production server's Node flags", () => {
  it("are the ones `npm start` passes", () => {
    for (const flag of serverNodeFlags) expect(packageJson.scripts.start).toContain(`tsx ${flag} `);
  });
});
