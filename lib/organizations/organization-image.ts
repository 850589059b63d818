import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/open";
import { organizationImages, organizations } from "@/db/schema";
import { authorize, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { notFound } from "@/lib/errors";
import { detectImageType } from "@/lib/images";
import { isUuid } from "@/lib/validation";
import { loadVisibleOrganization } from "./get-organization";

export async function setOrganizationImage({
  actor,
  organizationId,
  bytes,
}: {
  actor: Actor;
  organizationId: string;
  bytes: Buffer;
}): Promise<{ contentType: string }> {
  const contentType = detectImageType(bytes);
  const db = await getDb();
  await db.transaction(async (tx) => {
    authorize(actor, "organization.update", await loadVisibleOrganization(tx, actor, organizationId));
    await tx
      .insert(organizationImages)
      .values({ organizationId, contentType, data: bytes })
      .onConflictDoUpdate({
        target: organizationImages.organizationId,
        set: { contentType, data: bytes, updatedOn: new Date() },
      });
    // The logo is not one of the form's fields, so it does not bump changeSequence.
    await tx
      .update(organizations)
      .set({ hasImage: true, updatedOn: new Date() })
      .where(eq(organizations.id, organizationId));
    await recordAuditEvent(tx, actor, {
      action: "organization.set_image",
      objectType: "organization",
      objectId: organizationId,
      organizationId,
      after: { contentType, bytes: bytes.length },
    });
  });
  return { contentType };
}

/** The logo, for the organization's own people, platform admins, or anyone if it is public. */
export async function getOrganizationImage({
  actor,
  organizationId,
}: {
  actor: Actor | null;
  organizationId: string;
}): Promise<{ contentType: string; data: Buffer; updatedOn: Date }> {
  if (!isUuid(organizationId)) throw notFound("image");
  const db = await getDb();
  const [row] = await db
    .select({ image: organizationImages, publicAccess: organizations.publicAccess })
    .from(organizationImages)
    .innerJoin(organizations, eq(organizations.id, organizationImages.organizationId))
    .where(eq(organizationImages.organizationId, organizationId));
  if (!row) throw notFound("image");
  if (!row.publicAccess) {
    if (!actor) throw notFound("image");
    await loadVisibleOrganization(db, actor, organizationId);
  }
  return { contentType: row.image.contentType, data: row.image.data, updatedOn: row.image.updatedOn };
}
