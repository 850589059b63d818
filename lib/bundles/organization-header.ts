import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/open";
import { organizations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError, forbidden } from "@/lib/errors";
import { isUuid } from "@/lib/validation";

export const organizationHeader = "organization-id";

/** The header as the OpenAPI document shows it. */
export const organizationHeaderSchema = z.object({
  [organizationHeader]: z
    .uuid()
    .describe(
      "ID of organization context this request belongs to: the API key's own organization, or any for a platform key. " +
        "Missing or another organization's: 403.",
    ),
});

/**
 * Every wallis call names the organization it acts for. It must be one the caller belongs to —
 * an organization key's own, any existing one for a platform key — and it becomes the actor's
 * organization for the call, which decides whether the caller sees a bundle as its customer
 * or as its provider. Missing or foreign: 403; not a UUID: 400 naming the header.
 */
export async function actingFor(actor: Actor, request: Request): Promise<Actor> {
  const given = request.headers.get(organizationHeader)?.trim();
  if (!given)
    throw forbidden(`The ${organizationHeader} header is required: name the organization you act for.`);
  if (!isUuid(given)) {
    throw new AppError("invalid_input", `The ${organizationHeader} header must be a UUID.`, {
      invalidFields: [{ name: organizationHeader, reason: "must be a UUID" }],
    });
  }
  const organizationId = given.toLowerCase();
  const foreign = () =>
    forbidden(`This key does not act for the organization in the ${organizationHeader} header.`);
  if (!actor.platformAdmin) {
    if (actor.organizationId !== organizationId) throw foreign();
    return actor;
  }
  const db = await getDb();
  const [organization] = await db
    .select({ status: organizations.organizationStatus })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  if (!organization) throw foreign();
  return { ...actor, organizationId, organizationStatus: organization.status };
}
