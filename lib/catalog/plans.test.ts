import { describe, expect, it } from "vitest";
import { makeOrganizationWithOwner, makeProvider } from "@/lib/testing/factories";
import { createPlan, deletePlan, getPlan, listPlans, planVersions, updatePlan } from "./plans";
import { createProduct } from "./product-writes";

async function listedProduct() {
  const provider = await makeProvider();
  const product = await createProduct({
    actor: provider.owner,
    input: { name: `Planned ${Date.now()}`, productStatus: "PUBLISHED", publiclyAvailable: true },
  });
  return { ...provider, product };
}

describe("plans", () => {
  it("keep every version: an edit writes the next one and the old one stays as sold", async () => {
    const { owner, product } = await listedProduct();
    const v1 = await createPlan({
      actor: owner,
      productId: product.id,
      input: { name: "Team", terms: "paid", subscriptionPeriod: 365, appLimit: 10, costPerAppUnit: 19.99 },
    });
    expect(v1).toMatchObject({
      version: 1,
      productId: product.id,
      costPerAppUnit: 19.99,
      validity: { validFrom: null, validUntil: null },
    });
    const v2 = await updatePlan({
      actor: owner,
      productId: product.id,
      planId: v1.id,
      input: { ...v1, appLimit: 20, costPerAppUnit: "0.10", version: 1 },
    });
    expect(v2).toMatchObject({
      id: v1.id,
      version: 2,
      appLimit: 20,
      costPerAppUnit: 0.1,
      createdAt: v1.createdAt,
    });
    expect(await getPlan({ actor: owner, productId: product.id, planId: v1.id, version: 1 })).toMatchObject({
      appLimit: 10,
    });
    expect(
      (await planVersions({ actor: owner, productId: product.id, planId: v1.id })).map((p) => p.version),
    ).toEqual([2, 1]);
    expect(await listPlans({ actor: owner, productId: product.id })).toEqual([v2]);
  });

  it("refuse a stale version, and of two racing edits exactly one wins", async () => {
    const { owner, product } = await listedProduct();
    const plan = await createPlan({ actor: owner, productId: product.id, input: { name: "Raced" } });
    const results = await Promise.allSettled(
      [5, 6].map((appLimit) =>
        updatePlan({
          actor: owner,
          productId: product.id,
          planId: plan.id,
          input: { ...plan, appLimit, version: 1 },
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")?.reason).toMatchObject({
      code: "stale_change_sequence",
    });
  });

  it("are read by customers on listed products, and deleted ones vanish for them", async () => {
    const { owner, product } = await listedProduct();
    const customer = await makeOrganizationWithOwner();
    const plan = await createPlan({
      actor: owner,
      productId: product.id,
      input: { name: "Starter", terms: "trial" },
    });
    expect((await listPlans({ actor: customer.owner, productId: product.id })).map((p) => p.id)).toEqual([
      plan.id,
    ]);
    await expect(
      createPlan({ actor: customer.owner, productId: product.id, input: { name: "Mine" } }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    await deletePlan({ actor: owner, productId: product.id, planId: plan.id });
    expect(await listPlans({ actor: customer.owner, productId: product.id })).toEqual([]);
    await expect(
      getPlan({ actor: customer.owner, productId: product.id, planId: plan.id }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await listPlans({ actor: owner, productId: product.id }))[0]).toMatchObject({ deleted: true });
  });

  it("validate terms, limits, validity and money", async () => {
    const { owner, product } = await listedProduct();
    const error = await createPlan({
      actor: owner,
      productId: product.id,
      input: {
        name: "",
        terms: "free",
        subscriptionPeriod: -2,
        gracePeriod: -1,
        appLimit: 1.5,
      },
    }).catch((e: { invalidFields: { name: string }[] }) => e.invalidFields.map((f) => f.name).sort());
    expect(error).toEqual(["appLimit", "gracePeriod", "name", "subscriptionPeriod", "terms"]);
    // Cross-field rules run once each field is valid on its own.
    await expect(
      createPlan({
        actor: owner,
        productId: product.id,
        input: {
          name: "Backwards",
          validity: { validFrom: "2027-01-02T00:00:00Z", validUntil: "2027-01-01T00:00:00Z" },
        },
      }),
    ).rejects.toMatchObject({ invalidFields: [{ name: "validity.validUntil" }] });
    await expect(
      createPlan({
        actor: owner,
        productId: product.id,
        input: { name: "Cents", costPerNamespaceUnit: 0.001 },
      }),
    ).rejects.toMatchObject({ invalidFields: [{ name: "costPerNamespaceUnit" }] });
  });
});
