import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users, type Organization } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { sendInvitation } from "@/lib/members/invite-member";
import { limitInvitation } from "@/lib/rate-limit";
import { openAccountWithoutPassword } from "@/lib/users/create-user";
import { invalidField } from "./key-references";

/**
 * The key's owner account. An `owner` id must name the account with the owner's email. An
 * email without an account gets one on the fly (Revenium's rule), without a password, and an
 * invitation to the owner organization: accepting it sets the password and proves the email.
 * Answers the queued emails, to deliver after the commit.
 */
export async function resolveKeyOwner(
  tx: Executor,
  actor: Actor,
  {
    owner,
    email,
    firstName,
    lastName,
    organization,
  }: { owner?: string; email: string; firstName: string; lastName: string; organization: Organization },
): Promise<{ ownerUserId: string; emailIds: string[] }> {
  const [account] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (owner && account?.id !== owner) {
    throw invalidField(
      "owner",
      "must be the account of the owner's email",
      "The owner is not the account of this email.",
    );
  }
  if (account) return { ownerUserId: account.id, emailIds: [] };
  await limitInvitation(tx, { actor, organizationId: organization.id, email });
  const user = await openAccountWithoutPassword(tx, actor, {
    email,
    name: `${firstName} ${lastName}`.slice(0, 120),
  });
  const { emailId } = await sendInvitation(tx, actor, {
    organizationId: organization.id,
    organizationName: organization.name,
    email,
    role: "member",
  });
  return { ownerUserId: user.id, emailIds: [emailId] };
}
