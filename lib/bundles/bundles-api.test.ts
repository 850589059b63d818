import { describe, expect, it } from "vitest";
import * as accessStatusRoute from "@/app/api/bundles/[bundleId]/access-status/route";
import * as revealRoute from "@/app/api/bundles/[bundleId]/accesses/[accessId]/secret/route";
import * as decisionsRoute from "@/app/api/bundles/[bundleId]/decisions/route";
import * as bundleRoute from "@/app/api/bundles/[bundleId]/route";
import * as submitRoute from "@/app/api/bundles/[bundleId]/submit/route";
import * as subscriptionsRoute from "@/app/api/bundles/[bundleId]/subscriptions/route";
import * as bulkRoute from "@/app/api/bundles/decisions/route";
import * as bundlesRoute from "@/app/api/bundles/route";
import { makeBundleWorld, type BundleWorld } from "@/lib/testing/bundle-factories";
import { callRoute } from "@/lib/testing/call-route";
import { makeOrganizationKey, makePlatformKey } from "@/lib/testing/factories";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";
import { bundleViewSchema, type BundleView } from "./bundle-view-schema";

type Handler = Parameters<typeof callRoute>[0];

async function keysFor(world: BundleWorld) {
  return {
    customer: (await makeOrganizationKey(world.customer.organization.id)).key,
    provider: (await makeOrganizationKey(world.provider.organization.id)).key,
    platform: (await makePlatformKey()).key,
  };
}

const call = (
  handler: Handler,
  key: string,
  organizationId: string | null,
  options: { method?: string; path: string; body?: unknown; params?: Record<string, string> },
) =>
  callRoute(handler, {
    ...options,
    apiKey: key,
    headers: organizationId === null ? {} : { "organization-id": organizationId },
  });

/** A customer's draft through the API, then the reference call adding a plan. */
async function draftWithPlan() {
  const world = await makeBundleWorld();
  const keys = await keysFor(world);
  const customerId = world.customer.organization.id;
  const created = await call(bundlesRoute.POST, keys.customer, customerId, {
    method: "POST",
    path: "/api/bundles",
    body: { name: "Wallis bundle", providerOrganizationId: world.provider.organization.id },
  });
  expect(created.status).toBe(201);
  const bundleId = (created.body as BundleView).id;
  const add = (planIds: unknown, key = keys.customer, organizationId: string | null = customerId) =>
    call(subscriptionsRoute.POST, key, organizationId, {
      method: "POST",
      path: `/api/bundles/${bundleId}/subscriptions`,
      body: { planIds },
      params: { bundleId },
    });
  return { world, keys, bundleId, customerId, add };
}

const wallisError = (type: string) => ({
  message: expect.any(String),
  timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
  traceId: expect.any(String),
  type,
});

describe("the wallis bundle API", () => {
  it("answers the reference call with the bundle in the documented shape", async () => {
    const { world, bundleId, customerId, add } = await draftWithPlan();
    const answer = await add([world.plans.trial.id, world.plans.feed.id]);
    expect(answer.status).toBe(200);
    const bundle = bundleViewSchema.parse(answer.body);
    expect(bundle).toMatchObject({
      id: bundleId,
      organizationId: customerId,
      contractStatus: "DRAFT",
      bundleStatus: "DRAFT",
      accessStatus: { access: true, accessNote: null },
      providerOrganization: { id: world.provider.organization.id, provider: true, active: true },
      contact: { name: "Casey Contact", defaultContact: true },
      accesses: [],
      approvals: [],
    });
    expect(Object.keys(bundle.providerOrganization).sort()).toEqual([
      "active",
      "email",
      "id",
      "name",
      "provider",
    ]);
    const plans = bundle.bundleProducts.flatMap((p) => p.subscriptions.map((s) => s.planId)).sort();
    expect(plans).toEqual([world.plans.trial.id, world.plans.feed.id].sort());
    expect(bundle.bundleProducts.flatMap((p) => p.bundleProductPlans.map((s) => s.id)).sort()).toEqual(plans);
  });

  it("answers wallis errors: element not found and conflict as 400, permission as 403", async () => {
    const { world, keys, add } = await draftWithPlan();
    const other = await makeBundleWorld();
    const unknown = await add([other.plans.trial.id]);
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({
      ...wallisError("/problems/invalid-input"),
      invalidFields: [{ name: "planIds.0", reason: "element not found" }],
    });
    expect(unknown.contentType).toBe("application/problem+json");
    expect((await add([world.plans.trial.id])).status).toBe(200);
    const twice = await add([world.plans.trial.id]);
    expect(twice.status).toBe(400);
    expect(twice.body).toMatchObject(wallisError("/problems/conflict"));
    const missing = await call(bundleRoute.GET, keys.customer, world.customer.organization.id, {
      path: "/api/bundles/x",
      params: { bundleId: "3f1d6c1e-9d1b-4a7e-8a37-2c4c0d3a9b10" },
    });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject(wallisError("/problems/not-found"));
    // The provider's own key may not add plans to a customer's bundle (its draft is not even visible).
    expect((await add([world.plans.paid.id], keys.provider, world.provider.organization.id)).status).toBe(
      400,
    );
  });

  it("requires an organization-id the key acts for", async () => {
    const { world, keys, add } = await draftWithPlan();
    expect((await add([world.plans.trial.id], keys.customer, null)).status).toBe(403);
    const foreign = await add([world.plans.trial.id], keys.customer, world.provider.organization.id);
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatchObject(wallisError("/problems/forbidden"));
    const malformed = await add([world.plans.trial.id], keys.customer, "not-a-uuid");
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({
      invalidFields: [{ name: "organization-id", reason: "must be a UUID" }],
    });
    expect(
      (await add([world.plans.trial.id], keys.platform, "3f1d6c1e-9d1b-4a7e-8a37-2c4c0d3a9b10")).status,
    ).toBe(403);
    // A platform key acts for any organization it names.
    expect((await add([world.plans.trial.id], keys.platform, world.customer.organization.id)).status).toBe(
      200,
    );
  });

  it("lets the provider decide, refuses self-approval, and keeps other providers and customers out", async () => {
    const { world, keys, bundleId, customerId, add } = await draftWithPlan();
    await add([world.plans.trial.id, world.plans.feed.id]);
    const submitted = await call(submitRoute.POST, keys.customer, customerId, {
      method: "POST",
      path: `/api/bundles/${bundleId}/submit`,
      body: {},
      params: { bundleId },
    });
    expect(submitted.body).toMatchObject({ contractStatus: "REQUESTED" });
    const decide = (key: string, organizationId: string, body: unknown) =>
      call(decisionsRoute.POST, key, organizationId, {
        method: "POST",
        path: `/api/bundles/${bundleId}/decisions`,
        body,
        params: { bundleId },
      });
    const approveTrial = { decisions: [{ planId: world.plans.trial.id, decision: "APPROVED" }] };
    const stranger = await makeBundleWorld();
    const strangerKey = (await makeOrganizationKey(stranger.provider.organization.id)).key;
    expect((await decide(strangerKey, stranger.provider.organization.id, approveTrial)).body).toMatchObject(
      wallisError("/problems/not-found"),
    );
    const customerKey = (await makeOrganizationKey(stranger.customer.organization.id)).key;
    const peek = await call(bundleRoute.GET, customerKey, stranger.customer.organization.id, {
      path: `/api/bundles/${bundleId}`,
      params: { bundleId },
    });
    expect(peek.status).toBe(400);
    expect((await decide(keys.platform, customerId, approveTrial)).status).toBe(403);
    const byCustomer = await decide(keys.customer, customerId, approveTrial);
    expect(byCustomer.status).toBe(403);
    expect(byCustomer.body).toMatchObject(wallisError("/problems/forbidden"));
    const rejectWithoutNote = await decide(keys.provider, world.provider.organization.id, {
      decisions: [{ planId: world.plans.feed.id, decision: "REJECTED" }],
    });
    expect(rejectWithoutNote.body).toMatchObject({
      invalidFields: [{ name: "decisions.0.note", reason: "is required to reject" }],
    });
    const decided = await decide(keys.provider, world.provider.organization.id, {
      decisions: [
        ...approveTrial.decisions,
        { planId: world.plans.feed.id, decision: "REJECTED", note: "No feed for you" },
      ],
    });
    expect(decided.status).toBe(200);
    const bundle = decided.body as BundleView;
    expect(bundle.contractStatus).toBe("APPROVED");
    const again = await decide(keys.provider, world.provider.organization.id, approveTrial);
    expect(again.status).toBe(400);
    expect((again.body as { message: string }).message).toContain("APPROVED");

    const reveal = () =>
      call(revealRoute.POST, keys.customer, customerId, {
        method: "POST",
        path: `/api/bundles/${bundleId}/accesses/${bundle.accesses[0]!.id}/secret`,
        params: { bundleId, accessId: bundle.accesses[0]!.id },
      });
    const first = await reveal();
    expect(first.status).toBe(200);
    expect((first.body as { key: string }).key).toMatch(/^\S{20,}$/);
    expect((await reveal()).body).toMatchObject(wallisError("/problems/conflict"));

    const blocked = await call(accessStatusRoute.PUT, keys.provider, world.provider.organization.id, {
      method: "PUT",
      path: `/api/bundles/${bundleId}/access-status`,
      body: { access: false, accessNote: "Unpaid invoice" },
      params: { bundleId },
    });
    expect(blocked.body).toMatchObject({ accessStatus: { access: false, accessNote: "Unpaid invoice" } });
    const tooLong = await call(accessStatusRoute.PUT, keys.provider, world.provider.organization.id, {
      method: "PUT",
      path: `/api/bundles/${bundleId}/access-status`,
      body: { access: true, accessNote: "x".repeat(1001) },
      params: { bundleId },
    });
    expect(tooLong.body).toMatchObject({ invalidFields: [{ name: "accessNote" }] });
  });

  it("searches with wallis' filter, q and sort, each side seeing its own", async () => {
    const { world, keys, bundleId, customerId, add } = await draftWithPlan();
    await add([world.plans.trial.id]);
    const search = (key: string, organizationId: string, query: Record<string, string>) =>
      call(bundlesRoute.GET, key, organizationId, { path: `/api/bundles?${new URLSearchParams(query)}` });
    const ids = (answer: { body: unknown }) =>
      (answer.body as { content: BundleView[] }).content.map((b) => b.id);
    expect(ids(await search(keys.customer, customerId, { filter: "contractStatus:DRAFT" }))).toEqual([
      bundleId,
    ]);
    // The provider does not see a draft; after the submit it does.
    const providerId = world.provider.organization.id;
    expect(ids(await search(keys.provider, providerId, {}))).toEqual([]);
    await call(submitRoute.POST, keys.customer, customerId, {
      method: "POST",
      path: `/api/bundles/${bundleId}/submit`,
      body: {},
      params: { bundleId },
    });
    const filter = `contractStatus:REQUESTED OR contractStatus:IN_PROGRESS AND organizationId:${customerId}`;
    expect(ids(await search(keys.provider, providerId, { filter }))).toEqual([bundleId]);
    expect(
      ids(await search(keys.provider, providerId, { q: world.products.keyed.name.toUpperCase() })),
    ).toEqual([bundleId]);
    expect(ids(await search(keys.provider, providerId, { q: "no such thing" }))).toEqual([]);
    expect(
      ids(
        await search(keys.customer, customerId, {
          sort: "createdAt desc",
          filter: "contractStatus:APPROVED",
        }),
      ),
    ).toEqual([]);
    const other = await makeBundleWorld();
    const otherKey = (await makeOrganizationKey(other.customer.organization.id)).key;
    expect(ids(await search(otherKey, other.customer.organization.id, {}))).toEqual([]);
    const bad = await search(keys.customer, customerId, { filter: "contractStatus:SOLD" });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      invalidFields: [{ name: "filter" }],
      message: expect.stringContaining("filter"),
    });
    expect((await search(keys.customer, customerId, { sort: "secret desc" })).body).toMatchObject({
      invalidFields: [{ name: "sort" }],
    });
  });

  it("decides in bulk, reporting each request", async () => {
    const { world, keys, bundleId, customerId, add } = await draftWithPlan();
    await add([world.plans.trial.id]);
    await call(submitRoute.POST, keys.customer, customerId, {
      method: "POST",
      path: `/api/bundles/${bundleId}/submit`,
      body: {},
      params: { bundleId },
    });
    const foreign = "3f1d6c1e-9d1b-4a7e-8a37-2c4c0d3a9b10";
    const answer = await call(bulkRoute.POST, keys.provider, world.provider.organization.id, {
      method: "POST",
      path: "/api/bundles/decisions",
      body: { bundleIds: [bundleId, foreign], decision: "REJECTED", note: "Closed for new customers" },
    });
    expect(answer.body).toEqual([
      { bundleId, ok: true, contractStatus: "REJECTED" },
      { bundleId: foreign, ok: false, message: "The bundle was not found." },
    ]);
  });

  it("documents the organization-id header and wallis' error shape", () => {
    const operation = buildOpenApiDocument().paths["/api/bundles/{bundleId}/subscriptions"]!.post as {
      parameters: { name: string; in: string; required: boolean }[];
      responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
    };
    expect(operation.parameters).toContainEqual(
      expect.objectContaining({ name: "organization-id", in: "header", required: true }),
    );
    expect(operation.responses["400"]!.content!["application/problem+json"]!.schema.$ref).toBe(
      "#/components/schemas/WallisProblem",
    );
  });
});
