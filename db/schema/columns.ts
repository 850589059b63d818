import { customType, integer, timestamp, uuid } from "drizzle-orm/pg-core";

/** Timestamps are stored with time zone and read as JavaScript dates. */
export const timestampColumn = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * Columns every aggregate root carries. `changeSequence` is the optimistic-concurrency
 * version: every update increments it and an update naming a stale value is a conflict.
 */
export const entityColumns = () => ({
  id: uuid("id").primaryKey().defaultRandom(),
  changeSequence: integer("change_sequence").notNull().default(1),
  createdOn: timestampColumn("created_on").notNull().defaultNow(),
  updatedOn: timestampColumn("updated_on").notNull().defaultNow(),
});

/** Binary data (uploaded images), read as a Buffer on both drivers. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});
