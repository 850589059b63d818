import "server-only";
import { randomUUID } from "node:crypto";
import { eq, is, TransactionRollbackError } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { getDb } from "@/db/open";
import { users } from "@/db/schema";
import { deliverEmails } from "@/lib/email/deliver-emails";
import { queueEmail } from "@/lib/email/queue-email";
import { emails } from "@/lib/email/templates";
import { publicUrl } from "@/lib/public-url";
import { limitSignUp } from "@/lib/rate-limit";
import { hashPassword } from "@/lib/users/password";
import { parseInput } from "@/lib/validation";
import { openPendingAccount } from "./open-pending-account";
import { signUpSchema, type SignUpResult } from "./schemas";

const answer: SignUpResult = {
  status: "verification_sent",
  detail:
    "If this email can be used, a verification link is on its way. Follow it to activate your organization.",
};

/**
 * Self-service sign-up: the user, their organization (pending verification) and their owner
 * membership, in one transaction with the verification email. An email that already has an
 * account gets the same answer — its owner is mailed instead — so nobody can probe which
 * addresses are registered, neither by the answer nor by its time: both kinds do the same
 * work (one password hash, the same statements in one transaction, one queued email).
 * `scripts/bench.ts` measures the two side by side.
 */
export async function signUp({
  input,
  clientAddress,
}: {
  input: unknown;
  clientAddress: string;
}): Promise<SignUpResult> {
  const data = parseInput(signUpSchema, input);
  await limitSignUp(clientAddress, data.email);
  // Hashed before the email is looked up: the hash is most of a sign-up's time, and skipping
  // it for a registered email would tell anyone with a stopwatch that the email has an account.
  const passwordHash = await hashPassword(data.password);
  const db = await getDb();
  const queued = await db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, data.email));
    // A registered email opens a decoy account and throws it away: see inSavepoint.
    const verification = await inSavepoint(tx, { keep: !existing }, (savepoint) =>
      openPendingAccount(savepoint, existing ? { ...data, email: decoyEmail() } : data, passwordHash),
    );
    const message = existing
      ? emails.signUpWithKnownEmail(
          data.email,
          await publicUrl("/sign-in"),
          await publicUrl("/forgot-password"),
        )
      : verification;
    return [await queueEmail(tx, message)];
  });
  await deliverEmails(queued);
  return answer;
}

/** An address nobody can own (.invalid is reserved), for the decoy account. */
const decoyEmail = () => `decoy-${randomUUID()}@sign-up.invalid`;

/**
 * Runs `work` in a savepoint, then keeps it or rolls it back. Both kinds of sign-up open an
 * account this way — the real one kept, a decoy for a registered email discarded — so both
 * run the same statements: after the hash, the account's rows are most of a sign-up's time,
 * and skipping them for a registered email would tell which emails have accounts.
 */
async function inSavepoint<T>(
  tx: Transaction,
  { keep }: { keep: boolean },
  work: (savepoint: Transaction) => Promise<T>,
): Promise<T> {
  let result: T | undefined;
  try {
    await tx.transaction(async (savepoint) => {
      result = await work(savepoint);
      if (!keep) savepoint.rollback();
    });
  } catch (error) {
    // `is`, not instanceof: the production build can hold more than one copy of drizzle's
    // classes (one per server bundle), and the rollback may come from the other one.
    if (!is(error, TransactionRollbackError)) throw error;
  }
  return result as T;
}
