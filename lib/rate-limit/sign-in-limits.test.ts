import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { advanceClock, setClock } from "@/lib/clock";
import { isAppError } from "@/lib/errors";
import { makeUser, testPassword } from "@/lib/testing/factories";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { limitSignIn } from "./sign-in-limits";

/** What the Auth.js callback does with one attempt: "signed in", "wrong" or "limited <seconds>". */
async function attempt(email: string, password: string, address: string): Promise<string> {
  try {
    const user = await limitSignIn({ email, address }, () => verifyCredentials({ email, password }));
    return user ? "signed in" : "wrong";
  } catch (error) {
    if (isAppError(error) && error.code === "rate_limited") return `limited ${error.headers["Retry-After"]}`;
    throw error;
  }
}

const wrong = "not the password";

async function fail(email: string, address: string, times: number) {
  for (let i = 0; i < times; i++) expect(await attempt(email, wrong, address)).toBe("wrong");
}

beforeEach(() => setClock(new Date("2026-03-01T10:00:00Z")));
afterEach(() => setClock(null));

describe("sign-in limits", () => {
  it("lock an account at one address after ten failures, even for the right password, and nowhere else", async () => {
    const { email } = await makeUser();
    await fail(email, "198.51.100.1", 10);
    expect(await attempt(email, testPassword, "198.51.100.1")).toBe("limited 900");
    expect(await attempt(email, testPassword, "198.51.100.2")).toBe("signed in");
    // Another spelling of the same email is the same account.
    expect(await attempt(email.toUpperCase(), testPassword, "198.51.100.1")).toMatch(/^limited/);
    advanceClock(15 * 60_000);
    expect(await attempt(email, testPassword, "198.51.100.1")).toBe("signed in");
  });

  it("count failures only: a success clears the count for its account and address", async () => {
    const { email } = await makeUser();
    await fail(email, "198.51.100.3", 9);
    expect(await attempt(email, testPassword, "198.51.100.3")).toBe("signed in");
    await fail(email, "198.51.100.3", 10);
    expect(await attempt(email, wrong, "198.51.100.3")).toMatch(/^limited/);
  });

  it("slow down failures from many addresses with growing waits that refuse even the right password", async () => {
    const { email } = await makeUser();
    for (let i = 0; i < 20; i++) await fail(email, `203.0.113.${i}`, 1);
    expect(await attempt(email, testPassword, "203.0.113.100")).toBe("limited 5");
    advanceClock(5_000);
    await fail(email, "203.0.113.101", 1);
    expect(await attempt(email, testPassword, "203.0.113.102")).toBe("limited 10");
    advanceClock(10_000);
    await fail(email, "203.0.113.103", 1);
    expect(await attempt(email, testPassword, "203.0.113.104")).toBe("limited 20");
    advanceClock(20_000);
    expect(await attempt(email, testPassword, "203.0.113.105")).toBe("signed in");
    // The success reset the account's count: the next failure is free again.
    await fail(email, "203.0.113.106", 1);
    expect(await attempt(email, testPassword, "203.0.113.107")).toBe("signed in");
  });

  it("spare the owner's usual address while an attacker elsewhere is locked out", async () => {
    const { email } = await makeUser();
    const home = "192.0.2.10";
    expect(await attempt(email, testPassword, home)).toBe("signed in");
    const attacker = "198.51.100.66";
    await fail(email, attacker, 10);
    for (let i = 0; i < 10; i++) await fail(email, `203.0.113.${i}`, 1);
    // Twenty failures: strangers wait, the attacker's own address is locked for fifteen minutes…
    expect(await attempt(email, testPassword, "192.0.2.99")).toMatch(/^limited/);
    expect(await attempt(email, testPassword, attacker)).toMatch(/^limited/);
    // …and the owner, from where they signed in before, is in at once.
    expect(await attempt(email, testPassword, home)).toBe("signed in");
    expect(await attempt(email, testPassword, attacker)).toMatch(/^limited/);
  });

  it("count a burst of concurrent guesses exactly, so none slips past the limit", async () => {
    const { email } = await makeUser();
    const outcomes = await Promise.all(
      Array.from({ length: 16 }, () => attempt(email, wrong, "198.51.100.9")),
    );
    expect(outcomes.filter((outcome) => outcome === "wrong")).toHaveLength(10);
  });
});
