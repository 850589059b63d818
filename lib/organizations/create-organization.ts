import "server-only";
import { randomBytes } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { organizations, type Organization, type OrganizationStatus } from "@/db/schema";
import { authorize, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { defaultInternalColumns, refuseInternalFieldChanges } from "./internal-field-changes";
import { seesInternalOrganizationFields } from "./internal-fields";
import { organizationColumns, slugify } from "./organization-values";
import { presentOrganization } from "./present-organization";
import { createOrganizationSchema, type CreateOrganizationInput, type OrganizationView } from "./schemas";

export const slugTaken = () =>
  new AppError("conflict", "Another organization already uses this slug.", {
    invalidFields: [{ name: "slug", reason: "is already taken" }],
  });

/** How many numbered candidates ("acme-2" … "acme-10") are tried before a random suffix. */
const numberedCandidates = 10;

/**
 * A slug nobody uses yet, derived from the name: "acme", then "acme-2" … "acme-10", then
 * "acme-" and six random hex digits. Candidates are checked by equality on the unique index,
 * so the cost does not grow with how many slugs start the same way.
 */
async function freeSlugFor(tx: Executor, name: string): Promise<string> {
  const base = slugify(name);
  const candidates = [base, ...Array.from({ length: numberedCandidates - 1 }, (_, i) => `${base}-${i + 2}`)];
  const taken = new Set(
    (
      await tx
        .select({ slug: organizations.slug })
        .from(organizations)
        .where(inArray(organizations.slug, candidates))
    ).map((row) => row.slug),
  );
  const free = candidates.find((slug) => !taken.has(slug));
  if (free) return free;
  for (;;) {
    const slug = `${base}-${randomBytes(3).toString("hex")}`;
    const [existing] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.slug, slug));
    if (!existing) return slug;
  }
}

/**
 * Inserts an organization inside the caller's transaction, audited. An explicit slug that is
 * taken is an error; a derived one steps aside ("acme-2").
 */
export async function insertOrganization(
  tx: Executor,
  actor: Actor,
  input: CreateOrganizationInput,
  status: OrganizationStatus = "active",
): Promise<Organization> {
  const fields = createOrganizationSchema.parse(input);
  let slug = fields.slug;
  if (slug) {
    const [existing] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.slug, slug));
    if (existing) throw slugTaken();
  } else {
    slug = await freeSlugFor(tx, fields.name);
  }
  const columns = organizationColumns(fields, slug);
  // Sign-up creates organizations for visitors: whatever reaches here, they start with none of
  // the platform's internal fields set.
  if (!seesInternalOrganizationFields(actor)) refuseInternalFieldChanges(columns, defaultInternalColumns);
  const [row] = await tx
    .insert(organizations)
    .values({ ...columns, organizationStatus: status })
    .returning();
  await recordAuditEvent(tx, actor, {
    action: "organization.create",
    objectType: "organization",
    objectId: row!.id,
    organizationId: row!.id,
    after: presentOrganization(row!),
  });
  return row!;
}

/** Platform admins create organizations (customers get theirs by signing up). */
export async function createOrganization({
  actor,
  input,
}: {
  actor: Actor;
  input: unknown;
}): Promise<OrganizationView> {
  authorize(actor, "platform.organizations.manage");
  const data = parseInput(createOrganizationSchema, input);
  const db = await getDb();
  return presentOrganization(await db.transaction((tx) => insertOrganization(tx, actor, data)));
}
