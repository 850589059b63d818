import type { Product, ProductGroup } from "@/db/schema";
import { fromMinorUnits, minorDigits } from "@/lib/money";
import type { ProductGroupView, ProductView } from "./schemas";

export const catalogSearchText = (...parts: (string | null | undefined)[]) =>
  parts.filter(Boolean).join(" ").toLowerCase();

export function presentProductGroup(group: ProductGroup): ProductGroupView {
  return {
    id: group.id,
    uuid: group.id,
    name: group.name,
    description: group.description,
    overviewMarkdown: group.overviewMarkdown,
    order: group.order,
    active: group.active,
    providerOrganizationId: group.providerOrganizationId,
    searchText: group.searchText,
    changeSequence: group.changeSequence,
    createdOn: group.createdOn.toISOString(),
    updatedOn: group.updatedOn.toISOString(),
    products: [],
  };
}

export function presentProduct(
  product: Product,
  group: ProductGroup | null,
  compatibleProductIds: string[],
): ProductView {
  return {
    id: product.id,
    uuid: product.id,
    name: product.name,
    description: product.description,
    detailedDescription: product.detailedDescription,
    overviewMarkdown: product.overviewMarkdown,
    imageUrl: product.imageUrl,
    hasImage: product.hasImage,
    price:
      product.priceMinor === null ? null : fromMinorUnits(product.priceMinor, minorDigits(product.currency)),
    currency: product.currency,
    priceId: product.priceId,
    priceSuffix: product.priceSuffix,
    numberOfCredits: product.numberOfCredits,
    hasQuantity: product.hasQuantity,
    order: product.order,
    promoted: product.promoted,
    active: product.active,
    projectTemplates: product.projectTemplates,
    productGroupId: product.productGroupId,
    productGroup: group ? presentProductGroup(group) : null,
    productStatus: product.productStatus,
    publiclyAvailable: product.publiclyAvailable,
    supportMultiplePlans: product.supportMultiplePlans,
    colour: product.colour,
    accessExchangeType: product.accessExchangeType,
    providerOrganizationId: product.providerOrganizationId,
    compatibleProductIds,
    archivedOn: product.archivedOn?.toISOString() ?? null,
    archiveReason: product.archiveReason,
    searchText: product.searchText,
    changeSequence: product.changeSequence,
    createdOn: product.createdOn.toISOString(),
    updatedOn: product.updatedOn.toISOString(),
  };
}
