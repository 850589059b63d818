import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/open";
import { organizationImages, organizations } from "@/db/schema";
import { authorize, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation";
import { loadVisibleOrganization } from "./get-organization";

export const maxImageBytes = 512 * 1024;

/** The formats a logo may have, known by their first bytes — never by the name or the claim. */
const signatures: { type: string; matches: (b: Buffer) => boolean }[] = [
  {
    type: "image/png",
    matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { type: "image/jpeg", matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: "image/gif", matches: (b) => b.subarray(0, 4).toString("latin1") === "GIF8" },
  {
    type: "image/webp",
    matches: (b) =>
      b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
  },
];

const invalidImage = (reason: string) =>
  new AppError("invalid_input", `The logo ${reason}.`, { invalidFields: [{ name: "image", reason }] });

/** Checks size and format; SVG is refused because it can carry script. */
export function detectImageType(bytes: Buffer): string {
  if (bytes.length === 0) throw invalidImage("is empty");
  if (bytes.length > maxImageBytes) throw invalidImage(`must be at most ${maxImageBytes / 1024} KB`);
  const match = signatures.find((s) => s.matches(bytes));
  if (!match) throw invalidImage("must be a PNG, JPEG, GIF or WebP image");
  return match.type;
}

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
    await loadVisibleOrganization(tx, actor, organizationId);
    authorize(actor, "organization.update");
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
