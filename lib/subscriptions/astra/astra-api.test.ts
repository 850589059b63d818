import { afterEach, describe, expect, it } from "vitest";
import { advanceClock, setClock } from "@/lib/clock";
import { makeOrganizationKey, makeOrganizationWithOwner, makePlatformKey } from "@/lib/testing/factories";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";
import { getSubscription } from "../read-subscriptions";
import { subscriptionHistory } from "../subscription-history";
import { systemActor } from "@/lib/auth/actor";
import { changeOrganizationStatus } from "@/lib/organizations/change-organization-status";
import { astra, expectAstraProblem, referenceBody } from "@/lib/testing/astra-calls";

afterEach(() => setClock(null));

/** An account (organization) with its own key. */
async function account() {
  const { organization } = await makeOrganizationWithOwner();
  const { key } = await makeOrganizationKey(organization.id);
  return { id: organization.id, key };
}

const fullBody = {
  type: "application/astra-subscription",
  version: "1.1",
  terms: "paid",
  customerProfileID: "cust-1001",
  paymentProfileID: "pay-2002",
  paymentExpiry: "2027-12",
  paymentFirstName: "Ada",
  paymentLastName: "Lovelace",
  paymentAddress: {
    addressCountry: "GB",
    addressLocality: "London",
    addressRegion: "Greater London",
    postalCode: "W1 1AA",
    streetAddress1: "1 Analytical Row",
    streetAddress2: "",
  },
  purchaseOrderNumber: "PO-7",
  licenseSN: "SN-0042",
  marketplace: "aws",
  metadata: { labels: [{ name: "team", value: "storage" }] },
};

const system = systemActor();

describe("POST /api/accounts/{account_id}/core/v1/subscriptions", () => {
  it("creates a trial from the documented example body, answered in Astra's shape", async () => {
    const { id: accountId, key } = await account();
    setClock(new Date("2026-03-01T10:00:00.000Z"));
    const created = await astra.post(key, accountId, referenceBody);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.contentType).toBe("application/json");
    expect(created.body).toEqual({
      type: "application/astra-subscription",
      version: "1.2",
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      customerProfileID: "",
      paymentProfileID: "",
      paymentExpiry: "",
      purchaseOrderNumber: "",
      licenseSN: "",
      terms: "trial",
      status: "active",
      appLimit: 10,
      namespaceLimit: 5,
      subscriptionPeriod: 30,
      gracePeriod: 15,
      reminderBeforePeriod: 7,
      onboardStatus: "not started",
      costPerAppUnit: 0,
      costPerNamespaceUnit: 0,
      metadata: {
        labels: [],
        creationTimestamp: "2026-03-01T10:00:00.000Z",
        modificationTimestamp: "2026-03-01T10:00:00.000Z",
        createdBy: expect.stringContaining("key"),
        modifiedBy: expect.stringContaining("key"),
      },
    });
    const read = await astra.get(key, accountId, created.body.id);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
    // The domain sees a trial of the platform's account product, running for 30 days.
    const domain = await getSubscription({ actor: system, id: created.body.id });
    expect(domain).toMatchObject({ status: "trialing", productName: "Subdesk account", planName: "Trial" });
    expect(domain.currentPeriodEndsOn?.toISOString()).toBe("2026-03-31T10:00:00.000Z");
  });

  it("creates a paid one with every writable field from a platform key, as application/astra-subscription+json, ignoring read-only fields", async () => {
    const { id: accountId } = await account();
    const { key } = await makePlatformKey();
    const created = await astra.post(
      key,
      accountId,
      {
        ...fullBody,
        id: "not-an-id",
        status: "inactive",
        appLimit: 999,
        costPerAppUnit: 0,
        onboardStatus: "success",
        metadata: { ...fullBody.metadata, creationTimestamp: "1999-01-01T00:00:00Z", createdBy: "someone" },
      },
      { "content-type": "application/astra-subscription+json" },
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      id: expect.not.stringMatching("not-an-id"),
      customerProfileID: "cust-1001",
      paymentProfileID: "pay-2002",
      paymentExpiry: "2027-12",
      purchaseOrderNumber: "PO-7",
      licenseSN: "SN-0042",
      marketplace: "aws",
      terms: "paid",
      status: "active",
      appLimit: -1,
      namespaceLimit: -1,
      subscriptionPeriod: -1,
      gracePeriod: 30,
      reminderBeforePeriod: -1,
      onboardStatus: "not started",
      // Cents read back exactly as dollars.
      costPerAppUnit: 19.99,
      costPerNamespaceUnit: 4.99,
      metadata: {
        labels: [{ name: "team", value: "storage" }],
        createdBy: expect.not.stringMatching("someone"),
      },
    });
    expect(created.body.metadata.creationTimestamp).not.toMatch(/^1999/);
    // The billing name and address are write-only in Astra's resource, but kept.
    expect(created.body).not.toHaveProperty("paymentAddress");
    const domain = await getSubscription({ actor: system, id: created.body.id });
    expect(domain).toMatchObject({
      paymentFirstName: "Ada",
      paymentLastName: "Lovelace",
      paymentAddress: { addressCountry: "GB", streetAddress1: "1 Analytical Row" },
    });
  });

  it.each([
    ["type", { type: "application/astra-bucket" }],
    ["version", { version: "2.0" }],
    ["terms", { terms: "gold" }],
    ["terms", { terms: undefined }],
    ["customerProfileID", { customerProfileID: "c".repeat(101) }],
    ["paymentExpiry", { paymentExpiry: 202712 }],
    ["paymentFirstName", { paymentFirstName: "A".repeat(64) }],
    ["paymentLastName", { paymentLastName: "Line\nbreak" }],
    ["purchaseOrderNumber", { purchaseOrderNumber: "P".repeat(32) }],
    ["licenseSN", { licenseSN: "S".repeat(32) }],
    ["marketplace", { marketplace: "ebay" }],
    [
      "paymentAddress.addressCountry",
      { paymentAddress: { ...fullBody.paymentAddress, addressCountry: "GBR" } },
    ],
    [
      "paymentAddress.streetAddress1",
      { paymentAddress: { ...fullBody.paymentAddress, streetAddress1: undefined } },
    ],
    ["metadata.labels.0.name", { metadata: { labels: [{ name: "", value: "x" }] } }],
  ])("answers problem 8 naming %s when it does not fit the schema", async (name, change) => {
    const { id: accountId, key } = await account();
    const answer = await astra.post(key, accountId, { ...fullBody, ...change });
    expectAstraProblem(answer, 400, 8, { list: "invalidFields", name });
    expect(answer.body.title).toBe("Invalid JSON resource");
  });

  it("answers problem 9 for a country code that does not exist, and creates nothing", async () => {
    const { id: accountId, key } = await account();
    const answer = await astra.post(key, accountId, {
      ...fullBody,
      paymentAddress: { ...fullBody.paymentAddress, addressCountry: "ZZ" },
    });
    expectAstraProblem(answer, 400, 9, { list: "invalidFields", name: "paymentAddress.addressCountry" });
    expect((await astra.list(key, accountId)).body.items).toEqual([]);
  });

  it("answers 415 for any other content type and problem 7 for a body that is not JSON", async () => {
    const { id: accountId, key } = await account();
    const text = JSON.stringify(referenceBody);
    for (const contentType of [
      "text/plain",
      "application/merge-patch+json",
      "application/x-www-form-urlencoded",
    ]) {
      const answer = await astra.postRaw(key, accountId, text, contentType);
      expect(answer.status).toBe(415);
      expect(answer.contentType).toBe("application/problem+json");
      expect(answer.body).toMatchObject({ status: "415", title: "Unsupported media type" });
      expect(answer.headers.get("accept-post")).toBe("application/astra-subscription+json, application/json");
    }
    expectAstraProblem(await astra.postRaw(key, accountId, '{"type": ', "application/json"), 400, 7);
    expect((await astra.postRaw(key, accountId, text, "application/json; charset=utf-8")).status).toBe(201);
  });

  it("answers 409 (problem 10) while the account has a subscription that has not ended, and creates again once it is deleted", async () => {
    const { id: accountId, key } = await account();
    const first = await astra.post(key, accountId, referenceBody);
    const second = await astra.post(key, accountId, { ...referenceBody, terms: "paid" });
    expectAstraProblem(second, 409, 10, { list: "invalidFields", name: "terms" });
    expect(second.body.invalidFields[0].reason).toContain(first.body.id);
    expect((await astra.delete(key, accountId, first.body.id)).status).toBe(204);
    const again = await astra.post(key, accountId, { ...referenceBody, terms: "paid" });
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(first.body.id);
  });

  it("creates once when two creations for one account race", async () => {
    const { id: accountId, key } = await account();
    const answers = await Promise.all([
      astra.post(key, accountId, referenceBody),
      astra.post(key, accountId, { ...referenceBody, terms: "paid" }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect((await astra.list(key, accountId)).body.items).toHaveLength(1);
  });
});

describe("who may reach an account", () => {
  it("lets an organization's key reach its own account only; any other account answers 404 like a missing one", async () => {
    const mine = await account();
    const theirs = await account();
    const theirSubscription = (await astra.post(theirs.key, theirs.id, referenceBody)).body.id as string;
    const mySubscription = (await astra.post(mine.key, mine.id, referenceBody)).body.id as string;
    const missing = "00000000-0000-4000-8000-000000000000";

    for (const accountId of [theirs.id, missing]) {
      expectAstraProblem(await astra.post(mine.key, accountId, referenceBody), 404, 2);
      expectAstraProblem(await astra.list(mine.key, accountId), 404, 2);
      expectAstraProblem(await astra.get(mine.key, accountId, theirSubscription), 404, 2);
      expectAstraProblem(await astra.put(mine.key, accountId, theirSubscription, referenceBody), 404, 2);
      expectAstraProblem(await astra.delete(mine.key, accountId, theirSubscription), 404, 2);
    }
    // Their subscription through my account, mine through theirs, and ids that do not exist.
    for (const id of [theirSubscription, missing]) {
      expectAstraProblem(await astra.get(mine.key, mine.id, id), 404, 1);
      expectAstraProblem(await astra.put(mine.key, mine.id, id, referenceBody), 404, 1);
      expectAstraProblem(await astra.delete(mine.key, mine.id, id), 404, 1);
    }
    expectAstraProblem(await astra.get(theirs.key, theirs.id, mySubscription), 404, 1);
    expectAstraProblem(await astra.get(mine.key, mine.id, "not-a-uuid"), 404, 1);
    expectAstraProblem(await astra.list(mine.key, "not-a-uuid"), 404, 2);
    expect((await astra.get(theirs.key, theirs.id, theirSubscription)).status).toBe(200);
  });

  it("lets a platform key reach every account", async () => {
    const { key: platform } = await makePlatformKey();
    const customer = await account();
    const created = await astra.post(platform, customer.id, referenceBody);
    expect(created.status).toBe(201);
    expect((await astra.get(customer.key, customer.id, created.body.id)).status).toBe(200);
    expect((await astra.list(platform, customer.id)).body.items).toHaveLength(1);
    expect(
      (await astra.put(platform, customer.id, created.body.id, { ...referenceBody, terms: "paid" })).status,
    ).toBe(204);
    expect((await astra.delete(platform, customer.id, created.body.id)).status).toBe(204);
    expectAstraProblem(await astra.list(platform, "00000000-0000-4000-8000-000000000000"), 404, 2);
  });

  it("answers problem 11 when the account may not change (suspended), for its own key and the platform's", async () => {
    const { organization } = await makeOrganizationWithOwner();
    const { key } = await makeOrganizationKey(organization.id);
    const { key: platform } = await makePlatformKey();
    const trial = (await astra.post(key, organization.id, referenceBody)).body;
    await changeOrganizationStatus({
      actor: system,
      id: organization.id,
      input: { status: "suspended", reason: "Unpaid", changeSequence: organization.changeSequence },
    });
    for (const caller of [key, platform]) {
      expectAstraProblem(await astra.delete(caller, organization.id, trial.id), 403, 11);
      expectAstraProblem(
        await astra.put(caller, organization.id, trial.id, { ...trial, licenseSN: "SN-1" }),
        403,
        11,
      );
    }
    expectAstraProblem(
      await astra.post(platform, organization.id, { ...referenceBody, terms: "paid" }),
      403,
      11,
    );
    // Reading still works.
    expect((await astra.get(key, organization.id, trial.id)).body).toMatchObject({
      status: "active",
      licenseSN: "",
    });
  });

  it("answers problem 3 without a valid key, and problem-shaped 405s", async () => {
    const { id: accountId } = await account();
    expectAstraProblem(await astra.list(undefined, accountId), 401, 3);
    expectAstraProblem(await astra.post("sdk_nope", accountId, referenceBody), 401, 3);
    const { PATCH } = await import("@/app/api/accounts/[account_id]/core/v1/subscriptions/route");
    const answer = await PATCH(
      new Request(`http://localhost/api/accounts/${accountId}/core/v1/subscriptions`, { method: "PATCH" }),
      {
        params: Promise.resolve({ account_id: accountId }),
      },
    );
    expect(answer.status).toBe(405);
    expect(await answer.json()).toMatchObject({ status: "405", title: "Method not allowed" });
  });
});

describe("PUT and DELETE /api/accounts/{account_id}/core/v1/subscriptions/{subscription_id}", () => {
  it("converts a trial to paid and replaces the payment fields: 204, then GET shows the change", async () => {
    const { id: accountId, key } = await account();
    const trial = (await astra.post(key, accountId, referenceBody)).body;
    const replaced = await astra.put(key, accountId, trial.id, { ...trial, ...fullBody });
    expect(replaced.status, JSON.stringify(replaced.body)).toBe(204);
    expect(replaced.body).toBeNull();
    const read = (await astra.get(key, accountId, trial.id)).body;
    expect(read).toMatchObject({
      terms: "paid",
      status: "active",
      subscriptionPeriod: -1,
      costPerAppUnit: 19.99,
      customerProfileID: "cust-1001",
      licenseSN: "SN-0042",
      metadata: { labels: [{ name: "team", value: "storage" }] },
    });
    expect(read.metadata.creationTimestamp).toBe(trial.metadata.creationTimestamp);
    expectAstraProblem(await astra.put(key, accountId, trial.id, { ...read, terms: "trial" }), 409, 10, {
      list: "invalidFields",
      name: "terms",
    });
  });

  it("replaces in full: readable fields absent are cleared, write-only ones and labels kept, and an unchanged PUT writes no history", async () => {
    const { id: accountId, key } = await account();
    const created = (await astra.post(key, accountId, fullBody)).body;
    // Only what a full replace requires: terms absent stays paid.
    const bare = { type: "application/astra-subscription", version: "1.2" };
    expect((await astra.put(key, accountId, created.id, bare)).status).toBe(204);
    const read = (await astra.get(key, accountId, created.id)).body;
    expect(read).toMatchObject({
      terms: "paid",
      customerProfileID: "",
      purchaseOrderNumber: "",
      licenseSN: "",
      metadata: { labels: [{ name: "team", value: "storage" }] },
    });
    expect(read).not.toHaveProperty("marketplace");
    expect(await getSubscription({ actor: system, id: created.id })).toMatchObject({
      paymentFirstName: "Ada",
      paymentAddress: { addressCountry: "GB" },
    });
    const changes = (await subscriptionHistory({ actor: system, id: created.id })).length;
    expect((await astra.put(key, accountId, created.id, read)).status).toBe(204);
    expect(await subscriptionHistory({ actor: system, id: created.id })).toHaveLength(changes);
  });

  it("cancels a paid subscription into its grace period with status inactive, and reactivates it with status active", async () => {
    const { id: accountId, key } = await account();
    setClock(new Date("2026-05-01T00:00:00.000Z"));
    const paid = (await astra.post(key, accountId, { ...referenceBody, terms: "paid" })).body;
    advanceClock(60_000);
    expect((await astra.put(key, accountId, paid.id, { ...paid, status: "inactive" })).status).toBe(204);
    expect((await astra.get(key, accountId, paid.id)).body.status).toBe("inactive");
    const cancelled = await getSubscription({ actor: system, id: paid.id });
    expect(cancelled.status).toBe("grace");
    expect(cancelled.graceEndsOn?.toISOString()).toBe("2026-05-31T00:01:00.000Z");
    // Inactive again changes nothing (a second cancel would end it).
    expect((await astra.put(key, accountId, paid.id, { ...paid, status: "inactive" })).status).toBe(204);
    expect((await getSubscription({ actor: system, id: paid.id })).status).toBe("grace");
    expect((await astra.put(key, accountId, paid.id, { ...paid, status: "active" })).status).toBe(204);
    expect((await astra.get(key, accountId, paid.id)).body.status).toBe("active");
  });

  it("ends a cancelled trial at once (a trial has nothing to be in grace for)", async () => {
    const { id: accountId, key } = await account();
    const trial = (await astra.post(key, accountId, referenceBody)).body;
    expect((await astra.put(key, accountId, trial.id, { ...trial, status: "inactive" })).status).toBe(204);
    expect((await getSubscription({ actor: system, id: trial.id })).status).toBe("ended");
    expectAstraProblem(await astra.put(key, accountId, trial.id, { ...trial, status: "active" }), 409, 10, {
      list: "invalidFields",
      name: "status",
    });
  });

  it("validates a PUT body like a POST body", async () => {
    const { id: accountId, key } = await account();
    const trial = (await astra.post(key, accountId, referenceBody)).body;
    expectAstraProblem(await astra.put(key, accountId, trial.id, { ...trial, status: "paused" }), 400, 8, {
      list: "invalidFields",
      name: "status",
    });
    expectAstraProblem(
      await astra.put(key, accountId, trial.id, { ...trial, licenseSN: "S".repeat(32) }),
      400,
      8,
      {
        list: "invalidFields",
        name: "licenseSN",
      },
    );
  });

  it("DELETE ends now and answers 204; GET then shows it inactive, PUT is a conflict, a second DELETE changes nothing", async () => {
    const { id: accountId, key } = await account();
    const paid = (await astra.post(key, accountId, { ...referenceBody, terms: "paid" })).body;
    const deleted = await astra.delete(key, accountId, paid.id);
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeNull();
    const read = await astra.get(key, accountId, paid.id);
    expect(read.status).toBe(200);
    expect(read.body.status).toBe("inactive");
    // Ended outright, not into the 30 days of grace a cancel would give.
    expect(await getSubscription({ actor: system, id: paid.id })).toMatchObject({
      status: "ended",
      endReason: "deleted through the Astra API",
    });
    expectAstraProblem(await astra.put(key, accountId, paid.id, paid), 409, 10, {
      list: "invalidFields",
      name: "status",
    });
    const history = (await subscriptionHistory({ actor: system, id: paid.id })).length;
    expect((await astra.delete(key, accountId, paid.id)).status).toBe(204);
    expect(await subscriptionHistory({ actor: system, id: paid.id })).toHaveLength(history);
  });
});

interface Documented {
  requestBody: { content: Record<string, unknown> };
  responses: Record<string, { content: Record<string, { schema: unknown }> }>;
  parameters: { name: string }[];
}

describe("the OpenAPI document", () => {
  it("documents every Astra operation with its content types and Astra's problem shape", () => {
    const document = buildOpenApiDocument();
    const paths = JSON.parse(JSON.stringify(document.paths)) as Record<string, Record<string, Documented>>;
    const collection = paths["/api/accounts/{account_id}/core/v1/subscriptions"]!;
    const item = paths["/api/accounts/{account_id}/core/v1/subscriptions/{subscription_id}"]!;
    expect(Object.keys(collection).sort()).toEqual(["get", "post"]);
    expect(Object.keys(item).sort()).toEqual(["delete", "get", "put"]);
    expect(Object.keys(collection.post!.requestBody.content)).toEqual([
      "application/astra-subscription+json",
      "application/json",
    ]);
    expect(collection.post!.responses["400"]!.content["application/problem+json"]!.schema).toEqual({
      $ref: "#/components/schemas/AstraProblem",
    });
    expect(collection.get!.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        "account_id",
        "filter",
        "orderBy",
        "include",
        "limit",
        "skip",
        "continue",
        "count",
      ]),
    );
    expect(document.components.schemas.AstraProblem).toMatchObject({
      properties: { status: { type: "string" } },
    });
  });
});
