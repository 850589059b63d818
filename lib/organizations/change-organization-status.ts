import "server-only";
import { getDb } from "@/db/open";
import { organizations } from "@/db/schema";
import { authorize, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { updateVersioned } from "@/lib/change-sequence";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { loadVisibleOrganization } from "./get-organization";
import { presentOrganization } from "./present-organization";
import { statusChangeSchema, type OrganizationView } from "./schemas";

const verbs = { active: "reactivate", suspended: "suspend", closed: "close" } as const;

/**
 * Platform admins suspend, reactivate or close an organization, always with a reason.
 * Suspended members can still sign in but not change subscriptions; closed organizations'
 * API keys stop working. A closed organization stays closed.
 */
/** Closes an organization at its current version: the API's DELETE, which keeps the records. */
export async function closeOrganization({ actor, id, reason }: { actor: Actor; id: string; reason: string }) {
  const db = await getDb();
  const current = await loadVisibleOrganization(db, actor, id);
  if (current.organizationStatus === "closed") return presentOrganization(current);
  return changeOrganizationStatus({
    actor,
    id,
    input: { status: "closed", reason, changeSequence: current.changeSequence },
  });
}

export async function changeOrganizationStatus({
  actor,
  id,
  input,
}: {
  actor: Actor;
  id: string;
  input: unknown;
}): Promise<OrganizationView> {
  authorize(actor, "platform.organizations.manage");
  const { status, reason, changeSequence } = parseInput(statusChangeSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await loadVisibleOrganization(tx, actor, id);
    if (before.organizationStatus === "closed") {
      throw new AppError("conflict", "A closed organization cannot change status.", {
        invalidFields: [{ name: "status", reason: "the organization is closed" }],
      });
    }
    const after = await updateVersioned(tx, organizations, {
      id,
      changeSequence,
      values: { organizationStatus: status, statusReason: reason },
      what: "organization",
    });
    await recordAuditEvent(tx, actor, {
      action: `organization.${verbs[status]}`,
      objectType: "organization",
      objectId: id,
      organizationId: id,
      before: { organizationStatus: before.organizationStatus, statusReason: before.statusReason },
      after: { organizationStatus: status, statusReason: reason },
    });
    return presentOrganization(after);
  });
}
