import "server-only";
import { eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { getDb } from "@/db/open";
import { bundles, organizations, type Bundle } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { AppError, forbidden } from "@/lib/errors";
import { authorizeCommercial } from "@/lib/subscriptions/commercial-policy";
import { assertSubscriberWritable } from "@/lib/subscriptions/subscriber-organization";
import { parseInput } from "@/lib/validation";
import { contactFor } from "./bundle-contact";
import { addItems, offeredPlans, offeredProducts } from "./bundle-items";
import { createBundleSchema } from "./bundle-schemas";
import { writeBusinessCases } from "./business-cases";

const invalid = (name: string, reason: string, detail: string) =>
  new AppError("invalid_input", detail, { invalidFields: [{ name, reason }] });

/** The one provider a bundle is for: named, or the one every chosen product and plan belongs to. */
async function providerOf(tx: Transaction, named: string | undefined, offered: string[]): Promise<string> {
  const providers = new Set([...(named ? [named] : []), ...offered]);
  if (providers.size > 1) {
    throw invalid(
      "providerOrganizationId",
      "must be the one provider of every product and plan",
      "A bundle is for one provider: its products and plans must all be that provider's.",
    );
  }
  const [id] = [...providers];
  if (!id)
    throw invalid(
      "providerOrganizationId",
      "is required",
      "Name the provider, or the products and plans you want.",
    );
  const [provider] = await tx.select().from(organizations).where(eq(organizations.id, id));
  if (!provider?.provider || provider.organizationStatus !== "active") {
    throw invalid("providerOrganizationId", "element not found", "That provider does not offer bundles.");
  }
  return id;
}

/**
 * Drafts a bundle for the actor's organization: the products and plans it wants from one
 * provider, why (business cases) and who to talk to (its default contact unless named).
 * Nothing is requested until it is submitted.
 */
export async function createBundle({ actor, input }: { actor: Actor; input: unknown }): Promise<Bundle> {
  const data = parseInput(createBundleSchema, input);
  const organizationId = actor.organizationId;
  if (!organizationId) throw forbidden("A bundle belongs to an organization: act from one of yours.");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const chosenProducts = await offeredProducts(tx, data.providerOrganizationId ?? null, data.productIds);
    const chosenPlans = await offeredPlans(tx, data.providerOrganizationId ?? null, data.planIds);
    const providerOrganizationId = await providerOf(tx, data.providerOrganizationId, [
      ...chosenProducts.map((p) => p.providerOrganizationId),
      ...chosenPlans.map((p) => p.product.providerOrganizationId),
    ]);
    if (providerOrganizationId === organizationId) {
      throw invalid(
        "providerOrganizationId",
        "must be another organization",
        "An organization does not request its own products.",
      );
    }
    authorizeCommercial(
      actor,
      { subscriberOrganizationId: organizationId, providerOrganizationId },
      "requestBundle",
      "bundle",
    );
    await assertSubscriberWritable(tx, actor, organizationId);
    const at = now();
    const [bundle] = await tx
      .insert(bundles)
      .values({
        organizationId,
        providerOrganizationId,
        name: data.name,
        description: data.description,
        detailedDescription: data.detailedDescription,
        colour: data.colour ?? null,
        iconPath: data.iconPath ?? null,
        contactId: await contactFor(tx, organizationId, data.contactId),
        createdById: actor.userId,
        createdBy: actor.label,
        modifiedBy: actor.label,
        createdOn: at,
        updatedOn: at,
      })
      .returning();
    await writeBusinessCases(tx, bundle!.id, data.businessCases, true);
    await addItems(tx, bundle!, { products: chosenProducts, plans: chosenPlans }, null);
    await recordAuditEvent(tx, actor, {
      action: "bundle.create",
      objectType: "bundle",
      objectId: bundle!.id,
      organizationId,
      after: {
        name: bundle!.name,
        providerOrganizationId,
        productIds: data.productIds,
        planIds: data.planIds,
      },
    });
    return bundle!;
  });
}
