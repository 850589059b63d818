import { expect, test, unique } from "../fixtures";

/**
 * Revenium's product key API against the running server, with the platform key: a provider's
 * listed product, a key created from the reference payload and shown once, a rotation whose
 * new secret comes back once beside the old prefix, a stale change refused, and a revocation.
 */
test("a product key is created, rotated, changed and revoked through the API, its secret shown once", async ({
  api,
}) => {
  const organization = async (provider: boolean) => {
    const created = await api("/api/organizations", {
      method: "POST",
      data: { name: unique("Keys org"), provider },
    });
    expect(created.status()).toBe(201);
    return ((await created.json()) as { id: string }).id;
  };
  const providerOrganizationId = await organization(true);
  const organizationId = await organization(false);
  const product = await api("/api/products", {
    method: "POST",
    data: {
      name: unique("Metered API"),
      productStatus: "PUBLISHED",
      publiclyAvailable: true,
      providerOrganizationId,
    },
  });
  const productId = ((await product.json()) as { id: string }).id;

  const created = await api("/api/product-keys", {
    method: "POST",
    data: {
      providerOrganizationId,
      organizationId,
      productIds: [productId],
      description: "Build farm",
      email: `${unique("owner")}@example.com`,
      firstName: "Ada",
      lastName: "Lovelace",
      quota: 1000,
      quotaNotificationThreshold: 80,
      tags: ["e2e"],
      expiration: Date.UTC(2099, 0, 1),
    },
  });
  expect(created.status()).toBe(201);
  const key = (await created.json()) as { id: string; key: string; prefix: string; changeSequence: number };
  expect(key.key).toMatch(/^sdpk_[0-9A-Za-z]{38}$/);
  expect(key.prefix).toBe(key.key.slice(0, 12));

  const read = await api(`/api/product-keys/${key.id}`);
  const body = (await read.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status: "active", quota: 1000, expiration: Date.UTC(2099, 0, 1) });
  expect(JSON.stringify(body)).not.toContain(key.key);

  const rotated = await api(`/api/product-keys/${key.id}/rotate`, {
    method: "POST",
    data: { graceHours: 1 },
  });
  const afterRotation = (await rotated.json()) as {
    key: string;
    secrets: { prefix: string }[];
    changeSequence: number;
  };
  expect(afterRotation.key).not.toBe(key.key);
  expect(afterRotation.secrets.map((s) => s.prefix)).toEqual([afterRotation.key.slice(0, 12), key.prefix]);

  const stale = await api(`/api/product-keys/${key.id}`, {
    method: "PUT",
    data: { changeSequence: key.changeSequence, quota: 5 },
  });
  expect(stale.status()).toBe(409);

  const revoked = await api(`/api/product-keys/${key.id}/revoke`, {
    method: "POST",
    data: { reason: "E2E done" },
  });
  expect(await revoked.json()).toMatchObject({ status: "revoked", revokedReason: "E2E done" });
  const listed = await api(`/api/product-keys?q=${encodeURIComponent(afterRotation.key)}`);
  expect(await listed.json()).toMatchObject({ items: [{ id: key.id, status: "revoked" }] });
});
