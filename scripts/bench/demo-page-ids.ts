import { asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { bundles, invitations, organizations, productKeys, subscriptions } from "@/db/schema";
import { newOneTimeToken } from "@/lib/auth/one-time-token";

/** The ids in the paths of the detail pages the pages benchmark weighs. */
export interface DemoPageIds {
  /** Acme Corporation, the demo's customer. */
  customer: string;
  /** Acme's first subscription, and its product (published, and on /explore: see below). */
  subscription: string;
  product: string;
  productKey: string;
  /** Acme's first bundle request to Northwind. */
  bundle: string;
  /** The link of a fresh invitation to Acme for an address with no account: its page shows the form. */
  invitationToken: string;
}

const dayMs = 86_400_000;

/** Read once from the demo seed (db/seed.ts), before the pages are weighed. */
export async function demoPageIds(db: Database): Promise<DemoPageIds> {
  const [customer] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, "acme"));
  if (!customer) throw new Error("the demo seed has no Acme Corporation");
  const firstOf = <T>(rows: T[], what: string): T => {
    if (!rows[0]) throw new Error(`the demo seed gives Acme no ${what}`);
    return rows[0];
  };
  const subscription = firstOf(
    await db
      .select({ id: subscriptions.id, productId: subscriptions.productId })
      .from(subscriptions)
      .where(eq(subscriptions.organizationId, customer.id))
      .orderBy(asc(subscriptions.number))
      .limit(1),
    "subscription",
  );
  /** Acme's oldest row of a table of its own. */
  const oldest = async (table: typeof productKeys | typeof bundles, what: string) =>
    firstOf(
      await db
        .select({ id: table.id })
        .from(table)
        .where(eq(table.organizationId, customer.id))
        .orderBy(asc(table.createdOn), asc(table.id))
        .limit(1),
      what,
    ).id;
  // The demo's provider keeps its catalog off /explore; shown there, its product has a public page.
  await db.update(organizations).set({ publicAccess: true }).where(eq(organizations.slug, "northwind"));
  // The seed sends no invitation, and a sent one's link is only in its email.
  const { token, hash } = newOneTimeToken();
  await db.insert(invitations).values({
    organizationId: customer.id,
    email: "newcomer@bench.example",
    role: "member",
    tokenHash: hash,
    expiresOn: new Date(Date.now() + dayMs),
  });
  return {
    customer: customer.id,
    subscription: subscription.id,
    product: subscription.productId,
    productKey: await oldest(productKeys, "product key"),
    bundle: await oldest(bundles, "bundle request"),
    invitationToken: token,
  };
}
