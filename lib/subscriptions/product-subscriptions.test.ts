import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as subscriptionRoute from "@/app/api/product-subscriptions/[id]/route";
import * as subscriptionsRoute from "@/app/api/product-subscriptions/route";
import { getDb } from "@/db/open";
import { organizations } from "@/db/schema";
import { systemActor } from "@/lib/auth/actor";
import { setClock } from "@/lib/clock";
import { archiveProduct, createProduct, deleteProduct } from "@/lib/catalog/product-writes";
import { changeOrganizationStatus } from "@/lib/organizations/change-organization-status";
import { callRoute } from "@/lib/testing/call-route";
import {
  addMember,
  makeOrganization,
  makeOrganizationKey,
  makeOrganizationWithOwner,
  makePlatformKey,
  makeProvider,
  makeUser,
  userActor,
} from "@/lib/testing/factories";
import {
  createProductSubscription,
  deleteProductSubscription,
  getProductSubscription,
  pageProductSubscriptions,
  updateProductSubscription,
} from "./product-subscriptions";
import { getSubscription } from "./read-subscriptions";
import { subscriptionHistory } from "./subscription-history";

async function listedProduct(extra: Record<string, unknown> = {}) {
  const provider = await makeProvider();
  const product = await createProduct({
    actor: provider.owner,
    input: { name: `Sub ${Date.now()}`, productStatus: "PUBLISHED", publiclyAvailable: true, ...extra },
  });
  return { provider, product };
}

describe("product subscriptions", () => {
  it("subscribe an active organization to a listed product, change the quantity at a version, and cancel", async () => {
    const { product } = await listedProduct({ hasQuantity: true });
    const { owner, organization } = await makeOrganizationWithOwner();
    const created = await createProductSubscription({
      actor: owner,
      input: { product: { id: product.id }, quantity: 3 },
    });
    expect(created).toMatchObject({
      organizationId: organization.id,
      productId: product.id,
      quantity: 3,
      changeSequence: 1,
    });
    expect(created.organization.slug).toBe(organization.slug);
    const changed = await updateProductSubscription({
      actor: owner,
      id: created.id,
      input: { quantity: 5, changeSequence: 1 },
    });
    expect(changed.quantity).toBe(5);
    await expect(
      updateProductSubscription({ actor: owner, id: created.id, input: { quantity: 6, changeSequence: 1 } }),
    ).rejects.toMatchObject({ code: "stale_change_sequence" });
    await deleteProductSubscription({ actor: owner, id: created.id });
    await expect(getProductSubscription({ actor: owner, id: created.id })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("refuse drafts, quantities on unit products, and other organizations' subscriptions", async () => {
    const { provider, product } = await listedProduct();
    const draft = await createProduct({
      actor: provider.owner,
      input: { name: "Draft only", publiclyAvailable: true },
    });
    const mine = await makeOrganizationWithOwner();
    const theirs = await makeOrganizationWithOwner();
    await expect(
      createProductSubscription({ actor: mine.owner, input: { productId: draft.id } }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      createProductSubscription({ actor: mine.owner, input: { productId: product.id, quantity: 2 } }),
    ).rejects.toMatchObject({
      invalidFields: [{ name: "quantity" }],
    });
    const theirsSub = await createProductSubscription({
      actor: theirs.owner,
      input: { productId: product.id },
    });
    await expect(getProductSubscription({ actor: mine.owner, id: theirsSub.id })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(deleteProductSubscription({ actor: mine.owner, id: theirsSub.id })).rejects.toMatchObject({
      code: "not_found",
    });
    // Naming another organization in the payload does not move the subscription there.
    const own = await createProductSubscription({
      actor: mine.owner,
      input: { productId: product.id, organizationId: theirs.organization.id },
    });
    expect(own.organizationId).toBe(mine.organization.id);
  });

  it("let pending and suspended organizations look but not subscribe or change", async () => {
    const { product } = await listedProduct({ hasQuantity: true });
    const pending = await makeOrganization();
    const user = await makeUser();
    await addMember(pending.id, user.id, "owner");
    await (
      await getDb()
    )
      .update(organizations)
      .set({ organizationStatus: "pending_verification" })
      .where(eq(organizations.id, pending.id));
    await expect(
      createProductSubscription({
        actor: userActor(user.id, pending.id, "owner"),
        input: { productId: product.id },
      }),
    ).rejects.toMatchObject({ code: "forbidden", message: expect.stringMatching(/verify their email/) });

    const active = await makeOrganizationWithOwner();
    const sub = await createProductSubscription({ actor: active.owner, input: { productId: product.id } });
    await changeOrganizationStatus({
      actor: systemActor(),
      id: active.organization.id,
      input: { status: "suspended", reason: "Unpaid", changeSequence: active.organization.changeSequence },
    });
    await expect(
      updateProductSubscription({
        actor: active.owner,
        id: sub.id,
        input: { quantity: 2, changeSequence: 1 },
      }),
    ).rejects.toMatchObject({ code: "forbidden", message: expect.stringMatching(/suspended/) });
    expect((await getProductSubscription({ actor: active.owner, id: sub.id })).quantity).toBe(1);
  });

  it("keep their product from being deleted: archive it instead", async () => {
    const { provider, product } = await listedProduct();
    const customer = await makeOrganizationWithOwner();
    await createProductSubscription({ actor: customer.owner, input: { productId: product.id } });
    await expect(deleteProduct({ actor: provider.owner, id: product.id })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/archive it instead/),
    });
    const archived = await archiveProduct({
      actor: provider.owner,
      id: product.id,
      input: { reason: "End of life", changeSequence: product.changeSequence },
    });
    expect(archived.archiveReason).toBe("End of life");
  });

  it("speak Kodexa's shape over the API", async () => {
    const { product } = await listedProduct();
    const { organization } = await makeOrganizationWithOwner();
    const { key } = await makeOrganizationKey(organization.id);
    const created = await callRoute(subscriptionsRoute.POST, {
      method: "POST",
      path: "/api/product-subscriptions",
      apiKey: key,
      body: { productId: product.id, quantity: 1, id: "ignored", changeSequence: 99 },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      uuid: created.body.id,
      organizationId: organization.id,
      product: { id: product.id },
      quantity: 1,
    });
    const page = await callRoute(subscriptionsRoute.GET, {
      path: "/api/product-subscriptions?page=0&size=10",
      apiKey: key,
    });
    expect(page.body).toMatchObject({ totalElements: 1, content: [{ id: created.body.id }] });
    const removed = await callRoute(subscriptionRoute.DELETE, {
      method: "DELETE",
      path: "/x",
      apiKey: key,
      params: { id: created.body.id },
    });
    expect(removed.status).toBe(204);
  });

  it("end on delete: gone for Kodexa (404, out of lists), kept with its history for the domain's reads", async () => {
    const { provider, product } = await listedProduct({ hasQuantity: true });
    const { organization, owner } = await makeOrganizationWithOwner();
    const { key } = await makeOrganizationKey(organization.id);
    const kept = await createProductSubscription({ actor: owner, input: { productId: product.id } });
    const ended = await createProductSubscription({
      actor: owner,
      input: { productId: product.id, quantity: 2 },
    });
    const stale = await callRoute(subscriptionRoute.PUT, {
      method: "PUT",
      path: "/x",
      apiKey: key,
      params: { id: ended.id },
      body: { quantity: 4, changeSequence: ended.changeSequence + 1 },
    });
    expect(stale.status).toBe(409);
    await callRoute(subscriptionRoute.DELETE, {
      method: "DELETE",
      path: "/x",
      apiKey: key,
      params: { id: ended.id },
    });

    const read = await callRoute(subscriptionRoute.GET, {
      path: "/x",
      apiKey: key,
      params: { id: ended.id },
    });
    expect(read.status).toBe(404);
    const again = await callRoute(subscriptionRoute.DELETE, {
      method: "DELETE",
      path: "/x",
      apiKey: key,
      params: { id: ended.id },
    });
    expect(again.status).toBe(404);
    const page = await callRoute(subscriptionsRoute.GET, {
      path: `/api/product-subscriptions?productId=${product.id}`,
      apiKey: key,
    });
    expect(page.body).toMatchObject({ totalElements: 1, content: [{ id: kept.id }] });

    const record = await getSubscription({ actor: owner, id: ended.id });
    expect(record).toMatchObject({
      status: "ended",
      quantity: 2,
      endReason: expect.stringMatching(/Kodexa/),
    });
    const history = await subscriptionHistory({ actor: owner, id: ended.id });
    expect(history.map((h) => [h.kind, h.state])).toEqual([
      ["cancel", "applied"],
      ["create", "applied"],
    ]);
    // Its provider lists its customers' subscriptions; a platform key reads one without a support grant.
    const providerKey = await makeOrganizationKey(provider.organization.id);
    const providerPage = await callRoute(subscriptionsRoute.GET, {
      path: `/api/product-subscriptions?organizationId=${organization.id}`,
      apiKey: providerKey.key,
    });
    expect(providerPage.body).toMatchObject({ totalElements: 1, content: [{ id: kept.id }] });
    const platform = await makePlatformKey();
    const byPlatform = await callRoute(subscriptionRoute.GET, {
      path: "/x",
      apiKey: platform.key,
      params: { id: kept.id },
    });
    expect(byPlatform.status).toBe(200);
  });

  it("take the organization and product nested, and ignore the read-only fields", async () => {
    const { provider, product } = await listedProduct();
    const customer = await makeOrganizationWithOwner();
    const platform = await makePlatformKey();
    const created = await callRoute(subscriptionsRoute.POST, {
      method: "POST",
      path: "/api/product-subscriptions",
      apiKey: platform.key,
      body: {
        id: "not-this",
        uuid: "nor-this",
        changeSequence: 123,
        createdOn: "2023-11-07T05:31:56Z",
        organization: { id: customer.organization.id, name: "ignored", slug: "ignored" },
        organizationId: null,
        product: { id: product.id, name: "ignored", productGroup: { id: "x" } },
        productId: null,
        quantity: 1,
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      organizationId: customer.organization.id,
      organization: { slug: customer.organization.slug },
      product: { id: product.id, name: product.name },
      changeSequence: 1,
    });
    expect(created.body.id).not.toBe("not-this");
    // A provider may subscribe a customer to its own product; a customer only itself.
    const byProvider = await createProductSubscription({
      actor: provider.owner,
      input: { productId: product.id, organizationId: customer.organization.id },
    });
    expect(byProvider.organizationId).toBe(customer.organization.id);
  });

  it("page newest first, ties by id, one page after another as in one long page", async () => {
    const { product } = await listedProduct();
    const { owner } = await makeOrganizationWithOwner();
    const made: string[] = [];
    try {
      // Two moments, so that rows share a creation time and the id decides their order.
      for (const at of [
        Date.UTC(2026, 0, 5),
        Date.UTC(2026, 0, 5),
        Date.UTC(2026, 0, 6),
        Date.UTC(2026, 0, 6),
      ]) {
        setClock(at);
        made.push(
          (await createProductSubscription({ actor: owner, input: { product: { id: product.id } } })).id,
        );
      }
    } finally {
      setClock(null);
    }
    await deleteProductSubscription({ actor: owner, id: made[1]! });
    const filter = { actor: owner, productId: product.id };
    const whole = await pageProductSubscriptions({ ...filter, page: { page: 0, size: 50 } });
    const newestFirst = [made[2]!, made[3]!].sort().reverse().concat(made[0]!);
    expect(whole.content.map((s) => s.id)).toEqual(newestFirst);
    const pages = [];
    for (let page = 0; page < 3; page++)
      pages.push(
        (await pageProductSubscriptions({ ...filter, page: { page, size: 2 } })).content.map((s) => s.id),
      );
    expect(pages).toEqual([newestFirst.slice(0, 2), newestFirst.slice(2), []]);
  });
});
