import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { getDb } from "@/db/open";
import { organizations } from "@/db/schema";
import { authorize, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { updateVersioned } from "@/lib/change-sequence";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { slugTaken } from "./create-organization";
import { loadVisibleOrganization } from "./get-organization";
import { refuseInternalFieldChanges } from "./internal-field-changes";
import { seesInternalOrganizationFields } from "./internal-fields";
import { organizationColumns } from "./organization-values";
import { presentOrganization } from "./present-organization";
import { updateOrganizationSchema, type OrganizationView } from "./schemas";

/**
 * A full update (PUT semantics) of an organization's fields, guarded by `changeSequence`.
 * Owners and admins edit their own; platform admins edit any. Only platform admins may
 * change the `provider` flag, which decides who publishes to the catalog, and the internal
 * fields (see internal-fields.ts: others may only send back what is stored); only the
 * organization itself grants support access.
 */
export async function updateOrganization({
  actor,
  id,
  input,
}: {
  actor: Actor;
  id: string;
  input: unknown;
}): Promise<OrganizationView> {
  const { changeSequence, ...fields } = parseInput(updateOrganizationSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await loadVisibleOrganization(tx, actor, id);
    authorize(actor, "organization.update", before);
    if (fields.provider !== before.provider && !actor.platformAdmin) {
      throw new AppError("forbidden", "Only platform admins decide which organizations are providers.", {
        invalidFields: [{ name: "provider", reason: "can be changed by platform admins only" }],
      });
    }
    const values = organizationColumns(fields, fields.slug);
    if (!seesInternalOrganizationFields(actor)) refuseInternalFieldChanges(values, before);
    const grantChanged =
      values.supportAccess !== before.supportAccess ||
      (values.supportAccessExpiresAt?.getTime() ?? null) !==
        (before.supportAccessExpiresAt?.getTime() ?? null);
    if (grantChanged && actor.organizationId !== id && actor.kind !== "system") {
      // Support access is the organization's consent; the people it protects from cannot give it.
      throw new AppError("forbidden", "Only the organization's own owners and admins grant support access.", {
        invalidFields: [{ name: "supportAccess", reason: "can be changed by the organization only" }],
      });
    }
    const [clash] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(eq(organizations.slug, fields.slug), ne(organizations.id, id)));
    if (clash) throw slugTaken();
    const after = await updateVersioned(tx, organizations, {
      id,
      changeSequence,
      values,
      what: "organization",
    });
    await recordAuditEvent(tx, actor, {
      action: "organization.update",
      objectType: "organization",
      objectId: id,
      organizationId: id,
      before: presentOrganization(before),
      after: presentOrganization(after),
    });
    return presentOrganization(after);
  });
}
