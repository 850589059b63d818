import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { organizationContacts, type OrganizationContact } from "@/db/schema";
import { authorize, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { contactSchema, type ContactView } from "./contact-schemas";
import { loadVisibleOrganization } from "./get-organization";

const present = (c: OrganizationContact): ContactView => ({
  id: c.id,
  name: c.name,
  email: c.email,
  phone: c.phone,
  isDefault: c.isDefault,
  changeSequence: c.changeSequence,
});

export async function listContacts({
  actor,
  organizationId,
}: {
  actor: Actor;
  organizationId: string;
}): Promise<ContactView[]> {
  const db = await getDb();
  await loadVisibleOrganization(db, actor, organizationId);
  const rows = await db
    .select()
    .from(organizationContacts)
    .where(eq(organizationContacts.organizationId, organizationId))
    .orderBy(desc(organizationContacts.isDefault), asc(organizationContacts.name));
  return rows.map(present);
}

/** Makes one contact the default: the others step down first (a unique index allows one). */
async function clearDefault(tx: Executor, organizationId: string) {
  await tx
    .update(organizationContacts)
    .set({ isDefault: false })
    .where(
      and(eq(organizationContacts.organizationId, organizationId), eq(organizationContacts.isDefault, true)),
    );
}

/** Adds a contact, or replaces one when `contactId` is given. The first contact is the default. */
export async function saveContact({
  actor,
  organizationId,
  contactId,
  input,
}: {
  actor: Actor;
  organizationId: string;
  contactId?: string;
  input: unknown;
}): Promise<ContactView> {
  const data = parseInput(contactSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    authorize(actor, "organization.update", await loadVisibleOrganization(tx, actor, organizationId));
    const existing = await tx
      .select()
      .from(organizationContacts)
      .where(eq(organizationContacts.organizationId, organizationId));
    const before = contactId ? existing.find((c) => c.id === contactId) : undefined;
    if (contactId && !before) throw notFound("contact");
    const isDefault = data.isDefault || existing.length === 0 || (before?.isDefault ?? false);
    if (isDefault) await clearDefault(tx, organizationId);
    const values = { name: data.name, email: data.email, phone: data.phone ?? null, isDefault };
    const [row] = before
      ? await tx
          .update(organizationContacts)
          .set({ ...values, updatedOn: new Date(), changeSequence: before.changeSequence + 1 })
          .where(eq(organizationContacts.id, before.id))
          .returning()
      : await tx
          .insert(organizationContacts)
          .values({ ...values, organizationId })
          .returning();
    await recordAuditEvent(tx, actor, {
      action: before ? "contact.update" : "contact.create",
      objectType: "contact",
      objectId: row!.id,
      organizationId,
      before: before ? present(before) : null,
      after: present(row!),
    });
    return present(row!);
  });
}

/** Deletes a contact; if it was the default, the next one by name becomes the default. */
export async function deleteContact({
  actor,
  organizationId,
  contactId,
}: {
  actor: Actor;
  organizationId: string;
  contactId: string;
}): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    authorize(actor, "organization.update", await loadVisibleOrganization(tx, actor, organizationId));
    const [deleted] = await tx
      .delete(organizationContacts)
      .where(
        and(eq(organizationContacts.id, contactId), eq(organizationContacts.organizationId, organizationId)),
      )
      .returning();
    if (!deleted) throw notFound("contact");
    if (deleted.isDefault) {
      const [next] = await tx
        .select()
        .from(organizationContacts)
        .where(eq(organizationContacts.organizationId, organizationId))
        .orderBy(asc(organizationContacts.name))
        .limit(1);
      if (next)
        await tx
          .update(organizationContacts)
          .set({ isDefault: true })
          .where(eq(organizationContacts.id, next.id));
    }
    await recordAuditEvent(tx, actor, {
      action: "contact.delete",
      objectType: "contact",
      objectId: contactId,
      organizationId,
      before: present(deleted),
    });
  });
}
