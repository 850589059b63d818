import { PgTransaction } from "drizzle-orm/pg-core";
import type { Executor } from "./client";

/**
 * Independent reads: at once on the database (each on a pooled connection of its own), one after
 * another in a transaction. A transaction is one connection, which runs one statement at a time:
 * node-postgres queues a second one today and will refuse it from pg 9 on.
 */
export async function readTogether<T extends readonly unknown[]>(
  executor: Executor,
  reads: { [K in keyof T]: () => PromiseLike<T[K]> },
): Promise<T> {
  if (!(executor instanceof PgTransaction)) {
    return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  }
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as unknown as T;
}
