import { count } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Transaction } from "@/db/client";
import { getDb } from "@/db/open";
import { auditEvents, authTokens, emailOutbox, memberships, organizations, users } from "@/db/schema";
import type * as QueueEmail from "@/lib/email/queue-email";
import { queueEmail } from "@/lib/email/queue-email";
import { lastEmailTo, makeUser } from "@/lib/testing/factories";
import type * as Password from "@/lib/users/password";
import { hashPassword } from "@/lib/users/password";
import { signUp } from "./sign-up";

// Pass-through spies: the real work still happens, the test only counts it.
vi.mock("@/lib/users/password", async (importOriginal) => {
  const actual = await importOriginal<typeof Password>();
  return { ...actual, hashPassword: vi.fn(actual.hashPassword) };
});
vi.mock("@/lib/email/queue-email", async (importOriginal) => {
  const actual = await importOriginal<typeof QueueEmail>();
  return { ...actual, queueEmail: vi.fn(actual.queueEmail) };
});

let counter = 0;
const input = (email: string) => ({
  name: "Tim Ing",
  email,
  password: "a decent password",
  organizationName: "Timing Shop",
});

const statementKinds = new Set(["select", "insert", "update", "delete", "execute"]);

/** The transaction (and any savepoint in it), counting every statement begun on it. */
function counting(tx: Transaction, statements: string[]): Transaction {
  return new Proxy(tx, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property);
      if (typeof value !== "function") return value;
      if (property === "transaction") {
        return (run: (inner: Transaction) => Promise<unknown>) =>
          target.transaction((inner) => run(counting(inner, statements)));
      }
      if (typeof property === "string" && statementKinds.has(property)) statements.push(property);
      return value.bind(target);
    },
  });
}

/** The costly steps one sign-up takes: password hashes, transactions, statements, queued emails. */
async function costOf(email: string) {
  const db = await getDb();
  const statements: string[] = [];
  const begin = db.transaction.bind(db);
  const transactions = vi
    .spyOn(db, "transaction")
    .mockImplementation((run) => begin((tx) => run(counting(tx, statements))));
  vi.mocked(hashPassword).mockClear();
  vi.mocked(queueEmail).mockClear();
  const answer = await signUp({ input: input(email), clientAddress: `10.7.0.${++counter}` });
  const cost = {
    hashes: vi.mocked(hashPassword).mock.calls.length,
    transactions: transactions.mock.calls.length,
    statements,
    emailsQueued: vi.mocked(queueEmail).mock.calls.length,
  };
  transactions.mockRestore();
  return { answer, cost };
}

afterEach(() => vi.restoreAllMocks());

async function rowCounts() {
  const db = await getDb();
  const rows = async (table: PgTable) => (await db.select({ n: count() }).from(table))[0]!.n;
  return {
    users: await rows(users),
    organizations: await rows(organizations),
    memberships: await rows(memberships),
    tokens: await rows(authTokens),
    auditEvents: await rows(auditEvents),
    emails: await rows(emailOutbox),
  };
}

describe("sign-up with a registered email and with a new one", () => {
  // Timing itself is measured by `npm run bench` (medians of both kinds and their ratio); a
  // test that asserted milliseconds would fail on a busy machine. What makes the two take the
  // same time is that they do the same costly work, and that is what this checks.
  it("answer the same after the same work: one hash, one transaction of the same statements, one email", async () => {
    const registered = await makeUser();
    const known = await costOf(registered.email);
    const fresh = await costOf(`timing-${Date.now()}@test.example`);
    expect(known.answer).toEqual(fresh.answer);
    expect(fresh.cost).toMatchObject({ hashes: 1, transactions: 1, emailsQueued: 1 });
    // The account's rows (user, organization, membership, audit, token), not a lookup alone.
    expect(fresh.cost.statements.filter((kind) => kind === "insert").length).toBeGreaterThanOrEqual(6);
    expect(known.cost).toEqual(fresh.cost);
  });

  it("leave nothing of the registered email's decoy account behind", async () => {
    const registered = await makeUser();
    const before = await rowCounts();
    await costOf(registered.email);
    const after = await rowCounts();
    expect(after).toEqual({ ...before, emails: before.emails + 1 });
    expect((await lastEmailTo(registered.email))?.subject).toMatch(/tried to sign up/);
  });
});
