import { missingListingConditions, type ListingCondition, type ListingFacts } from "./catalog-visibility";

/** A reason a product is hidden from someone: a listing condition, or the provider's closed public catalog. */
export type VisibilityGap = ListingCondition | "providerPublicAccess";

export interface VisibilityFacts extends ListingFacts {
  providerPublicAccess: boolean;
  group: { name: string; active: boolean } | null;
}

/**
 * Who sees a product now, and what stands in the way of each wider audience. The provider's
 * own people and platform admins always see it; signed-in customers when it is listed
 * (lib/catalog/catalog-visibility.ts); visitors of the public catalog when it is listed and its
 * provider opened its catalog. An inactive group hides nobody: its products show ungrouped.
 */
export interface VisibilitySummary {
  customers: boolean;
  visitors: boolean;
  /** What keeps signed-in customers from seeing it; empty when they do. */
  missingForCustomers: ListingCondition[];
  /** What would still keep customers from seeing it once published: what publishing should ask about. */
  missingAfterPublishing: ListingCondition[];
  /** What keeps visitors of /explore from seeing it (the customers' conditions, then the provider's). */
  missingForVisitors: VisibilityGap[];
  inactiveGroup: string | null;
}

export function summarizeVisibility(facts: VisibilityFacts): VisibilitySummary {
  const missingForCustomers = missingListingConditions(facts);
  const missingForVisitors: VisibilityGap[] = [
    ...missingForCustomers,
    ...(facts.providerPublicAccess ? [] : (["providerPublicAccess"] as const)),
  ];
  return {
    customers: missingForCustomers.length === 0,
    visitors: missingForVisitors.length === 0,
    missingForCustomers,
    missingAfterPublishing: missingForCustomers.filter((condition) => condition !== "published"),
    missingForVisitors,
    inactiveGroup: facts.group && !facts.group.active ? facts.group.name : null,
  };
}
