import { expect, test, unique } from "../fixtures";

/**
 * The wallis bundle API against the running server: a provider and a customer made through
 * the API, the reference's create-subscription call, a decision, the key shown once, and the
 * organization-id header's rules — all with the platform key, acting for each side in turn.
 */
test("a customer requests a provider's plan through the wallis API and the provider approves it", async ({
  api,
}) => {
  // The platform key acts for whichever organization the organization-id header names.
  const organization = async (provider: boolean) => {
    const created = await api("/api/organizations", {
      method: "POST",
      data: { name: unique("Wallis org"), provider },
    });
    expect(created.status()).toBe(201);
    return ((await created.json()) as { id: string }).id;
  };
  const providerId = await organization(true);
  const customerId = await organization(false);
  const as = (id: string) => ({ headers: { "organization-id": id } });

  const product = await api("/api/products", {
    method: "POST",
    data: {
      name: unique("Wallis API"),
      productStatus: "PUBLISHED",
      publiclyAvailable: true,
      providerOrganizationId: providerId,
    },
  });
  const productId = ((await product.json()) as { id: string }).id;
  const plan = await api(`/api/products/${productId}/plans`, {
    method: "POST",
    data: { name: "Gold", approvalRequired: true },
  });
  const planId = ((await plan.json()) as { id: string }).id;

  const draft = await api("/api/bundles", {
    method: "POST",
    data: { name: unique("Bundle"), providerOrganizationId: providerId },
    ...as(customerId),
  });
  expect(draft.status()).toBe(201);
  const bundleId = ((await draft.json()) as { id: string }).id;

  const missingHeader = await api(`/api/bundles/${bundleId}/subscriptions`, {
    method: "POST",
    data: { planIds: [planId] },
  });
  expect(missingHeader.status()).toBe(403);
  expect(await missingHeader.json()).toMatchObject({
    type: "/problems/forbidden",
    traceId: expect.any(String),
  });

  const added = await api(`/api/bundles/${bundleId}/subscriptions`, {
    method: "POST",
    data: { planIds: [planId] },
    ...as(customerId),
  });
  expect(added.status()).toBe(200);
  expect(await added.json()).toMatchObject({
    id: bundleId,
    contractStatus: "DRAFT",
    organizationId: customerId,
    providerOrganization: { id: providerId, provider: true, active: true },
    bundleProducts: [{ id: productId, subscriptions: [{ planId, planName: "Gold" }] }],
  });
  const again = await api(`/api/bundles/${bundleId}/subscriptions`, {
    method: "POST",
    data: { planIds: [planId] },
    ...as(customerId),
  });
  expect(again.status()).toBe(400);
  expect(await again.json()).toMatchObject({ type: "/problems/conflict", message: expect.any(String) });

  await api(`/api/bundles/${bundleId}/submit`, { method: "POST", data: {}, ...as(customerId) });
  const queue = await api(
    `/api/bundles?filter=${encodeURIComponent("contractStatus:REQUESTED")}`,
    as(providerId),
  );
  expect(((await queue.json()) as { content: { id: string }[] }).content.map((b) => b.id)).toContain(
    bundleId,
  );

  const decided = await api(`/api/bundles/${bundleId}/decisions`, {
    method: "POST",
    data: { decisions: [{ planId, decision: "APPROVED" }] },
    ...as(providerId),
  });
  expect(decided.status(), await decided.text()).toBe(200);
  const bundle = (await decided.json()) as {
    contractStatus: string;
    accesses: { id: string; status: string }[];
  };
  expect(bundle.contractStatus).toBe("APPROVED");
  // Made through the API alone, the customer has nobody to hold a key: it waits for its first
  // signed-in person to reveal it, and a key's reveal says so.
  expect(bundle.accesses[0]!.status).toBe("ACTIVATION_REQUESTED");
  const reveal = await api(`/api/bundles/${bundleId}/accesses/${bundle.accesses[0]!.id}/secret`, {
    method: "POST",
    ...as(customerId),
  });
  expect(reveal.status()).toBe(400);
  expect(await reveal.json()).toMatchObject({
    type: "/problems/conflict",
    message: expect.stringContaining("Nobody"),
  });
});
