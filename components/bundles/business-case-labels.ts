import type { BusinessCaseKey } from "@/db/schema/bundles";

/** What each wallis business case asks the customer, in the words the screens use. */
export const businessCaseLabels: Record<BusinessCaseKey, { label: string; hint: string }> = {
  USE_CASE: { label: "Use case", hint: "What you will use the products for." },
  ADDED_VALUE: { label: "Added value", hint: "What it brings your organization or your customers." },
  TRAFFIC: { label: "Expected traffic", hint: "How much you expect to use: calls, users, data." },
};

export const businessCaseKeys = Object.keys(businessCaseLabels) as BusinessCaseKey[];
