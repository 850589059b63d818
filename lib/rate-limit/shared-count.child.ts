/**
 * A second app process for shared-count.test.ts: opens the database named by DATABASE_URL
 * (or DATA_DIR) and says "ready". Each line `<key> <attempts>` on stdin then counts that many
 * concurrent attempts against the policy given as JSON and answers how many were allowed.
 */
import { createInterface } from "node:readline";
import { openDatabase } from "@/db/open";
import { consume } from "./consume";
import type { WindowPolicy } from "./policies";

const policy = JSON.parse(process.argv[2] ?? "") as WindowPolicy;
const handle = await openDatabase();
process.stdout.write("ready\n");
for await (const line of createInterface({ input: process.stdin })) {
  const [key = "", attempts = "0"] = line.split(" ");
  const verdicts = await Promise.all(Array.from({ length: Number(attempts) }, () => consume(policy, key)));
  process.stdout.write(`${verdicts.filter((verdict) => verdict.allowed).length}\n`);
}
await handle.close();
