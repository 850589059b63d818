import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { advanceClock, setClock } from "@/lib/clock";
import { isAppError } from "@/lib/errors";
import { consume, enforce } from "./consume";
import { purgeExpiredRateLimits } from "./counter-store";
import type { BackoffPolicy, WindowPolicy } from "./policies";

const threePerMinute: WindowPolicy = { kind: "window", bucket: "test:window", limit: 3, windowMs: 60_000 };
const backoff: BackoffPolicy = {
  kind: "backoff",
  bucket: "test:backoff",
  freeAttempts: 2,
  firstDelayMs: 1_000,
  maxDelayMs: 4_000,
  forgetAfterMs: 60_000,
};

beforeEach(() => setClock(new Date("2026-03-01T10:00:00Z")));
afterEach(() => setClock(null));

describe("window policy", () => {
  it("allows the limit per key and window, then refuses until the window is over", async () => {
    const verdicts = [];
    for (let i = 0; i < 3; i++) verdicts.push(await consume(threePerMinute, "a"));
    expect(verdicts.map((v) => [v.allowed, v.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
    ]);
    advanceClock(15_000);
    expect(await consume(threePerMinute, "a")).toMatchObject({ allowed: false, retryAfterSeconds: 45 });
    expect((await consume(threePerMinute, "b")).allowed).toBe(true);
    advanceClock(45_000);
    expect(await consume(threePerMinute, "a")).toMatchObject({ allowed: true, remaining: 2 });
  });

  it("counts concurrent attempts exactly: never more allowed than the limit", async () => {
    const verdicts = await Promise.all(Array.from({ length: 12 }, () => consume(threePerMinute, "burst")));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(3);
  });

  it("enforce throws 429 with Retry-After at the first policy that refuses", async () => {
    for (let i = 0; i < 3; i++) await enforce([[threePerMinute, "c"]]);
    const error: unknown = await enforce([[threePerMinute, "c"]]).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("rate_limited");
    expect(isAppError(error) && error.headers["Retry-After"]).toBe("60");
  });
});

describe("backoff policy", () => {
  it("lets the free attempts through, then waits twice as long before each further one, up to the cap", async () => {
    expect((await consume(backoff, "k")).allowed).toBe(true);
    expect((await consume(backoff, "k")).allowed).toBe(true);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const refused = await consume(backoff, "k");
      expect(refused.allowed).toBe(false);
      waits.push(refused.retryAfterSeconds);
      advanceClock(refused.retryAfterSeconds * 1000 - 1);
      expect((await consume(backoff, "k")).allowed).toBe(false);
      advanceClock(1);
      expect((await consume(backoff, "k")).allowed).toBe(true);
    }
    expect(waits).toEqual([1, 2, 4, 4]);
  });

  it("forgets the count once no attempt came for the forgetting time", async () => {
    await consume(backoff, "f");
    await consume(backoff, "f");
    expect((await consume(backoff, "f")).allowed).toBe(false);
    advanceClock(60_000);
    expect((await consume(backoff, "f")).allowed).toBe(true);
    expect((await consume(backoff, "f")).allowed).toBe(true);
  });
});

describe("purgeExpiredRateLimits", () => {
  it("removes finished windows and keeps running ones", async () => {
    advanceClock(24 * 60 * 60_000);
    await purgeExpiredRateLimits(); // what earlier tests left behind
    await consume(threePerMinute, "old");
    advanceClock(30_000);
    await consume(threePerMinute, "new");
    advanceClock(30_000);
    expect(await purgeExpiredRateLimits()).toBe(1);
    expect(await consume(threePerMinute, "new")).toMatchObject({ remaining: 1 });
  });
});
