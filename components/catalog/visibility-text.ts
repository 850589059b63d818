import type { VisibilityGap } from "@/lib/catalog/visibility-summary";

/** What each missing condition means to a provider, and what to do about it. */
export const visibilityGapText: Record<VisibilityGap, string> = {
  published: "It is a draft: publish it.",
  active: "It is deactivated: activate it.",
  notArchived: "It is archived: an archived product is never listed again.",
  publiclyAvailable: "It is not publicly available: tick “Publicly available” in its details and save.",
  providerActive: "The provider organization is not active (suspended, closed or unverified).",
  providerPublicAccess:
    "The provider's catalog is not public: visitors who are not signed in see only catalogs opened to everyone.",
};
