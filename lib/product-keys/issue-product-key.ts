import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { organizations, productKeyProducts, productKeys, type ProductKey, type Product } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertMayWrite } from "@/lib/auth/write-guard";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { forbidden } from "@/lib/errors";
import {
  authorizeCommercial,
  commercialRole,
  type CommercialAction,
} from "@/lib/subscriptions/commercial-policy";
import { parseInput } from "@/lib/validation";
import { addProductKeySecret } from "./add-product-key-secret";
import { creationNotices } from "./creation-notices";
import { resolveKeyOwner } from "./key-owner";
import { assertKeySubscription, assertProviderTerms, invalidField, keyProducts } from "./key-references";
import { keyRecord } from "./load-product-key";
import { createProductKeySchema } from "./product-key-schemas";

/**
 * Issues a key inside the caller's transaction: the body of createProductKey, and how other
 * domains issue one (bundles, under their own `action`). The products decide the provider; the
 * policy is asked for `action` on {owner organization, provider}. `withSecret: false` leaves the
 * key without a secret until `addProductKeySecret` (a bundle's customer reveals it once).
 * Answers the key once in `key`, and the emails to deliver after the commit.
 */
export async function issueProductKey({
  tx,
  actor,
  input,
  withSecret,
  action = "issueKey",
}: {
  tx: Executor;
  actor: Actor;
  input: unknown;
  withSecret: boolean;
  action?: CommercialAction;
}): Promise<{ productKey: ProductKey; key: string | null; products: Product[]; emailIds: string[] }> {
  const {
    key: suppliedKey,
    owner,
    email,
    productIds,
    expiration,
    startDate,
    ...data
  } = parseInput(createProductKeySchema, input);
  const [organization] = await tx
    .select()
    .from(organizations)
    .where(eq(organizations.id, data.organizationId));
  if (!organization) {
    throw invalidField("organizationId", "does not exist", "The owner organization does not exist.");
  }
  const { providerOrganizationId, products } = await keyProducts(tx, productIds, organization.id);
  if (data.providerOrganizationId && data.providerOrganizationId !== providerOrganizationId) {
    throw invalidField(
      "providerOrganizationId",
      "must be the products' provider",
      "The provider organization is not the provider of these products.",
    );
  }
  const record = keyRecord({ organizationId: organization.id, providerOrganizationId });
  // Not a stranger's 404: the products were named, so say who may issue keys for them.
  if (!commercialRole(actor, record)) throw forbidden("Only the products' provider issues keys for them.");
  authorizeCommercial(actor, record, action, "product key");
  assertMayWrite(actor, "subscriptions.manage", organization);
  await assertProviderTerms(tx, providerOrganizationId, data);
  if (data.subscriptionId) await assertKeySubscription(tx, data.subscriptionId, organization.id, productIds);
  const at = now();
  if (expiration && startDate && expiration.getTime() <= startDate.getTime()) {
    throw invalidField("expiration", "must be after the start date", "A key cannot expire before it starts.");
  }
  const { ownerUserId, emailIds } = await resolveKeyOwner(tx, actor, { ...data, owner, email, organization });
  const [row] = await tx
    .insert(productKeys)
    .values({
      ...data,
      providerOrganizationId,
      ownerUserId,
      ownerEmail: email,
      startsOn: startDate ?? at,
      expiresOn: expiration ?? null,
      createdOn: at,
      updatedOn: at,
      createdBy: actor.label,
      modifiedBy: actor.label,
    })
    .returning();
  const productKey = row!;
  await tx
    .insert(productKeyProducts)
    .values(products.map((p) => ({ productKeyId: productKey.id, productId: p.id, providerOrganizationId })));
  const secret = withSecret
    ? await addProductKeySecret({ tx, productKeyId: productKey.id, createdBy: actor.label, key: suppliedKey })
    : null;
  await recordAuditEvent(tx, actor, {
    action: "product_key.create",
    objectType: "product_key",
    objectId: productKey.id,
    organizationId: organization.id,
    after: { ...productKey, productIds: products.map((p) => p.id), prefix: secret?.prefix ?? null },
  });
  const creation = await creationNotices(tx, actor, productKey, {
    prefix: secret?.prefix ?? null,
    organizationName: organization.name,
    productNames: products.map((p) => p.name),
  });
  return { productKey, key: secret?.key ?? null, products, emailIds: [...emailIds, ...creation] };
}
