import "server-only";
import { inArray } from "drizzle-orm";
import { getDb } from "@/db/open";
import { organizations } from "@/db/schema";
import type { WizardProduct } from "@/components/bundles/wizard-types";
import type { Actor } from "@/lib/auth/actor";
import { listPlans } from "@/lib/catalog/plans";
import { getProduct, pageProducts } from "@/lib/catalog/product-reads";
import { listContacts } from "@/lib/organizations/contacts";

/**
 * What the request wizard offers: the providers of the catalog the actor sees (through the
 * catalog's own reads, so a product the customer may not see is never offered), the chosen
 * provider's products with their plans, and the organization's contacts. A product id from
 * the product page picks its provider.
 */
export async function bundleChoices({
  actor,
  providerId,
  productId,
}: {
  actor: Actor;
  providerId?: string;
  productId?: string;
}) {
  const listed = await pageProducts({
    actor,
    filter: { listed: "true" },
    page: { page: 0, size: 200, sort: "name,asc" },
  });
  // An organization does not request its own products (the domain refuses it too).
  const offered = listed.content.filter((p) => p.providerOrganizationId !== actor.organizationId);
  const providerIds = [...new Set(offered.map((p) => p.providerOrganizationId))];
  const db = await getDb();
  const providers = providerIds.length
    ? await db
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        .where(inArray(organizations.id, providerIds))
        .orderBy(organizations.name)
    : [];
  const fromProduct = productId
    ? (await getProduct({ actor, id: productId }).catch(() => null))?.providerOrganizationId
    : undefined;
  const chosen = providers.find((p) => p.id === (fromProduct ?? providerId)) ?? null;
  const products: WizardProduct[] = await Promise.all(
    offered
      .filter((p) => p.providerOrganizationId === chosen?.id)
      .map(async (p) => ({
        id: p.id,
        name: p.name,
        description: p.description,
        accessExchangeType: p.accessExchangeType,
        plans: (await listPlans({ actor, productId: p.id }))
          .filter((plan) => !plan.deleted)
          .map((plan) => ({
            id: plan.id,
            name: plan.name,
            terms: plan.terms,
            approvalRequired: plan.approvalRequired,
          })),
      })),
  );
  const contacts = actor.organizationId
    ? await listContacts({ actor, organizationId: actor.organizationId })
    : [];
  return { providers, provider: chosen, products, contacts };
}
