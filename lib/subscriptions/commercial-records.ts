import "server-only";
import type { PgTable } from "drizzle-orm/pg-core";
import { productKeys, subscriptions } from "@/db/schema";
import type { CommercialColumns } from "./commercial-policy";

/** A table of commercial records and its two organizations, as the commercial policy reads it. */
export interface CommercialRecords extends CommercialColumns {
  table: PgTable;
}

/** Subscriptions join their subscriber to the product's provider. */
export const subscriptionRecords: CommercialRecords = {
  table: subscriptions,
  subscriber: subscriptions.organizationId,
  provider: subscriptions.providerOrganizationId,
};

/** Product keys join their owner organization to the provider of their products. */
export const productKeyRecords: CommercialRecords = {
  table: productKeys,
  subscriber: productKeys.organizationId,
  provider: productKeys.providerOrganizationId,
};
