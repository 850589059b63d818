import { PgTransaction } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import type { Executor } from "./client";
import { readTogether } from "./read-together";

/** Two reads that log their start and that the test finishes by hand. */
function heldReads() {
  const started: string[] = [];
  const finish: Record<string, (value: string) => void> = {};
  const read = (name: string) => () => {
    started.push(name);
    return new Promise<string>((resolve) => (finish[name] = resolve));
  };
  return { started, finish, reads: [read("first"), read("second")] as const };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("readTogether", () => {
  it("starts every read at once on the database", async () => {
    const { started, finish, reads } = heldReads();
    const together = readTogether({} as Executor, reads);
    expect(started).toEqual(["first", "second"]);
    finish.second!("second");
    finish.first!("first");
    expect(await together).toEqual(["first", "second"]);
  });

  it("runs them one after another in a transaction, which is one connection", async () => {
    const { started, finish, reads } = heldReads();
    const transaction = Object.create(PgTransaction.prototype) as Executor;
    const together = readTogether(transaction, reads);
    await settle();
    expect(started).toEqual(["first"]);
    finish.first!("first");
    await settle();
    expect(started).toEqual(["first", "second"]);
    finish.second!("second");
    expect(await together).toEqual(["first", "second"]);
  });
});
