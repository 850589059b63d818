import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as productRoute from "@/app/api/products/[id]/route";
import * as productsRoute from "@/app/api/products/route";
import { getDb } from "@/db/open";
import { organizations } from "@/db/schema";
import { systemActor, type Actor } from "@/lib/auth/actor";
import { changeOrganizationStatus } from "@/lib/organizations/change-organization-status";
import { createProductSubscription } from "@/lib/subscriptions/product-subscriptions";
import { callRoute } from "@/lib/testing/call-route";
import {
  makeOrganizationKey,
  makeOrganizationWithOwner,
  makePlatformAdmin,
  makeProvider,
} from "@/lib/testing/factories";
import { createPlan, listPlans } from "./plans";
import { createProductGroup, getProductGroup, pageProductGroups } from "./product-groups";
import { getProductImage, setProductImage } from "./product-image";
import { getProduct, pageProducts } from "./product-reads";
import { createProduct } from "./product-writes";
import { getPublicProduct, listPublicProducts } from "./public-catalog";

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32, 7),
]);
const page = { page: 0, size: 200 };

/** Every catalog a product can appear in, answering whether this product is in it. */
async function catalogsShowing(productId: string, groupId: string, customer: Actor, customerKey: string) {
  const listedIds = (await pageProducts({ actor: customer, filter: { listed: "true" }, page })).content.map(
    (p) => p.id,
  );
  const allIds = (await pageProducts({ actor: customer, filter: {}, page })).content.map((p) => p.id);
  const api = await callRoute(productsRoute.GET, { path: "/api/products?size=200", apiKey: customerKey });
  const apiOne = await callRoute(productRoute.GET, {
    path: `/api/products/${productId}`,
    apiKey: customerKey,
    params: { id: productId },
  });
  const found = <T>(run: () => Promise<T>) =>
    run().then(
      () => true,
      () => false,
    );
  const groups = (await pageProductGroups({ actor: customer, page })).content.map((g) => g.id);
  return {
    customerCatalog: listedIds.includes(productId),
    customerProductList: allIds.includes(productId),
    customerProduct: await found(() => getProduct({ actor: customer, id: productId })),
    customerPlans: await found(() => listPlans({ actor: customer, productId })),
    customerImage: await found(() => getProductImage({ actor: customer, productId })),
    customerGroup:
      groups.includes(groupId) && (await found(() => getProductGroup({ actor: customer, id: groupId }))),
    apiList: (api.body as { content: { id: string }[] }).content.some((p) => p.id === productId),
    apiProduct: apiOne.status === 200,
    publicExplore: (await listPublicProducts({})).some((p) => p.id === productId),
    publicProduct: await found(() => getPublicProduct({ id: productId })),
    publicImage: await found(() => getProductImage({ actor: null, productId })),
  };
}

const everywhere = (shown: boolean) => ({
  customerCatalog: shown,
  customerProductList: shown,
  customerProduct: shown,
  customerPlans: shown,
  customerImage: shown,
  customerGroup: shown,
  apiList: shown,
  apiProduct: shown,
  publicExplore: shown,
  publicProduct: shown,
  publicImage: shown,
});

describe("a suspended provider's catalog", () => {
  it("drops out of every catalog until it is reactivated, while its own people and platform admins still see it", async () => {
    const { organization, owner } = await makeProvider();
    const db = await getDb();
    await db.update(organizations).set({ publicAccess: true }).where(eq(organizations.id, organization.id));
    const group = await createProductGroup({ actor: owner, input: { name: "Suspended group" } });
    const product = await createProduct({
      actor: owner,
      input: {
        name: "Suspended product",
        productStatus: "PUBLISHED",
        publiclyAvailable: true,
        productGroupId: group.id,
      },
    });
    await createPlan({ actor: owner, productId: product.id, input: { name: "Base" } });
    await setProductImage({ actor: owner, productId: product.id, bytes: png });
    const customer = await makeOrganizationWithOwner();
    const { key } = await makeOrganizationKey(customer.organization.id);
    const show = () => catalogsShowing(product.id, group.id, customer.owner, key);

    expect(await show()).toEqual(everywhere(true));

    const suspended = await changeOrganizationStatus({
      actor: systemActor(),
      id: organization.id,
      input: { status: "suspended", reason: "Abuse report", changeSequence: organization.changeSequence },
    });
    expect(await show()).toEqual(everywhere(false));
    await expect(
      createProductSubscription({ actor: customer.owner, input: { productId: product.id } }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await getProduct({ actor: owner, id: product.id })).id).toBe(product.id);
    expect((await getProduct({ actor: await makePlatformAdmin(), id: product.id })).id).toBe(product.id);

    await changeOrganizationStatus({
      actor: systemActor(),
      id: organization.id,
      input: { status: "active", reason: "Resolved", changeSequence: suspended.changeSequence },
    });
    expect(await show()).toEqual(everywhere(true));
  });
});
