import "server-only";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import type { Organization } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";

export function supportAccessOpen(
  organization: Pick<Organization, "supportAccess" | "supportAccessExpiresAt">,
  now = new Date(),
) {
  return (
    organization.supportAccess &&
    (organization.supportAccessExpiresAt === null || organization.supportAccessExpiresAt > now)
  );
}

/**
 * A platform admin opening another organization's data (its keys, its audit trail, later its
 * subscriptions) may do so only while that organization grants support access; every such
 * opening is audited. Operators at the command line (the system actor) are not asked.
 */
export async function assertSupportAccess(
  actor: Actor,
  organization: Organization,
  purpose: string,
  executor?: Executor,
): Promise<void> {
  const organizationId = organization.id;
  if (actor.kind === "system" || actor.organizationId === organizationId) return;
  const db = executor ?? (await getDb());
  if (!supportAccessOpen(organization)) {
    throw new AppError(
      "forbidden",
      `${organization.name} has not granted support access, or its grant has expired. Ask its owner to grant it.`,
    );
  }
  await recordAuditEvent(db, actor, {
    action: "support.access",
    objectType: "organization",
    objectId: organizationId,
    organizationId,
    after: { purpose },
  });
}
