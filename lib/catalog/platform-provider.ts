import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { organizations } from "@/db/schema";
import { systemActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { searchTextOf } from "@/lib/organizations/organization-values";

const description = "The platform itself, as the provider of its own products.";

/**
 * The platform's own provider organization (slug `PLATFORM_PROVIDER_SLUG`, "subdesk" by
 * default): what a product a platform key creates without naming a provider belongs to, and
 * what offers the Astra account product. Created by the first call that needs it rather than
 * by a migration — a migration cannot read the configured slug — in the caller's transaction;
 * concurrent first calls create it once (the slug is unique) and read the same row.
 */
export async function platformProviderId(tx: Executor): Promise<string> {
  const slug = env().PLATFORM_PROVIDER_SLUG;
  const [created] = await tx
    .insert(organizations)
    .values({
      slug,
      name: "Subdesk",
      description,
      provider: true,
      searchText: searchTextOf({ name: "Subdesk", slug, description }),
    })
    .onConflictDoNothing({ target: organizations.slug })
    .returning({ id: organizations.id });
  if (created) {
    await recordAuditEvent(tx, systemActor(), {
      action: "organization.create",
      objectType: "organization",
      objectId: created.id,
      organizationId: created.id,
      after: { slug, reason: "the platform's own provider organization" },
    });
    return created.id;
  }
  const [existing] = await tx
    .select({ id: organizations.id, provider: organizations.provider })
    .from(organizations)
    .where(eq(organizations.slug, slug));
  if (!existing?.provider) {
    // A configuration mistake, not the caller's: PLATFORM_PROVIDER_SLUG names a customer.
    throw new AppError(
      "conflict",
      `The organization "${slug}" (PLATFORM_PROVIDER_SLUG) is not a provider: name the provider organization.`,
      { invalidFields: [{ name: "providerOrganizationId", reason: "is required" }] },
    );
  }
  return existing.id;
}
