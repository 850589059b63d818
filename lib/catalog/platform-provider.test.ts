import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as productsRoute from "@/app/api/products/route";
import { getDb } from "@/db/open";
import { organizations } from "@/db/schema";
import { callRoute } from "@/lib/testing/call-route";
import { makePlatformKey, makeProvider } from "@/lib/testing/factories";

describe("products a platform key creates", () => {
  it("belong to the platform's own provider organization when no provider is named, created once", async () => {
    const { key } = await makePlatformKey();
    const create = (body: Record<string, unknown>) =>
      callRoute(productsRoute.POST, { method: "POST", path: "/api/products", apiKey: key, body });
    const [first, second] = await Promise.all([
      create({ name: "Platform one" }),
      create({ name: "Platform two" }),
    ]);
    expect([first.status, second.status]).toEqual([201, 201]);
    const db = await getDb();
    const platform = await db.select().from(organizations).where(eq(organizations.slug, "subdesk"));
    expect(platform).toEqual([expect.objectContaining({ provider: true, organizationStatus: "active" })]);
    expect(first.body.providerOrganizationId).toBe(platform[0]!.id);
    expect(second.body.providerOrganizationId).toBe(platform[0]!.id);

    // Naming a provider still puts the product there.
    const provider = await makeProvider();
    const named = await create({ name: "Named one", providerOrganizationId: provider.organization.id });
    expect(named.body.providerOrganizationId).toBe(provider.organization.id);
  });
});
