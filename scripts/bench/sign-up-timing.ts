/**
 * Sign-up with a registered email against sign-up with a new one, through the route handler.
 * The two answers are identical, so their times must be too: a gap lets anyone probe which
 * addresses have accounts. Requests alternate between the two kinds so drift hits both alike;
 * medians, because one slow garbage collection should not move the figure.
 */
import { randomUUID } from "node:crypto";
import * as signUpRoute from "@/app/api/sign-up/route";
import { getDb } from "@/db/open";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/users/password";

const context = { params: Promise.resolve({}) };

function signUpRequest(email: string, index: number): Request {
  return new Request("http://localhost/api/sign-up", {
    method: "POST",
    // A fresh address per request keeps the per-address limit out of the measurement.
    headers: { "content-type": "application/json", "x-forwarded-for": `10.9.${index >> 8}.${index & 255}` },
    body: JSON.stringify({
      name: "Bench Signer",
      email,
      password: "a decent password",
      organizationName: "Bench",
    }),
  });
}

async function timed(email: string, index: number): Promise<number> {
  const started = performance.now();
  const response = await signUpRoute.POST(signUpRequest(email, index), context);
  await response.text();
  if (response.status !== 202) throw new Error(`sign-up answered ${response.status}`);
  return performance.now() - started;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

export async function signUpTiming(rounds: number) {
  // Registered accounts inserted directly (one hash for all): each email is used once, so
  // the per-email limit never answers for the sign-up being measured.
  const passwordHash = await hashPassword("a decent password");
  const known = Array.from({ length: rounds + 10 }, () => `known-${randomUUID()}@bench.example`);
  const db = await getDb();
  await db.insert(users).values(known.map((email) => ({ email, name: "Known", passwordHash })));
  const fresh = () => `new-${randomUUID()}@bench.example`;
  for (let i = 0; i < 10; i++) {
    await timed(known[rounds + i]!, 60_000 + 2 * i);
    await timed(fresh(), 60_001 + 2 * i); // warm-up
  }
  const knownMs: number[] = [];
  const unknownMs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // Alternate which kind goes first, so neither always follows the other.
    const pair =
      i % 2 === 0
        ? [await timed(known[i]!, 2 * i), await timed(fresh(), 2 * i + 1)]
        : [await timed(fresh(), 2 * i + 1), await timed(known[i]!, 2 * i)].reverse();
    knownMs.push(pair[0]!);
    unknownMs.push(pair[1]!);
  }
  return { rounds, knownMs: median(knownMs), unknownMs: median(unknownMs) };
}
