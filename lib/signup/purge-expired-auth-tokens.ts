import "server-only";
import { lte } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/open";
import { authTokens } from "@/db/schema";
import { now } from "@/lib/clock";
import { defineJob } from "@/lib/jobs/define-job";

/**
 * Deletes verification and password-reset tokens past their expiry, used or not: an expired
 * token can do nothing (consumeToken refuses it with the same answer as an unknown one), and
 * what it did is in the audit log (user.verify_email, user.reset_password), not in this row.
 */
export async function purgeExpiredAuthTokens(): Promise<{ deleted: number }> {
  const db = await getDb();
  const deleted = await db
    .delete(authTokens)
    .where(lte(authTokens.expiresOn, now()))
    .returning({ id: authTokens.id });
  return { deleted: deleted.length };
}

export const purgeAuthTokensJob = defineJob({
  name: "auth-tokens.purge-expired",
  input: z.object({}),
  cron: "17 * * * *",
  run: purgeExpiredAuthTokens,
});
