import "server-only";
import { and, eq, exists, inArray, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/open";
import { organizations, plans, products as productsTable } from "@/db/schema";
import type { WizardProduct } from "@/components/bundles/wizard-types";
import type { Actor } from "@/lib/auth/actor";
import { listed } from "@/lib/catalog/catalog-visibility";
import { latestVersions } from "@/lib/catalog/plans";
import { getProduct, pageProducts } from "@/lib/catalog/product-reads";
import { firstChoicesByName } from "@/lib/filter-choices";
import { listContacts } from "@/lib/organizations/contacts";

/**
 * What the request wizard offers: the providers with a listed product (the first by name, each
 * an index probe — never a pass over the catalog), the chosen provider's listed products with
 * their plans (one read for all of them) through the catalog's own reads (so a product the customer may not see is never
 * offered), and the organization's contacts. A product id from the product page picks its
 * provider. An organization does not request its own products (the domain refuses it too).
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
  const db = await getDb();
  // Other organizations with a listed product.
  const offering = and(
    actor.organizationId ? ne(organizations.id, actor.organizationId) : undefined,
    exists(
      db
        .select({ one: sql`1` })
        .from(productsTable)
        .where(and(eq(productsTable.providerOrganizationId, organizations.id), listed)),
    ),
  )!;
  const providers = await firstChoicesByName(db, organizations, offering);
  const fromProduct = productId
    ? (await getProduct({ actor, id: productId }).catch(() => null))?.providerOrganizationId
    : undefined;
  // The provider asked for, if it offers anything (it may lie past the first choices by name).
  const wanted = z.uuid().safeParse(fromProduct ?? providerId);
  const [chosen = null] = wanted.success
    ? await db
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        .where(and(eq(organizations.id, wanted.data), offering))
    : [];
  const offered = chosen
    ? (
        await pageProducts({
          actor,
          filter: { listed: "true", providerOrganizationId: chosen.id },
          page: { page: 0, size: 200, sort: "name,asc" },
        })
      ).content
    : [];
  // Every offered product's plans in one read: the products were authorized just above.
  const offeredPlans = offered.length
    ? await latestVersions(
        db,
        inArray(
          plans.productId,
          offered.map((p) => p.id),
        ),
      )
    : [];
  const products: WizardProduct[] = offered.map((p) => ({
    id: p.id,
    name: p.name,
    description: p.description,
    accessExchangeType: p.accessExchangeType,
    plans: offeredPlans
      .filter((plan) => plan.productId === p.id && !plan.deleted)
      .map((plan) => ({
        id: plan.planId,
        name: plan.name,
        terms: plan.terms,
        approvalRequired: plan.approvalRequired,
      })),
  }));
  const contacts = actor.organizationId
    ? await listContacts({ actor, organizationId: actor.organizationId })
    : [];
  return { providers, provider: chosen, products, contacts };
}
