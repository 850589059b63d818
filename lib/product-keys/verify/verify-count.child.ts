/**
 * A second app process for verify-concurrency.test.ts: opens the database named by
 * DATABASE_URL and says "ready". Each line `<provider organization id> <key> <calls>` on stdin
 * then verifies the key that many times at once, as that provider, and answers how many passed.
 */
import { createInterface } from "node:readline";
import { openDatabase } from "@/db/open";
import type { Actor } from "@/lib/auth/actor";
import { verifyProductKey } from "./verify-product-key";

const handle = await openDatabase();
process.stdout.write("ready\n");
for await (const line of createInterface({ input: process.stdin })) {
  const [organizationId = "", key = "", calls = "0"] = line.split(" ");
  const actor: Actor = {
    kind: "api_key",
    userId: null,
    apiKeyId: null,
    label: "second process",
    platformAdmin: false,
    organizationId,
    role: "admin",
    organizationStatus: "active",
    emailVerified: true,
    correlationId: null,
  };
  const results = await Promise.all(
    Array.from({ length: Number(calls) }, () => verifyProductKey({ actor, input: { key } })),
  );
  process.stdout.write(`${results.filter((result) => result.valid).length}\n`);
}
await handle.close();
