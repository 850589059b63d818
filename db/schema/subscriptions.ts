import { index, integer, pgTable, uuid } from "drizzle-orm/pg-core";
import { products } from "./catalog";
import { entityColumns } from "./columns";
import { organizations } from "./organizations";

/**
 * "A product subscription links an organization to a purchased product" (Kodexa): no status,
 * only a quantity; cancelling deletes it. While one exists, its product cannot be deleted.
 */
export const productSubscriptions = pgTable(
  "product_subscriptions",
  {
    ...entityColumns(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "restrict" }),
    quantity: integer("quantity").notNull().default(1),
  },
  (t) => [
    index("product_subscriptions_org_idx").on(t.organizationId),
    index("product_subscriptions_product_idx").on(t.productId),
  ],
);

export type ProductSubscription = typeof productSubscriptions.$inferSelect;
