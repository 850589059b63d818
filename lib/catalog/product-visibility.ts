import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/open";
import { organizations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { forbidden } from "@/lib/errors";
import { managesProvider } from "./catalog-access";
import type { ProductView } from "./schemas";
import { summarizeVisibility, type VisibilitySummary } from "./visibility-summary";

/**
 * Who can see a product the actor manages, from the product on screen and its provider's status
 * and public access. For the product page's panel and its publish dialog.
 */
export async function getProductVisibility({
  actor,
  product,
}: {
  actor: Actor;
  product: ProductView;
}): Promise<VisibilitySummary> {
  if (!managesProvider(actor, product.providerOrganizationId)) throw forbidden();
  const db = await getDb();
  const [provider] = product.providerOrganizationId
    ? await db
        .select({ status: organizations.organizationStatus, publicAccess: organizations.publicAccess })
        .from(organizations)
        .where(eq(organizations.id, product.providerOrganizationId))
    : [];
  return summarizeVisibility({
    productStatus: product.productStatus,
    active: product.active,
    archived: product.archivedOn !== null,
    publiclyAvailable: product.publiclyAvailable,
    providerActive: provider?.status === "active",
    providerPublicAccess: provider?.publicAccess ?? false,
    group: product.productGroup
      ? { name: product.productGroup.name, active: product.productGroup.active }
      : null,
  });
}
