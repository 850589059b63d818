import { afterEach, describe, expect, it } from "vitest";
import { advanceClock, now, nowMs, setClock } from "./clock";

afterEach(() => setClock(null));

describe("clock", () => {
  it("follows the system clock until a test pins it", () => {
    const before = Date.now();
    expect(nowMs()).toBeGreaterThanOrEqual(before);
    setClock(new Date("2030-01-01T00:00:00Z"));
    expect(now().toISOString()).toBe("2030-01-01T00:00:00.000Z");
  });

  it("moves a pinned clock forward without sleeping", () => {
    setClock(1_000);
    advanceClock(86_400_000);
    expect(nowMs()).toBe(86_401_000);
    setClock(null);
    expect(Math.abs(nowMs() - Date.now())).toBeLessThan(1_000);
  });
});
