import "server-only";
import { and, isNull, lte } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/open";
import { invitations } from "@/db/schema";
import { now } from "@/lib/clock";
import { defineJob } from "@/lib/jobs/define-job";

/**
 * Deletes invitations that expired without being accepted (withdrawn ones included): nobody
 * can accept or see them any more, and the audit log keeps who invited whom, as what and
 * until when (invitation.create, invitation.revoke). Accepted invitations stay: they record
 * how a member joined.
 */
export async function purgeExpiredInvitations(): Promise<{ deleted: number }> {
  const db = await getDb();
  const deleted = await db
    .delete(invitations)
    .where(and(isNull(invitations.acceptedOn), lte(invitations.expiresOn, now())))
    .returning({ id: invitations.id });
  return { deleted: deleted.length };
}

export const purgeInvitationsJob = defineJob({
  name: "invitations.purge-expired",
  input: z.object({}),
  cron: "27 * * * *",
  run: purgeExpiredInvitations,
});
