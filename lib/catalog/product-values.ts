import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Executor } from "@/db/client";
import { productCompatibilities, productGroups, products } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { minorDigits, toMinorUnits } from "@/lib/money";
import { catalogSearchText } from "./present-catalog";
import type { productFieldsSchema } from "./schemas";

type Fields = z.output<typeof productFieldsSchema>;

const invalid = (name: string, reason: string) =>
  new AppError("invalid_input", `${name}: ${reason}.`, { invalidFields: [{ name, reason }] });

/**
 * Validated fields → columns, with the checks that need the database: the price fits the
 * currency's minor unit, the group is the provider's own or a platform group, and compatible
 * products exist at the same provider.
 */
export async function productColumns(
  tx: Executor,
  fields: Fields,
  providerOrganizationId: string,
  selfId?: string,
) {
  let priceMinor: number | null = null;
  if (fields.price !== null && fields.price !== undefined) {
    const digits = minorDigits(fields.currency);
    const minor = toMinorUnits(fields.price, digits);
    if (minor === undefined)
      throw invalid("price", `must be a non-negative amount with at most ${digits} decimals`);
    priceMinor = minor;
  }
  if (fields.productGroupId) {
    const [group] = await tx.select().from(productGroups).where(eq(productGroups.id, fields.productGroupId));
    if (
      !group ||
      (group.providerOrganizationId !== null && group.providerOrganizationId !== providerOrganizationId)
    ) {
      throw invalid("productGroupId", "is not a product group this provider can use");
    }
  }
  const compatibleIds = [...new Set(fields.compatibleProductIds)].filter((id) => id !== selfId);
  if (compatibleIds.length) {
    const found = await tx
      .select({ id: products.id })
      .from(products)
      .where(
        and(inArray(products.id, compatibleIds), eq(products.providerOrganizationId, providerOrganizationId)),
      );
    if (found.length !== compatibleIds.length) {
      throw invalid("compatibleProductIds", "must name products of the same provider");
    }
  }
  const {
    price: _price,
    compatibleProductIds: _compatible,
    providerOrganizationId: _provider,
    ...rest
  } = fields;
  return {
    columns: {
      ...rest,
      imageUrl: rest.imageUrl ?? null,
      priceId: rest.priceId || null,
      priceSuffix: rest.priceSuffix || null,
      numberOfCredits: rest.numberOfCredits ?? null,
      productGroupId: rest.productGroupId ?? null,
      colour: rest.colour || null,
      priceMinor,
      providerOrganizationId,
      searchText: catalogSearchText(rest.name, rest.description, rest.detailedDescription),
    },
    compatibleIds,
  };
}

/** Replaces a product's compatibility list. */
export async function saveCompatibilities(tx: Executor, productId: string, compatibleIds: string[]) {
  await tx.delete(productCompatibilities).where(eq(productCompatibilities.productId, productId));
  if (compatibleIds.length) {
    await tx
      .insert(productCompatibilities)
      .values(compatibleIds.map((compatibleProductId) => ({ productId, compatibleProductId })));
  }
}

export async function compatibilitiesOf(tx: Executor, productIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (!productIds.length) return map;
  const rows = await tx
    .select()
    .from(productCompatibilities)
    .where(inArray(productCompatibilities.productId, productIds));
  for (const row of rows)
    map.set(row.productId, [...(map.get(row.productId) ?? []), row.compatibleProductId]);
  return map;
}
