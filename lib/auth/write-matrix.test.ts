import { count, eq, inArray, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import * as schema from "@/db/schema";
import { authenticateApiKey } from "@/lib/api-keys/authenticate-api-key";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { systemActor, type Actor } from "@/lib/auth/actor";
import { importProductRows } from "@/lib/catalog/import-export-products";
import { createPlan, updatePlan } from "@/lib/catalog/plans";
import { createPricingRule } from "@/lib/catalog/pricing-rules";
import { createProductGroup, updateProductGroup } from "@/lib/catalog/product-groups";
import { setProductImage } from "@/lib/catalog/product-image";
import {
  createProduct,
  deleteProduct,
  setProductPublished,
  updateProduct,
} from "@/lib/catalog/product-writes";
import { reorder } from "@/lib/catalog/reorder";
import { createSlaDefinition } from "@/lib/catalog/sla-definitions";
import { changeMemberRole, removeMember } from "@/lib/members/change-member";
import { inviteMember, revokeInvitation } from "@/lib/members/invite-member";
import { changeOrganizationStatus } from "@/lib/organizations/change-organization-status";
import { deleteContact, saveContact } from "@/lib/organizations/contacts";
import { getOrganization } from "@/lib/organizations/get-organization";
import { setOrganizationImage } from "@/lib/organizations/organization-image";
import { updateOrganization } from "@/lib/organizations/update-organization";
import { startSession } from "@/lib/sessions/start-session";
import {
  createProductSubscription,
  deleteProductSubscription,
  updateProductSubscription,
} from "@/lib/subscriptions/product-subscriptions";
import { addMember, makePlatformAdmin, makeProvider, makeUser } from "@/lib/testing/factories";
import { loadSessionActor } from "@/lib/users/load-session-actor";

/*
 * Each state that holds writes back × each kind of write: refused with a 403 that says why,
 * and nothing about the organization changed. One world per state is enough: a refused write
 * leaves it as it was, which is exactly what every case checks.
 */

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32, 7),
]);

interface World {
  organizationId: string;
  actor: Actor;
  memberMembershipId: string;
  contactId: string;
  invitationId: string;
  apiKeyId: string;
  listedProduct: schema.Product;
  draftProduct: schema.Product;
  planId: string;
  group: Awaited<ReturnType<typeof createProductGroup>>;
  subscription: Awaited<ReturnType<typeof createProductSubscription>>;
  /** Another provider's listed product, to subscribe to. */
  otherProductId: string;
}

async function sessionActor(userId: string, organizationId: string | null) {
  const sessionId = await startSession({ userId, userAgent: null, address: null });
  return (await loadSessionActor({ userId, preferredOrganizationId: organizationId, sessionId }))!;
}

const setStatus = (id: string, status: "suspended" | "closed" | "active", changeSequence: number) =>
  changeOrganizationStatus({
    actor: systemActor(),
    id,
    input: { status, reason: "Matrix test", changeSequence },
  });

/** A provider with one of everything, built while it is active and its owner verified. */
async function buildWorld() {
  const other = await makeProvider();
  const otherProduct = await createProduct({
    actor: other.owner,
    input: { name: "Other's", productStatus: "PUBLISHED", publiclyAvailable: true, hasQuantity: true },
  });
  const { organization, owner, user } = await makeProvider();
  const member = await makeUser();
  await addMember(organization.id, member.id, "member");
  const db = await getDb();
  const [membership] = await db
    .select()
    .from(schema.memberships)
    .where(eq(schema.memberships.userId, member.id));
  const contact = await saveContact({
    actor: owner,
    organizationId: organization.id,
    input: { name: "Billing", email: "billing@matrix.example" },
  });
  const invitation = await inviteMember({
    actor: owner,
    organizationId: organization.id,
    input: { email: `invitee-${organization.slug}@matrix.example`, role: "member" },
  });
  const apiKey = await createApiKey({ actor: owner, input: { name: "Matrix key" } });
  const listed = await createProduct({
    actor: owner,
    input: { name: "Listed", productStatus: "PUBLISHED", publiclyAvailable: true },
  });
  const draft = await createProduct({ actor: owner, input: { name: "Draft" } });
  const plan = await createPlan({ actor: owner, productId: listed.id, input: { name: "Base" } });
  const group = await createProductGroup({ actor: owner, input: { name: "Group" } });
  await createSlaDefinition({ actor: owner, input: { name: "Gold", uptimePercent: 99.9 } });
  const subscription = await createProductSubscription({
    actor: owner,
    input: { productId: otherProduct.id, quantity: 1 },
  });
  const [listedRow] = await db.select().from(schema.products).where(eq(schema.products.id, listed.id));
  const [draftRow] = await db.select().from(schema.products).where(eq(schema.products.id, draft.id));
  return {
    organization,
    user,
    apiKey,
    world: {
      organizationId: organization.id,
      memberMembershipId: membership!.id,
      contactId: contact.id,
      invitationId: invitation.id,
      apiKeyId: apiKey.id,
      listedProduct: listedRow!,
      draftProduct: draftRow!,
      planId: plan.id,
      group,
      subscription,
      otherProductId: otherProduct.id,
    },
  };
}

/** Everything a write could change about the organization, plus the audit trail and outbox. */
async function snapshot(organizationId: string) {
  const db = await getDb();
  const rowsOf = (table: PgTable, where: SQL | undefined) => db.select().from(table).where(where);
  const products = await db
    .select()
    .from(schema.products)
    .where(eq(schema.products.providerOrganizationId, organizationId));
  const productIds = products.map((p) => p.id);
  return JSON.stringify({
    organization: await rowsOf(schema.organizations, eq(schema.organizations.id, organizationId)),
    contacts: await rowsOf(
      schema.organizationContacts,
      eq(schema.organizationContacts.organizationId, organizationId),
    ),
    logo: await rowsOf(
      schema.organizationImages,
      eq(schema.organizationImages.organizationId, organizationId),
    ),
    memberships: await rowsOf(schema.memberships, eq(schema.memberships.organizationId, organizationId)),
    invitations: await rowsOf(schema.invitations, eq(schema.invitations.organizationId, organizationId)),
    apiKeys: await rowsOf(schema.apiKeys, eq(schema.apiKeys.organizationId, organizationId)),
    products,
    productImages: await rowsOf(schema.productImages, inArray(schema.productImages.productId, productIds)),
    plans: await rowsOf(schema.plans, inArray(schema.plans.productId, productIds)),
    groups: await rowsOf(
      schema.productGroups,
      eq(schema.productGroups.providerOrganizationId, organizationId),
    ),
    slas: await rowsOf(
      schema.slaDefinitions,
      eq(schema.slaDefinitions.providerOrganizationId, organizationId),
    ),
    rules: await rowsOf(schema.pricingRules, eq(schema.pricingRules.providerOrganizationId, organizationId)),
    subscriptions: await rowsOf(
      schema.subscriptions,
      eq(schema.subscriptions.organizationId, organizationId),
    ),
    audit: (await db.select({ n: count() }).from(schema.auditEvents))[0]!.n,
    outbox: (await db.select({ n: count() }).from(schema.emailOutbox))[0]!.n,
  });
}

/** Every kind of write an organization's people, its keys or a platform admin can make for it. */
const writes: Record<string, (w: World) => Promise<unknown>> = {
  "organization update": async (w) =>
    updateOrganization({
      actor: w.actor,
      id: w.organizationId,
      input: { ...(await getOrganization({ actor: systemActor(), id: w.organizationId })), description: "x" },
    }),
  "organization logo": (w) =>
    setOrganizationImage({ actor: w.actor, organizationId: w.organizationId, bytes: png }),
  "contact add": (w) =>
    saveContact({
      actor: w.actor,
      organizationId: w.organizationId,
      input: { name: "Sales", email: "sales@matrix.example" },
    }),
  "contact delete": (w) =>
    deleteContact({ actor: w.actor, organizationId: w.organizationId, contactId: w.contactId }),
  "member invite": (w) =>
    inviteMember({
      actor: w.actor,
      organizationId: w.organizationId,
      input: { email: "stranger@matrix.example", role: "admin" },
    }),
  "member role change": (w) =>
    changeMemberRole({
      actor: w.actor,
      organizationId: w.organizationId,
      membershipId: w.memberMembershipId,
      input: { role: "admin" },
    }),
  "member removal": (w) =>
    removeMember({ actor: w.actor, organizationId: w.organizationId, membershipId: w.memberMembershipId }),
  "invitation withdrawal": (w) =>
    revokeInvitation({ actor: w.actor, organizationId: w.organizationId, invitationId: w.invitationId }),
  "API key create": (w) =>
    createApiKey({ actor: w.actor, input: { name: "Another", organizationId: w.organizationId } }),
  "API key revoke": (w) => revokeApiKey({ actor: w.actor, id: w.apiKeyId }),
  "product create": (w) =>
    createProduct({
      actor: w.actor,
      input: {
        name: "New",
        productStatus: "PUBLISHED",
        publiclyAvailable: true,
        providerOrganizationId: w.organizationId,
      },
    }),
  "product update": (w) =>
    updateProduct({
      actor: w.actor,
      id: w.listedProduct.id,
      input: { name: "Renamed", changeSequence: w.listedProduct.changeSequence },
    }),
  "product publish": (w) =>
    setProductPublished({
      actor: w.actor,
      id: w.draftProduct.id,
      published: true,
      changeSequence: w.draftProduct.changeSequence,
    }),
  "product image": (w) => setProductImage({ actor: w.actor, productId: w.listedProduct.id, bytes: png }),
  "product delete": (w) => deleteProduct({ actor: w.actor, id: w.draftProduct.id }),
  "product import": (w) =>
    importProductRows({
      actor: w.actor,
      input: { rows: [{ line: 2, record: { name: "Imported", providerOrganizationId: w.organizationId } }] },
    }),
  "catalog reorder": (w) =>
    reorder({ actor: w.actor, kind: "products", input: { ids: [w.draftProduct.id, w.listedProduct.id] } }),
  "plan create": (w) =>
    createPlan({ actor: w.actor, productId: w.listedProduct.id, input: { name: "More" } }),
  "plan new version": (w) =>
    updatePlan({
      actor: w.actor,
      productId: w.listedProduct.id,
      planId: w.planId,
      input: { name: "Base", appLimit: 5, version: 1 },
    }),
  "product group create": (w) =>
    createProductGroup({
      actor: w.actor,
      input: { name: "Another", providerOrganizationId: w.organizationId },
    }),
  "product group update": (w) =>
    updateProductGroup({ actor: w.actor, id: w.group.id, input: { ...w.group, description: "x" } }),
  "SLA definition create": (w) =>
    createSlaDefinition({
      actor: w.actor,
      input: { name: "Silver", uptimePercent: 99, providerOrganizationId: w.organizationId },
    }),
  "pricing rule create": (w) =>
    createPricingRule({
      actor: w.actor,
      input: {
        name: "Flat",
        ruleType: "FLAT",
        parameters: { amount: 1 },
        providerOrganizationId: w.organizationId,
      },
    }),
  "subscription create": (w) =>
    createProductSubscription({
      actor: w.actor,
      input: { productId: w.otherProductId, organizationId: w.organizationId, quantity: 2 },
    }),
  "subscription quantity change": (w) =>
    updateProductSubscription({
      actor: w.actor,
      id: w.subscription.id,
      input: { quantity: 3, changeSequence: w.subscription.changeSequence },
    }),
  "subscription cancel": (w) => deleteProductSubscription({ actor: w.actor, id: w.subscription.id }),
};

type State = {
  why: RegExp;
  /** Puts the built world in the state and answers who writes in it. */
  enter: (built: Awaited<ReturnType<typeof buildWorld>>) => Promise<Actor>;
};

const states: Record<string, State> = {
  "unverified user": {
    why: /Verify your email address first/,
    enter: async ({ user, organization }) => {
      const db = await getDb();
      await db.update(schema.users).set({ emailVerifiedOn: null }).where(eq(schema.users.id, user.id));
      return sessionActor(user.id, organization.id);
    },
  },
  "pending organization": {
    why: /waiting for its owner to verify/,
    enter: async ({ user, organization }) => {
      const db = await getDb();
      await db
        .update(schema.organizations)
        .set({ organizationStatus: "pending_verification" })
        .where(eq(schema.organizations.id, organization.id));
      return sessionActor(user.id, organization.id);
    },
  },
  "suspended organization": {
    why: /is suspended/,
    enter: async ({ user, organization }) => {
      await setStatus(organization.id, "suspended", organization.changeSequence);
      return sessionActor(user.id, organization.id);
    },
  },
  "suspended organization's API key": {
    why: /is suspended/,
    enter: async ({ apiKey, organization }) => {
      await setStatus(organization.id, "suspended", organization.changeSequence);
      return authenticateApiKey(apiKey.key, null, "10.7.0.1");
    },
  },
  "closed organization": {
    why: /is closed/,
    enter: async ({ user, organization }) => {
      await setStatus(organization.id, "closed", organization.changeSequence);
      return sessionActor(user.id, organization.id);
    },
  },
  "platform admin acting for a suspended provider": {
    why: /is suspended/,
    enter: async ({ organization }) => {
      const db = await getDb();
      // Support access open, so what stops the admin is the suspension, not the missing grant.
      await db
        .update(schema.organizations)
        .set({ supportAccess: true })
        .where(eq(schema.organizations.id, organization.id));
      await setStatus(organization.id, "suspended", organization.changeSequence);
      return makePlatformAdmin();
    },
  },
};

describe.each(Object.entries(states))("%s", (_name, state) => {
  let world: World;
  beforeAll(async () => {
    const built = await buildWorld();
    world = { ...built.world, actor: await state.enter(built) };
  });

  it.each(Object.keys(writes))("refuses: %s, and changes nothing", async (write) => {
    const before = await snapshot(world.organizationId);
    await expect(writes[write]!(world)).rejects.toMatchObject({ code: "forbidden", message: state.why });
    expect(await snapshot(world.organizationId)).toBe(before);
  });
});
