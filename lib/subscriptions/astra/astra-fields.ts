import { sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { subscriptions } from "@/db/schema";

/**
 * The resource's fields a list can filter and sort by, as SQL that reads like the resource:
 * unset text is "" (compared byte-wise, so every database sorts alike), status is Astra's
 * active|inactive, costs are cents, timestamps are cut to milliseconds — the precision the
 * resource shows, and what a `continue` token carries.
 */
export type FieldKind = "text" | "number" | "money" | "timestamp";

export interface AstraField {
  kind: FieldKind;
  /** The value filters compare and sorts order by. */
  expression: SQL;
  /** The same value as text, as a `continue` token keeps it. */
  asText: SQL;
}

const textOf = (column: PgColumn) => sql`(coalesce(${column}::text, '') collate "C")`;

function field(kind: FieldKind, column: PgColumn): AstraField {
  switch (kind) {
    case "text":
      return { kind, expression: textOf(column), asText: textOf(column) };
    case "timestamp": {
      const expression = sql`date_trunc('milliseconds', ${column})`;
      return {
        kind,
        expression,
        asText: sql`to_char(${expression} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
      };
    }
    default:
      return { kind, expression: sql`${column}`, asText: sql`${column}::text` };
  }
}

const status = sql`(case when ${subscriptions.status} in ('trialing', 'active') then 'active' else 'inactive' end collate "C")`;

export const astraFields: Record<string, AstraField> = {
  id: field("text", subscriptions.id),
  customerProfileID: field("text", subscriptions.customerProfileId),
  paymentProfileID: field("text", subscriptions.paymentProfileId),
  paymentExpiry: field("text", subscriptions.paymentExpiry),
  purchaseOrderNumber: field("text", subscriptions.purchaseOrderNumber),
  marketplace: field("text", subscriptions.marketplace),
  licenseSN: field("text", subscriptions.licenseSn),
  terms: field("text", subscriptions.terms),
  status: { kind: "text", expression: status, asText: status },
  appLimit: field("number", subscriptions.appLimit),
  namespaceLimit: field("number", subscriptions.namespaceLimit),
  subscriptionPeriod: field("number", subscriptions.subscriptionPeriod),
  gracePeriod: field("number", subscriptions.gracePeriod),
  reminderBeforePeriod: field("number", subscriptions.reminderBeforePeriod),
  onboardStatus: field("text", subscriptions.onboardStatus),
  costPerAppUnit: field("money", subscriptions.costPerAppUnitMinor),
  costPerNamespaceUnit: field("money", subscriptions.costPerNamespaceUnitMinor),
  "metadata.creationTimestamp": field("timestamp", subscriptions.createdOn),
  "metadata.modificationTimestamp": field("timestamp", subscriptions.updatedOn),
  "metadata.createdBy": field("text", subscriptions.createdBy),
  "metadata.modifiedBy": field("text", subscriptions.modifiedBy),
};

/** A value parsed for a field (see list-query.ts) as an SQL parameter of the field's type. */
export function sqlValue(kind: FieldKind, value: string | number): SQL {
  if (kind === "timestamp") return sql`${value}::timestamptz`;
  if (kind === "text") return sql`${String(value)}`;
  return sql`${Number(value)}`;
}
