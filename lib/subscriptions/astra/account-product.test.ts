import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { organizations, plans } from "@/db/schema";
import { ensureAccountProduct } from "./account-product";

describe("the account product", () => {
  it("is created once, with the platform's provider organization and a trial and a paid plan, however many ask at once", async () => {
    const products = await Promise.all([
      ensureAccountProduct(),
      ensureAccountProduct(),
      ensureAccountProduct(),
    ]);
    expect(new Set(products.map((p) => p.id)).size).toBe(1);
    const product = products[0];
    expect(product).toMatchObject({ productStatus: "PUBLISHED", publiclyAvailable: false, active: true });

    const db = await getDb();
    const providers = await db.select().from(organizations).where(eq(organizations.slug, "subdesk"));
    expect(providers).toHaveLength(1);
    expect(providers[0]).toMatchObject({
      id: product.providerOrganizationId,
      provider: true,
      organizationStatus: "active",
    });

    const offered = await db.select().from(plans).where(eq(plans.productId, product.id));
    expect(
      offered.map((p) => [p.terms, p.subscriptionPeriod, p.gracePeriod, p.reminderBeforePeriod]).sort(),
    ).toEqual([
      ["paid", -1, 30, -1],
      ["trial", 30, 15, 7],
    ]);
    expect(offered.find((p) => p.terms === "paid")!.costPerAppUnitMinor).toBeGreaterThan(0);
    expect((await ensureAccountProduct()).id).toBe(product.id);
  });
});
