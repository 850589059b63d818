import "server-only";
import { and, eq, exists, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
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

/**
 * Whether `organization` (an id, or the id column of an outer query) subscribes to records of
 * this table that meet `where`: one probe of the subscriber's index.
 */
export function subscribesTo(
  db: Executor,
  { table, subscriber }: CommercialRecords,
  organization: AnyPgColumn | string,
  where?: SQL,
): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(table)
      .where(and(eq(subscriber, organization), where)),
  );
}
