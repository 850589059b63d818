import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as organizationRoute from "@/app/api/organizations/[id]/route";
import { getDb } from "@/db/open";
import { auditEvents, organizations } from "@/db/schema";
import { visitorActor } from "@/lib/auth/actor";
import { callRoute } from "@/lib/testing/call-route";
import { makeOrganizationKey, makeOrganizationWithOwner, makePlatformAdmin } from "@/lib/testing/factories";
import { insertOrganization } from "./create-organization";
import { getOrganization } from "./get-organization";
import { updateOrganization } from "./update-organization";

/** An organization whose internal fields the platform has already set. */
async function customerWithInternalFields() {
  const made = await makeOrganizationWithOwner();
  const db = await getDb();
  await db
    .update(organizations)
    .set({
      stripeCustomerId: "cus_stored",
      authGroup: "grp-stored",
      features: { beta: true, seats: 5 },
      properties: { region: "eu" },
      defaultToPrivateTemplates: true,
    })
    .where(eq(organizations.id, made.organization.id));
  return made;
}

const internalOf = (o: Awaited<ReturnType<typeof getOrganization>>) => ({
  stripeCustomerId: o.stripeCustomerId,
  authGroupLink: o.authGroupLink,
  features: o.features,
  properties: o.properties,
  defaultToPrivateTemplates: o.defaultToPrivateTemplates,
});

const stored = {
  stripeCustomerId: "cus_stored",
  authGroupLink: { authGroup: "grp-stored" },
  features: { beta: true, seats: 5 },
  properties: { region: "eu" },
  defaultToPrivateTemplates: true,
};

describe("internal organization fields in the domain", () => {
  it("refuses an owner's change to any of them, naming the field and changing nothing", async () => {
    const { organization, owner } = await customerWithInternalFields();
    const current = await getOrganization({ actor: owner, id: organization.id });
    for (const [change, field] of [
      [{ stripeCustomerId: "cus_mine" }, "stripeCustomerId"],
      [{ stripeCustomerId: "" }, "stripeCustomerId"],
      [{ authGroupLink: { authGroup: "admins" } }, "authGroupLink.authGroup"],
      [{ features: { beta: true, seats: 500 } }, "features"],
      [{ properties: {} }, "properties"],
      [{ defaultToPrivateTemplates: false }, "defaultToPrivateTemplates"],
    ] as const) {
      await expect(
        updateOrganization({
          actor: owner,
          id: organization.id,
          input: { ...current, description: "Sneaky", ...change },
        }),
        field,
      ).rejects.toMatchObject({ code: "forbidden", invalidFields: [{ name: field }] });
    }
    const after = await getOrganization({ actor: owner, id: organization.id });
    expect(after).toMatchObject({ ...stored, description: current.description, changeSequence: 1 });
  });

  it("keeps them as stored when an owner sends back what it read, maps in any key order", async () => {
    const { organization, owner } = await customerWithInternalFields();
    const current = await getOrganization({ actor: owner, id: organization.id });
    const updated = await updateOrganization({
      actor: owner,
      id: organization.id,
      input: { ...current, description: "Our words", features: { seats: 5, beta: true } },
    });
    expect(updated).toMatchObject({ ...stored, description: "Our words", changeSequence: 2 });
  });

  it("lets a platform admin change them, audited with before and after", async () => {
    const { organization } = await customerWithInternalFields();
    const admin = await makePlatformAdmin();
    const current = await getOrganization({ actor: admin, id: organization.id });
    const changed = {
      stripeCustomerId: "cus_new",
      authGroupLink: { authGroup: "grp-new" },
      features: { beta: false },
      properties: {},
      defaultToPrivateTemplates: false,
    };
    const updated = await updateOrganization({
      actor: admin,
      id: organization.id,
      input: { ...current, ...changed },
    });
    expect(internalOf(updated)).toEqual(changed);
    const db = await getDb();
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.objectId, organization.id), eq(auditEvents.action, "organization.update")));
    expect(event).toMatchObject({
      actorLabel: admin.label,
      before: expect.objectContaining(stored),
      after: expect.objectContaining(changed),
    });
  });

  it("does not let a visitor's sign-up set them on the organization it creates", async () => {
    const db = await getDb();
    const name = `Visitor Org ${Date.now()}`;
    await expect(
      db.transaction((tx) =>
        insertOrganization(tx, visitorActor("visitor@internal.example"), {
          name,
          stripeCustomerId: "cus_mine",
        }),
      ),
    ).rejects.toMatchObject({ code: "forbidden", invalidFields: [{ name: "stripeCustomerId" }] });
    const plain = await db.transaction((tx) =>
      insertOrganization(tx, visitorActor("visitor@internal.example"), { name }),
    );
    expect(plain).toMatchObject({ stripeCustomerId: null, features: {}, defaultToPrivateTemplates: false });
  });
});

describe("internal organization fields through PUT /api/organizations/{id}", () => {
  it("answers them to the organization's key, takes them back unchanged and refuses a change with 403", async () => {
    const { organization } = await customerWithInternalFields();
    const { key } = await makeOrganizationKey(organization.id);
    const path = `/api/organizations/${organization.id}`;
    const params = { id: organization.id };
    const got = await callRoute(organizationRoute.GET, { path, apiKey: key, params });
    expect(got.body).toMatchObject(stored);

    const refused = await callRoute(organizationRoute.PUT, {
      method: "PUT",
      path,
      apiKey: key,
      params,
      body: { ...got.body, description: "Sneaky", stripeCustomerId: "cus_mine" },
    });
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).toContain("stripeCustomerId");
    const unchanged = await callRoute(organizationRoute.GET, { path, apiKey: key, params });
    expect(unchanged.body).toMatchObject({ ...stored, changeSequence: 1 });

    const replaced = await callRoute(organizationRoute.PUT, {
      method: "PUT",
      path,
      apiKey: key,
      params,
      body: { ...got.body, description: "Replaced" },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ ...stored, description: "Replaced", changeSequence: 2 });
  });
});
