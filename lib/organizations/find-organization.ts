import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/open";
import { organizations, type Organization } from "@/db/schema";
import { authorize, type Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation";

/** Platform admins look an organization up by its id or its slug (the CLI takes either). */
export async function findOrganization({
  actor,
  idOrSlug,
}: {
  actor: Actor;
  idOrSlug: string;
}): Promise<Organization> {
  authorize(actor, "platform.organizations.manage");
  const db = await getDb();
  const where = isUuid(idOrSlug)
    ? eq(organizations.id, idOrSlug)
    : eq(organizations.slug, idOrSlug.toLowerCase());
  const [organization] = await db.select().from(organizations).where(where);
  if (!organization) throw notFound(`organization "${idOrSlug}"`);
  return organization;
}
