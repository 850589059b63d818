import { callRoute } from "@/lib/testing/call-route";
import { makeOrganization, makeOrganizationKey, makePlatformKey, makeUser } from "@/lib/testing/factories";
import { routeHandlerFor } from "./route-handlers";

export type Identity = "platform" | "provider" | "customer" | "anonymous";

/** One user for every world: `PATCH /api/users/{id}` may rename or disable it, harming nothing. */
let user: Awaited<ReturnType<typeof makeUser>> | undefined;

/**
 * A small catalog to aim at: a provider with a group, a product, a plan and terms, and a
 * customer subscribed to the product. Fresh for each operation, so what one operation's
 * fuzzing changes (a renamed slug, a deleted plan) never blunts another's.
 */
export async function makeFuzzWorld() {
  // Organizations without people: keys act for them, and password hashing is the slow part.
  const provider = await makeOrganization({ provider: true });
  const customer = await makeOrganization();
  user ??= await makeUser();
  const keys: Record<Identity, string | undefined> = {
    platform: (await makePlatformKey()).key,
    provider: (await makeOrganizationKey(provider.id)).key,
    customer: (await makeOrganizationKey(customer.id)).key,
    anonymous: undefined,
  };
  const post = async (apiPath: string, body: unknown, key = keys.provider, params = {}, headers = {}) => {
    const answer = await callRoute(await routeHandlerFor(apiPath, "POST"), {
      method: "POST",
      path: apiPath,
      apiKey: key,
      body,
      params,
      headers,
    });
    if (answer.status !== 201) throw new Error(`${apiPath}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return (answer.body as { id: string }).id;
  };
  const group = await post("/api/product-groups", { name: "Fuzz group" });
  const product = await post("/api/products", {
    name: "Fuzz product",
    productGroupId: group,
    productStatus: "PUBLISHED",
    publiclyAvailable: true,
    hasQuantity: true,
  });
  const plan = await post("/api/products/{id}/plans", { name: "Fuzz plan" }, keys.provider, { id: product });
  const sla = await post("/api/sla-definitions", { name: "Fuzz SLA", uptimePercent: "99.9" });
  const rule = await post("/api/pricing-rules", {
    name: "Fuzz rule",
    ruleType: "FLAT",
    parameters: { amount: 1 },
  });
  const subscription = await post("/api/product-subscriptions", { productId: product }, keys.customer);
  const apiKey = await post("/api/api-keys", { name: "Fuzz key" }, keys.provider);
  // The wallis bundle API acts for the organization its `organization-id` header names.
  const bundle = await post(
    "/api/bundles",
    { name: "Fuzz bundle", planIds: [plan] },
    keys.customer,
    {},
    { "organization-id": customer.id },
  );
  const productKey = await post("/api/product-keys", {
    organizationId: customer.id,
    productIds: [product],
    email: "fuzz-owner@test.example",
    firstName: "Fuzz",
    lastName: "Owner",
  });
  /** The organization each identity acts for, and one it does not belong to. */
  const organizations = {
    platform: customer.id,
    provider: provider.id,
    customer: customer.id,
    anonymous: customer.id,
    other: (await makeOrganization()).id,
  };

  /** The id that fits a path parameter, by the collection it follows. */
  const ids: Record<string, string> = {
    organizations: provider.id,
    users: user.id,
    "api-keys": apiKey,
    "product-groups": group,
    products: product,
    plans: plan,
    "sla-definitions": sla,
    "pricing-rules": rule,
    "product-subscriptions": subscription,
    bundles: bundle,
    "product-keys": productKey,
  };
  return { keys, organizations, idFor: (collection: string) => ids[collection] };
}

export type FuzzWorld = Awaited<ReturnType<typeof makeFuzzWorld>>;
