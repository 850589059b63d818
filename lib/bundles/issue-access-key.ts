import "server-only";
import { eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import {
  organizationContacts,
  productKeyProducts,
  productKeys,
  productKeySecrets,
  type Bundle,
  type Product,
} from "@/db/schema";
import { generateProductKey } from "@/lib/product-keys/key-format";
import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";

// TEMPORARY until lib/product-keys exports issueProductKey (helper H1): replaced by that call.
export async function issueAccessKey(
  tx: Transaction,
  actor: Actor,
  bundle: Bundle,
  chosen: Product[],
): Promise<string> {
  const [contact] = bundle.contactId
    ? await tx.select().from(organizationContacts).where(eq(organizationContacts.id, bundle.contactId))
    : [];
  const [first = "Bundle", ...rest] = (contact?.name ?? bundle.name).split(" ");
  const [key] = await tx
    .insert(productKeys)
    .values({
      providerOrganizationId: bundle.providerOrganizationId,
      organizationId: bundle.organizationId,
      ownerEmail: contact?.email ?? "unknown@invalid",
      firstName: first,
      lastName: rest.join(" ") || "-",
      description: `Access for bundle ${bundle.name}`,
      startsOn: now(),
      createdBy: actor.label,
      modifiedBy: actor.label,
    })
    .returning({ id: productKeys.id });
  await tx.insert(productKeyProducts).values(chosen.map((p) => ({ productKeyId: key!.id, productId: p.id })));
  return key!.id;
}

// TEMPORARY until lib/product-keys exports addProductKeySecret (helper H1).
export async function addAccessKeySecret(tx: Transaction, productKeyId: string, createdBy: string) {
  const { key, prefix, secretHash } = generateProductKey();
  await tx.insert(productKeySecrets).values({ productKeyId, prefix, secretHash, createdBy });
  return { key, prefix };
}
