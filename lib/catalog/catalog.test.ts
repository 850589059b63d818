import { describe, expect, it } from "vitest";
import { systemActor } from "@/lib/auth/actor";
import {
  addMember,
  makeOrganizationWithOwner,
  makeProvider,
  makeUser,
  userActor,
} from "@/lib/testing/factories";
import { pageProducts, getProduct } from "./product-reads";
import {
  archiveProduct,
  createProduct,
  deleteProduct,
  setProductPublished,
  setProductActive,
  updateProduct,
} from "./product-writes";
import {
  createProductGroup,
  deleteProductGroup,
  getProductGroup,
  pageProductGroups,
  updateProductGroup,
} from "./product-groups";

const page = { page: 0, size: 50 };
const productInput = (extra: Record<string, unknown> = {}) => ({
  name: `Product ${Math.random().toString(36).slice(2, 8)}`,
  price: 19.99,
  ...extra,
});

describe("product groups", () => {
  it("are created by provider staff for their own organization and edited at a version", async () => {
    const { owner, organization } = await makeProvider();
    const group = await createProductGroup({
      actor: owner,
      input: { name: "Storage", providerOrganizationId: "00000000-0000-4000-8000-000000000000" },
    });
    expect(group).toMatchObject({
      name: "Storage",
      providerOrganizationId: organization.id,
      active: true,
      uuid: group.id,
    });
    const updated = await updateProductGroup({
      actor: owner,
      id: group.id,
      input: { ...group, description: "Disks" },
    });
    expect(updated.changeSequence).toBe(2);
    await expect(
      updateProductGroup({ actor: owner, id: group.id, input: { ...group, description: "Stale" } }),
    ).rejects.toMatchObject({
      code: "stale_change_sequence",
    });
  });

  it("are refused to customers and to members without catalog rights", async () => {
    const customer = await makeOrganizationWithOwner();
    await expect(
      createProductGroup({ actor: customer.owner, input: { name: "Nope" } }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const provider = await makeProvider();
    const member = await makeUser();
    await addMember(provider.organization.id, member.id, "member");
    await expect(
      createProductGroup({
        actor: userActor(member.id, provider.organization.id, "member"),
        input: { name: "Nope" },
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("hide inactive groups from customers and cannot be deleted while they hold products", async () => {
    const { owner } = await makeProvider();
    const group = await createProductGroup({ actor: owner, input: { name: "Hidden", active: false } });
    const customer = await makeOrganizationWithOwner();
    await expect(getProductGroup({ actor: customer.owner, id: group.id })).rejects.toMatchObject({
      code: "not_found",
    });
    const listed = await pageProductGroups({ actor: customer.owner, page });
    expect(listed.content.map((g) => g.id)).not.toContain(group.id);

    const product = await createProduct({ actor: owner, input: productInput({ productGroupId: group.id }) });
    await expect(deleteProductGroup({ actor: owner, id: group.id })).rejects.toMatchObject({
      code: "conflict",
    });
    await deleteProduct({ actor: owner, id: product.id });
    await deleteProductGroup({ actor: owner, id: group.id });
  });
});

describe("products", () => {
  it("keep money exact and round-trip prices such as 19.99 and 0.10", async () => {
    const { owner } = await makeProvider();
    for (const [price, expected] of [
      [19.99, 19.99],
      ["0.10", 0.1],
      [0.29, 0.29],
      [1234567.89, 1234567.89],
    ] as const) {
      const product = await createProduct({ actor: owner, input: productInput({ price }) });
      expect(product.price).toBe(expected);
      expect((await getProduct({ actor: owner, id: product.id })).price).toBe(expected);
    }
    await expect(
      createProduct({ actor: owner, input: productInput({ price: 1.005 }) }),
    ).rejects.toMatchObject({
      invalidFields: [{ name: "price" }],
    });
    const yen = await createProduct({ actor: owner, input: productInput({ price: 500, currency: "jpy" }) });
    expect(yen).toMatchObject({ price: 500, currency: "JPY" });
  });

  it("are invisible to customers until published, active, public and not archived", async () => {
    const { owner } = await makeProvider();
    const customer = await makeOrganizationWithOwner();
    const draft = await createProduct({ actor: owner, input: productInput({ publiclyAvailable: true }) });
    await expect(getProduct({ actor: customer.owner, id: draft.id })).rejects.toMatchObject({
      code: "not_found",
    });
    const published = await setProductPublished({
      published: true,
      actor: owner,
      id: draft.id,
      changeSequence: draft.changeSequence,
    });
    expect((await getProduct({ actor: customer.owner, id: draft.id })).productStatus).toBe("PUBLISHED");
    const ids = async () =>
      (await pageProducts({ actor: customer.owner, filter: {}, page })).content.map((p) => p.id);
    expect(await ids()).toContain(draft.id);

    const inactive = await setProductActive({
      actor: owner,
      id: draft.id,
      active: false,
      changeSequence: published.changeSequence,
    });
    expect(await ids()).not.toContain(draft.id);
    const active = await setProductActive({
      actor: owner,
      id: draft.id,
      active: true,
      changeSequence: inactive.changeSequence,
    });
    await archiveProduct({
      actor: owner,
      id: draft.id,
      input: { reason: "Replaced by v2", changeSequence: active.changeSequence },
    });
    expect(await ids()).not.toContain(draft.id);
    await expect(getProduct({ actor: customer.owner, id: draft.id })).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await getProduct({ actor: owner, id: draft.id })).archiveReason).toBe("Replaced by v2");
  });

  it("list only what customers see when asked for listed products, even to their provider", async () => {
    const { owner, organization } = await makeProvider();
    const draft = await createProduct({ actor: owner, input: productInput({ publiclyAvailable: true }) });
    const live = await createProduct({
      actor: owner,
      input: productInput({ publiclyAvailable: true, productStatus: "PUBLISHED" }),
    });
    const filter = { providerOrganizationId: organization.id };
    const all = await pageProducts({ actor: owner, filter, page });
    const listedOnly = await pageProducts({ actor: owner, filter: { ...filter, listed: "true" }, page });
    expect(all.content.map((p) => p.id).sort()).toEqual([draft.id, live.id].sort());
    expect(listedOnly.content.map((p) => p.id)).toEqual([live.id]);
    expect(listedOnly.totalElements).toBe(1);
  });

  it("cannot be edited by another provider", async () => {
    const mine = await makeProvider();
    const theirs = await makeProvider();
    const product = await createProduct({
      actor: mine.owner,
      input: productInput({ publiclyAvailable: true, productStatus: "PUBLISHED" }),
    });
    await expect(
      updateProduct({ actor: theirs.owner, id: product.id, input: { ...product, name: "Hijacked" } }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(deleteProduct({ actor: theirs.owner, id: product.id })).rejects.toMatchObject({
      code: "forbidden",
    });
    const draft = await createProduct({ actor: mine.owner, input: productInput() });
    await expect(
      updateProduct({ actor: theirs.owner, id: draft.id, input: { ...draft, name: "Hijacked" } }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await getProduct({ actor: mine.owner, id: product.id })).name).toBe(product.name);
  });

  it("validate fields, groups and compatibilities", async () => {
    const { owner } = await makeProvider();
    const other = await makeProvider();
    const foreignGroup = await createProductGroup({ actor: other.owner, input: { name: "Theirs" } });
    const foreignProduct = await createProduct({ actor: other.owner, input: productInput() });
    const bad = await createProduct({
      actor: owner,
      input: {
        name: "ab",
        description: "x".repeat(241),
        colour: "c".repeat(33),
        imageUrl: "javascript:alert(1)",
        currency: "XXXX",
      },
    }).catch((e: { invalidFields: { name: string }[] }) => e.invalidFields.map((f) => f.name).sort());
    expect(bad).toEqual(["colour", "currency", "description", "imageUrl", "name"]);
    await expect(
      createProduct({ actor: owner, input: productInput({ productGroupId: foreignGroup.id }) }),
    ).rejects.toMatchObject({
      invalidFields: [{ name: "productGroupId" }],
    });
    await expect(
      createProduct({ actor: owner, input: productInput({ compatibleProductIds: [foreignProduct.id] }) }),
    ).rejects.toMatchObject({ invalidFields: [{ name: "compatibleProductIds" }] });
    const a = await createProduct({ actor: owner, input: productInput() });
    const b = await createProduct({ actor: owner, input: productInput({ compatibleProductIds: [a.id] }) });
    expect(b.compatibleProductIds).toEqual([a.id]);
  });

  it("are created by platform admins for a named provider, or else the platform's own", async () => {
    const customer = await makeOrganizationWithOwner();
    const unnamed = await createProduct({ actor: systemActor(), input: productInput() });
    expect(unnamed.providerOrganizationId).not.toBe(customer.organization.id);
    await expect(
      createProduct({
        actor: systemActor(),
        input: productInput({ providerOrganizationId: customer.organization.id }),
      }),
    ).rejects.toMatchObject({ invalidFields: [{ name: "providerOrganizationId" }] });
    const provider = await makeProvider();
    const product = await createProduct({
      actor: systemActor(),
      input: productInput({ providerOrganizationId: provider.organization.id }),
    });
    expect(product.providerOrganizationId).toBe(provider.organization.id);
  });

  it("list promoted first, then by order, filtered and searched", async () => {
    const { owner, organization } = await makeProvider();
    const tag = `sorted${Date.now()}`;
    await createProduct({ actor: owner, input: productInput({ name: `${tag} b`, order: 1 }) });
    await createProduct({
      actor: owner,
      input: productInput({ name: `${tag} a`, order: 2, promoted: true }),
    });
    await createProduct({ actor: owner, input: productInput({ name: `${tag} c`, order: 0 }) });
    const listed = await pageProducts({
      actor: owner,
      filter: { query: tag, providerOrganizationId: organization.id },
      page,
    });
    expect(listed.content.map((p) => p.name)).toEqual([`${tag} a`, `${tag} c`, `${tag} b`]);
    const byName = await pageProducts({
      actor: owner,
      filter: { query: tag },
      page: { ...page, sort: "name,desc" },
    });
    expect(byName.content.map((p) => p.name)).toEqual([`${tag} c`, `${tag} b`, `${tag} a`]);
    expect(byName.totalElements).toBe(3);
  });
});
