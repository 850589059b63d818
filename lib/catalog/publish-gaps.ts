import type { ListingCondition } from "./catalog-visibility";

/**
 * `missingAfterPublishing` (visibility-summary.ts) as the product form's unsaved values change
 * it: the form edits two of the conditions, the saved product decides the rest. Only type
 * imports, so the client-side form can ask it without loading the catalog's SQL.
 */
export function missingAfterPublishingWithEdits(
  saved: ListingCondition[],
  edits: { active: boolean; publiclyAvailable: boolean },
): ListingCondition[] {
  const edited: Partial<Record<ListingCondition, boolean>> = edits;
  return [
    ...saved.filter((condition) => !(condition in edited)),
    ...(Object.keys(edited) as ListingCondition[]).filter((condition) => !edited[condition]),
  ];
}
