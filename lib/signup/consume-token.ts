import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { authTokens, type AuthToken } from "@/db/schema";
import { hashToken } from "@/lib/auth/one-time-token";
import { AppError } from "@/lib/errors";

/**
 * Uses up an emailed token: valid only once, before it expires, for its purpose. The update
 * that marks it used is the check, so two clicks at the same moment cannot both succeed.
 */
export async function consumeToken(
  tx: Executor,
  token: string,
  purpose: AuthToken["purpose"],
): Promise<AuthToken> {
  const [used] = await tx
    .update(authTokens)
    .set({ usedOn: new Date() })
    .where(
      and(
        eq(authTokens.tokenHash, hashToken(token)),
        eq(authTokens.purpose, purpose),
        isNull(authTokens.usedOn),
        gt(authTokens.expiresOn, new Date()),
      ),
    )
    .returning();
  if (!used) {
    throw new AppError("invalid_input", "This link is invalid, expired or already used. Ask for a new one.", {
      invalidFields: [{ name: "token", reason: "is invalid, expired or already used" }],
    });
  }
  return used;
}
