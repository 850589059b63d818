import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/open";
import { productImages, products } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { notFound } from "@/lib/errors";
import { detectImageType } from "@/lib/images";
import { authorizeCatalogWrite, productRefusal } from "./catalog-access";
import { loadProduct } from "./product-reads";
import { getPublicProduct } from "./public-catalog";

/** Uploads a product's picture (checked by its bytes); not a content change, so no new version. */
export async function setProductImage({
  actor,
  productId,
  bytes,
}: {
  actor: Actor;
  productId: string;
  bytes: Buffer;
}) {
  const contentType = detectImageType(bytes);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const product = await loadProduct(tx, actor, productId);
    await authorizeCatalogWrite(tx, actor, product.providerOrganizationId, productRefusal);
    await tx
      .insert(productImages)
      .values({ productId, contentType, data: bytes })
      .onConflictDoUpdate({
        target: productImages.productId,
        set: { contentType, data: bytes, updatedOn: new Date() },
      });
    await tx
      .update(products)
      .set({ hasImage: true, updatedOn: new Date() })
      .where(eq(products.id, productId));
    await recordAuditEvent(tx, actor, {
      action: "product.set_image",
      objectType: "product",
      objectId: productId,
      organizationId: product.providerOrganizationId,
      after: { contentType, bytes: bytes.length },
    });
  });
  return { contentType };
}

/** A product's picture, for whoever may see the product (visitors: public catalog products only). */
export async function getProductImage({ actor, productId }: { actor: Actor | null; productId: string }) {
  const db = await getDb();
  if (actor) await loadProduct(db, actor, productId);
  else await getPublicProduct({ id: productId });
  const [image] = await db.select().from(productImages).where(eq(productImages.productId, productId));
  if (!image) throw notFound("image");
  return image;
}
