import { describe, expect, it } from "vitest";
import * as groupRoute from "@/app/api/product-groups/[id]/route";
import * as groupsRoute from "@/app/api/product-groups/route";
import * as planRoute from "@/app/api/products/[id]/plans/[planId]/route";
import * as plansRoute from "@/app/api/products/[id]/plans/route";
import * as productRoute from "@/app/api/products/[id]/route";
import * as productsRoute from "@/app/api/products/route";
import * as pricingRulesRoute from "@/app/api/pricing-rules/route";
import * as imageRoute from "@/app/api/products/[id]/image/route";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";
import { callRoute } from "@/lib/testing/call-route";
import { makeOrganizationKey, makeOrganizationWithOwner, makeProvider } from "@/lib/testing/factories";

async function keys() {
  const provider = await makeProvider();
  const customer = await makeOrganizationWithOwner();
  return {
    provider: (await makeOrganizationKey(provider.organization.id)).key,
    customer: (await makeOrganizationKey(customer.organization.id)).key,
  };
}

describe("catalog API", () => {
  it("serves product groups as Kodexa Spring pages, and products and plans with exact prices", async () => {
    const { provider, customer } = await keys();
    const group = await callRoute(groupsRoute.POST, {
      method: "POST",
      path: "/api/product-groups",
      apiKey: provider,
      body: { name: "Compute", order: 1 },
    });
    expect(group.status).toBe(201);
    const page = await callRoute(groupsRoute.GET, {
      path: "/api/product-groups?page=0&size=100&sort=order,asc",
      apiKey: customer,
    });
    expect(page.body).toMatchObject({ number: 0, size: 100, pageable: { pageSize: 100 } });
    expect(page.body.content.map((g: { id: string }) => g.id)).toContain(group.body.id);
    const one = await callRoute(groupRoute.GET, {
      path: "/x",
      apiKey: customer,
      params: { id: group.body.id },
    });
    expect(one.body).toMatchObject({ id: group.body.id, uuid: group.body.id, name: "Compute", products: [] });

    const created = await callRoute(productsRoute.POST, {
      method: "POST",
      path: "/api/products",
      apiKey: provider,
      body: {
        name: "VM Small",
        price: 19.99,
        priceSuffix: "/month",
        productGroupId: group.body.id,
        publiclyAvailable: true,
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      price: 19.99,
      productStatus: "DRAFT",
      productGroup: { id: group.body.id },
    });
    const id = created.body.id as string;
    expect((await callRoute(productRoute.GET, { path: "/x", apiKey: customer, params: { id } })).status).toBe(
      404,
    );

    const published = await callRoute(productRoute.PUT, {
      method: "PUT",
      path: "/x",
      apiKey: provider,
      params: { id },
      body: { ...created.body, productStatus: "PUBLISHED" },
    });
    expect(published.body).toMatchObject({ productStatus: "PUBLISHED", price: 19.99, changeSequence: 2 });
    const seen = await callRoute(productsRoute.GET, {
      path: `/api/products?productGroupId=${group.body.id}`,
      apiKey: customer,
    });
    expect(seen.body.content.map((p: { id: string }) => p.id)).toEqual([id]);

    const plan = await callRoute(plansRoute.POST, {
      method: "POST",
      path: "/x",
      apiKey: provider,
      params: { id },
      body: { name: "Monthly", costPerAppUnit: "0.10" },
    });
    expect(plan.status).toBe(201);
    const planId = plan.body.id as string;
    const next = await callRoute(planRoute.PUT, {
      method: "PUT",
      path: "/x",
      apiKey: provider,
      params: { id, planId },
      body: { ...plan.body, name: "Monthly v2", version: 1 },
    });
    expect(next.body).toMatchObject({ version: 2, name: "Monthly v2", costPerAppUnit: 0.1 });
    const v1 = await callRoute(planRoute.GET, {
      path: `/x?version=1`,
      apiKey: customer,
      params: { id, planId },
    });
    expect(v1.body).toMatchObject({ version: 1, name: "Monthly" });
    const listed = await callRoute(plansRoute.GET, { path: "/x", apiKey: customer, params: { id } });
    expect(listed.body).toEqual([expect.objectContaining({ id: planId, version: 2 })]);
    const stale = await callRoute(planRoute.PUT, {
      method: "PUT",
      path: "/x",
      apiKey: provider,
      params: { id, planId },
      body: { ...plan.body, version: 1 },
    });
    expect(stale.status).toBe(409);
  });

  it("refuses customers' writes and other providers' edits", async () => {
    const { provider, customer } = await keys();
    const other = await makeProvider();
    const otherKey = (await makeOrganizationKey(other.organization.id)).key;
    expect(
      (
        await callRoute(productsRoute.POST, {
          method: "POST",
          path: "/api/products",
          apiKey: customer,
          body: { name: "Nope" },
        })
      ).status,
    ).toBe(403);
    const product = await callRoute(productsRoute.POST, {
      method: "POST",
      path: "/api/products",
      apiKey: provider,
      body: { name: "Mine", productStatus: "PUBLISHED", publiclyAvailable: true },
    });
    const hijack = await callRoute(productRoute.PUT, {
      method: "PUT",
      path: "/x",
      apiKey: otherKey,
      params: { id: product.body.id },
      body: { ...product.body, name: "Theirs" },
    });
    expect(hijack.status).toBe(403);
    const rule = await callRoute(pricingRulesRoute.POST, {
      method: "POST",
      path: "/api/pricing-rules",
      apiKey: provider,
      body: { name: "Flat", ruleType: "FLAT", parameters: { amount: "9.99" } },
    });
    expect(rule.body).toMatchObject({ parameters: { amount: 9.99 } });
  });

  it("documents every catalog operation in the OpenAPI document", () => {
    const document = buildOpenApiDocument();
    for (const path of [
      "/api/product-groups",
      "/api/products/{id}",
      "/api/products/{id}/plans/{planId}",
      "/api/pricing-rules/{id}",
    ]) {
      expect(document.paths[path], path).toBeDefined();
    }
  });
});

describe("product images", () => {
  it("are uploaded by the provider and served to customers who can see the product", async () => {
    const { provider, customer } = await keys();
    const product = await callRoute(productsRoute.POST, {
      method: "POST",
      path: "/api/products",
      apiKey: provider,
      body: { name: "Pictured", productStatus: "PUBLISHED", publiclyAvailable: true },
    });
    const id = product.body.id as string;
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(16, 3),
    ]);
    const put = (key: string, body: Buffer) =>
      imageRoute.PUT(
        new Request("http://localhost/x", {
          method: "PUT",
          headers: { "x-api-key": key },
          body: new Uint8Array(body),
        }),
        {
          params: Promise.resolve({ id }),
        },
      );
    expect((await put(customer, png)).status).toBe(403);
    expect((await put(provider, Buffer.from("<svg onload=alert(1)>"))).status).toBe(400);
    expect((await put(provider, png)).status).toBe(200);
    const served = await imageRoute.GET(
      new Request("http://localhost/x", { headers: { "x-api-key": customer } }),
      {
        params: Promise.resolve({ id }),
      },
    );
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(
      (await callRoute(productRoute.GET, { path: "/x", apiKey: customer, params: { id } })).body.hasImage,
    ).toBe(true);
  });
});
