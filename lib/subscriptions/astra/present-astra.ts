import type { Subscription, SubscriptionStatus } from "@/db/schema";
import { fromMinorUnits } from "@/lib/money";
import { astraResourceVersion, type AstraSubscription } from "./astra-schemas";

const usdDigits = 2;

/**
 * Astra knows two statuses. A subscription is "active" while it runs (a trial or a paid
 * period); "inactive" once cancelled — in its grace period as much as ended — and while it is
 * paused or has not started yet. Cancelling through Astra (`PUT status: "inactive"`) therefore
 * reads back as inactive at once, whether the grace period runs or it ended outright.
 */
export function astraStatus(status: SubscriptionStatus): "active" | "inactive" {
  return status === "trialing" || status === "active" ? "active" : "inactive";
}

/** A subscription in Astra's shape: unset text fields read as "" (Astra's rule), costs in dollars. */
export function presentAstraSubscription(row: Subscription): AstraSubscription {
  return {
    type: "application/astra-subscription",
    version: astraResourceVersion,
    id: row.id,
    customerProfileID: row.customerProfileId ?? "",
    paymentProfileID: row.paymentProfileId ?? "",
    paymentExpiry: row.paymentExpiry ?? "",
    purchaseOrderNumber: row.purchaseOrderNumber ?? "",
    ...(row.marketplace ? { marketplace: row.marketplace } : {}),
    licenseSN: row.licenseSn ?? "",
    terms: row.terms,
    status: astraStatus(row.status),
    appLimit: row.appLimit,
    namespaceLimit: row.namespaceLimit,
    subscriptionPeriod: row.subscriptionPeriod,
    gracePeriod: row.gracePeriod,
    reminderBeforePeriod: row.reminderBeforePeriod,
    onboardStatus: row.onboardStatus,
    costPerAppUnit: fromMinorUnits(row.costPerAppUnitMinor, usdDigits),
    costPerNamespaceUnit: fromMinorUnits(row.costPerNamespaceUnitMinor, usdDigits),
    metadata: {
      labels: row.labels,
      creationTimestamp: row.createdOn.toISOString(),
      modificationTimestamp: row.updatedOn.toISOString(),
      createdBy: row.createdBy,
      modifiedBy: row.modifiedBy,
    },
  };
}
