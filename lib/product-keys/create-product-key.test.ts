import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { auditEvents, invitations, productKeySecrets, users } from "@/db/schema";
import { setClock } from "@/lib/clock";
import { acceptInvitation } from "@/lib/members/accept-invitation";
import { createSubscription } from "@/lib/subscriptions/create-subscription";
import { lastEmailTo, linkIn, makeOrganizationWithOwner, makePlatformAdmin } from "@/lib/testing/factories";
import { makeKeyCatalog } from "@/lib/testing/product-key-factories";
import { createProductKey } from "./create-product-key";
import { generateProductKey, hashProductKey, isWellFormedProductKey } from "./key-format";
import { getProductKey } from "./read-product-keys";

const start = new Date("2031-06-01T00:00:00Z");
beforeEach(() => setClock(start));
afterEach(() => setClock(null));

describe("creating a product key", () => {
  it("takes every field of Revenium's payload and answers the key once, keeping only its hash", async () => {
    const world = await makeKeyCatalog();
    const { products, provider, customer, providerTerms } = world;
    const subscription = await createSubscription({
      actor: customer.owner,
      input: { productId: products.main.id },
    });
    const other = await makeOrganizationWithOwner();
    const startDate = Date.UTC(2031, 6, 1);
    const expiration = Date.UTC(2032, 6, 1);
    const { productKey, key } = await world.issue({
      providerOrganizationId: provider.organization.id,
      productIds: [products.main.id, products.second.id],
      description: "CI runners",
      valid: true,
      owner: customer.user.id,
      slaDefinitionIds: [providerTerms.sla.id],
      pricingRuleIds: [providerTerms.rule.id],
      expiration,
      externalQuoteId: "Q-1001",
      quota: 500,
      consumedQuota: 20,
      quotaNotificationThreshold: 80.5,
      applications: ["app-1", "app-2"],
      externalApplicationId: "ext-9",
      notifyCreatorOnCreation: true,
      notificationAddressesOnCreation: ["Ops@Example.com"],
      notifyOwnerOnQuotaThreshold: true,
      notificationAddressesOnQuotaThreshold: ["quota@example.com"],
      disableOnPaymentFailure: true,
      company: "Analytical Engines Ltd",
      consumerDataProviderConfigurationId: "cdp-7",
      allowMidPeriodCancellation: true,
      notifyBeforeTrialExpiry: true,
      firstName: "Ada",
      lastName: "Lovelace",
      tags: ["ci", "build"],
      namedConsumers: ["dev@example.com"],
      namedOrganizations: [other.organization.id],
      startDate,
      subscriptionId: subscription.id,
    });
    expect(isWellFormedProductKey(key)).toBe(true);
    expect(productKey).toMatchObject({
      providerOrganizationId: provider.organization.id,
      organizationId: customer.organization.id,
      providerName: provider.organization.name,
      organizationName: customer.organization.name,
      description: "CI runners",
      ownerUserId: customer.user.id,
      ownerEmail: customer.user.email,
      slaDefinitionIds: [providerTerms.sla.id],
      pricingRuleIds: [providerTerms.rule.id],
      startsOn: new Date(startDate),
      expiresOn: new Date(expiration),
      externalQuoteId: "Q-1001",
      quota: 500,
      consumedQuota: 20,
      quotaNotificationThreshold: 80.5,
      applications: ["app-1", "app-2"],
      externalApplicationId: "ext-9",
      notifyCreatorOnCreation: true,
      notificationAddressesOnCreation: ["ops@example.com"],
      notifyOwnerOnQuotaThreshold: true,
      notificationAddressesOnQuotaThreshold: ["quota@example.com"],
      disableOnPaymentFailure: true,
      company: "Analytical Engines Ltd",
      consumerDataProviderConfigurationId: "cdp-7",
      allowMidPeriodCancellation: true,
      notifyBeforeTrialExpiry: true,
      firstName: "Ada",
      lastName: "Lovelace",
      tags: ["ci", "build"],
      namedConsumers: ["dev@example.com"],
      namedOrganizations: [other.organization.id],
      subscriptionId: subscription.id,
      status: "not_started",
      prefix: key.slice(0, 12),
    });
    expect([...productKey.productIds].sort()).toEqual([products.main.id, products.second.id].sort());
    expect(productKey.secrets).toHaveLength(1);
    expect(JSON.stringify(productKey)).not.toContain(key);
    const db = await getDb();
    const [secret] = await db
      .select()
      .from(productKeySecrets)
      .where(eq(productKeySecrets.secretHash, hashProductKey(key)));
    expect(secret!.productKeyId).toBe(productKey.id);
    // The creation notices: to the creator and the named address, by prefix, never the key.
    for (const to of [provider.user.email, "ops@example.com"]) {
      const mail = await lastEmailTo(to);
      expect(mail?.subject).toBe("A product key was created on Subdesk");
      expect(mail!.text).toContain(key.slice(0, 12));
      expect(mail!.text).not.toContain(key);
    }
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "product_key.create"), eq(auditEvents.objectId, productKey.id)));
    expect(audit!.organizationId).toBe(customer.organization.id);
    expect((await getProductKey({ actor: customer.owner, id: productKey.id })).id).toBe(productKey.id);
  });

  it("uses a well-formed key the issuer sends, and refuses a malformed or taken one", async () => {
    const world = await makeKeyCatalog();
    const chosen = generateProductKey().key;
    expect((await world.issue({ key: chosen })).key).toBe(chosen);
    await expect(world.issue({ key: chosen })).rejects.toMatchObject({
      code: "conflict",
      invalidFields: [{ name: "key" }],
    });
    const typo = `${chosen.slice(0, -1)}${chosen.endsWith("a") ? "b" : "a"}`;
    await expect(world.issue({ key: typo })).rejects.toMatchObject({ invalidFields: [{ name: "key" }] });
    await expect(world.issue({ key: "not-a-key" })).rejects.toMatchObject({
      invalidFields: [{ name: "key" }],
    });
  });

  it("refuses products that are missing, unavailable, of two providers or of another provider", async () => {
    const { issue, products, rival, keyInput } = await makeKeyCatalog();
    const productError = { code: "invalid_input", invalidFields: [{ name: "productIds" }] };
    await expect(issue({ productIds: [products.draft.id] })).rejects.toMatchObject(productError);
    await expect(issue({ productIds: ["7f1c2a4e-8b5d-4c3a-9e2f-1a2b3c4d5e6f"] })).rejects.toMatchObject(
      productError,
    );
    await expect(issue({ productIds: [products.main.id, products.rivals.id] })).rejects.toMatchObject({
      invalidFields: [{ name: "productIds", reason: "must all be products of one provider" }],
    });
    // A provider issues keys for its own products only.
    await expect(issue({ productIds: [products.rivals.id] })).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      issue({ productIds: [products.main.id], providerOrganizationId: rival.organization.id }),
    ).rejects.toMatchObject({ invalidFields: [{ name: "providerOrganizationId" }] });
    // The rival's own people may issue for the rival's product.
    await expect(
      createProductKey({ actor: rival.owner, input: keyInput({ productIds: [products.rivals.id] }) }),
    ).resolves.toMatchObject({ productKey: { providerOrganizationId: rival.organization.id } });
  });

  it("refuses another provider's SLA definitions, pricing rules and a foreign subscription", async () => {
    const { issue, rivalTerms, products, provider } = await makeKeyCatalog();
    await expect(issue({ slaDefinitionIds: [rivalTerms.sla.id] })).rejects.toMatchObject({
      invalidFields: [{ name: "slaDefinitionIds" }],
    });
    await expect(issue({ pricingRuleIds: [rivalTerms.rule.id] })).rejects.toMatchObject({
      invalidFields: [{ name: "pricingRuleIds" }],
    });
    const stranger = await makeOrganizationWithOwner();
    const theirs = await createSubscription({
      actor: stranger.owner,
      input: { productId: products.main.id },
    });
    await expect(issue({ subscriptionId: theirs.id })).rejects.toMatchObject({
      invalidFields: [{ name: "subscriptionId" }],
    });
    const admin = await makePlatformAdmin();
    const otherProduct = await createSubscription({
      actor: admin,
      input: { productId: products.second.id, organizationId: stranger.organization.id },
    });
    await expect(issue({ subscriptionId: otherProduct.id })).rejects.toMatchObject({
      invalidFields: [{ name: "subscriptionId" }],
    });
    expect(provider).toBeTruthy();
  });

  it("opens an account for an owner email without one and invites it to the owner organization", async () => {
    const { issue, customer } = await makeKeyCatalog();
    const email = `new-owner-${Date.now()}@example.com`;
    const { productKey } = await issue({
      email: email.toUpperCase(),
      firstName: "Grace",
      lastName: "Hopper",
    });
    const db = await getDb();
    const [account] = await db.select().from(users).where(eq(users.email, email));
    expect(account).toMatchObject({ name: "Grace Hopper", passwordHash: null, emailVerifiedOn: null });
    expect(productKey.ownerUserId).toBe(account!.id);
    const [invitation] = await db.select().from(invitations).where(eq(invitations.email, email));
    expect(invitation).toMatchObject({ organizationId: customer.organization.id, role: "member" });
    const mail = await lastEmailTo(email);
    const token = linkIn(mail!.text, "/invitations/").pathname.split("/").at(-1)!;
    // Accepting sets the account's password and joins the organization.
    await expect(
      acceptInvitation({
        actor: null,
        input: { token, name: "Grace Hopper", password: "a long passphrase" },
      }),
    ).resolves.toMatchObject({ organizationId: customer.organization.id });
    const [completed] = await db.select().from(users).where(eq(users.id, account!.id));
    expect(completed!.passwordHash).not.toBeNull();
    expect(completed!.emailVerifiedOn).not.toBeNull();
    // An owner id must be the account of the email.
    await expect(issue({ email, owner: customer.user.id })).rejects.toMatchObject({
      invalidFields: [{ name: "owner" }],
    });
  });

  it("answers hostile values with a 400 naming the field", async () => {
    const { issue } = await makeKeyCatalog();
    const cases: [string, unknown][] = [
      ["quota", 2 ** 60],
      ["quota", -1],
      ["quotaNotificationThreshold", 101],
      ["expiration", 1e20],
      ["startDate", "tomorrow"],
      ["description", "a\u0000b"],
      ["tags", ["x".repeat(51)]],
      ["notificationAddressesOnCreation", ["not-an-email"]],
      ["namedOrganizations", ["nope"]],
      ["firstName", ""],
    ];
    for (const [name, value] of cases) {
      await expect(issue({ [name]: value }), name).rejects.toMatchObject({
        code: "invalid_input",
        invalidFields: expect.arrayContaining([
          expect.objectContaining({ name: expect.stringContaining(name) }),
        ]),
      });
    }
    await expect(
      issue({ startDate: Date.UTC(2032, 0, 1), expiration: Date.UTC(2031, 0, 1) }),
    ).rejects.toMatchObject({
      invalidFields: [{ name: "expiration" }],
    });
  });
});
