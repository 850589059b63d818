import "server-only";
import type { z } from "zod";
import type { Transaction } from "@/db/client";
import { memberships } from "@/db/schema";
import { visitorActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { EmailMessage } from "@/lib/email/queue-email";
import { insertOrganization } from "@/lib/organizations/create-organization";
import { insertUser } from "@/lib/users/create-user";
import type { signUpSchema } from "./schemas";
import { newVerificationEmail } from "./verification-email";

/**
 * A signed-up account's rows — the user (email not yet verified), their organization (pending
 * verification) and the owner membership, audited — in the caller's transaction. Answers the
 * verification email to queue with them. `passwordHash` is `data.password`'s, hashed already.
 */
export async function openPendingAccount(
  tx: Transaction,
  data: z.output<typeof signUpSchema>,
  passwordHash: string,
): Promise<EmailMessage> {
  // The visitor holds no permission: this operation makes exactly these writes for them.
  const actor = visitorActor(data.email);
  const user = await insertUser(
    tx,
    actor,
    { email: data.email, name: data.name, password: data.password },
    { emailVerified: false, passwordHash },
  );
  const organization = await insertOrganization(
    tx,
    actor,
    { name: data.organizationName },
    "pending_verification",
  );
  const [membership] = await tx
    .insert(memberships)
    .values({ organizationId: organization.id, userId: user.id, role: "owner" })
    .returning();
  await recordAuditEvent(tx, actor, {
    action: "membership.create",
    objectType: "membership",
    objectId: membership!.id,
    organizationId: organization.id,
    after: membership,
  });
  return newVerificationEmail(tx, user);
}
