import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { organizations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { makeOrganization, makePlatformAdmin } from "@/lib/testing/factories";
import { throughEachSearchStep } from "@/lib/testing/search-steps";
import { makeSubscriptionCatalog } from "@/lib/testing/subscription-factories";
import { createSubscription } from "./create-subscription";
import { searchSubscribers, subscriberSearchLimit } from "./subscriber-search";

const names = async (actor: Actor, query: string) =>
  (await searchSubscribers({ actor, input: { query } })).map((o) => o.name);

/**
 * Two providers, each with a customer, plus organizations nobody subscribes to, all named with
 * one fresh word so that a search for it finds only this test's organizations.
 */
async function world() {
  const word = `picker${randomUUID().slice(0, 8)}`;
  const admin = await makePlatformAdmin();
  const ours = await makeSubscriptionCatalog();
  const rival = await makeSubscriptionCatalog();
  const named = (name: string, status?: "suspended" | "closed" | "pending_verification") =>
    makeOrganization({ name: `${word} ${name}`, organizationStatus: status });
  const customer = await named("customer");
  const rivalCustomer = await named("rival customer");
  const stranger = await named("stranger");
  const suspended = await named("suspended customer");
  const subscribe = (catalog: typeof ours, organizationId: string) =>
    createSubscription({
      actor: admin,
      input: { productId: catalog.products.main.id, planId: catalog.plans.paid.id, organizationId },
    });
  await subscribe(ours, customer.id);
  await subscribe(ours, suspended.id);
  await subscribe(rival, rivalCustomer.id);
  // Suspended after subscribing: a customer still, but not one to subscribe again.
  const db = await getDb();
  await db
    .update(organizations)
    .set({ organizationStatus: "suspended" })
    .where(eq(organizations.id, suspended.id));
  return { word, admin, ours, rival, customer, rivalCustomer, stranger };
}

describe("searching the organization of a new subscription", () => {
  it("finds every active organization for platform admins, a provider's own active customers for its staff", async () => {
    const { word, admin, ours, rival } = await world();
    await makeOrganization({ name: `${word} closed`, organizationStatus: "closed" });
    await makeOrganization({ name: `${word} unverified`, organizationStatus: "pending_verification" });

    expect(await names(admin, word)).toEqual([
      `${word} customer`,
      `${word} rival customer`,
      `${word} stranger`,
    ]);
    expect(await names(ours.provider.owner, word)).toEqual([`${word} customer`]);
    expect(await names(rival.provider.owner, word)).toEqual([`${word} rival customer`]);
    // Without text, a provider's first customers by name: its own only, whatever else exists.
    const mine = await searchSubscribers({ actor: ours.provider.owner, input: {} });
    expect(mine.map((o) => o.name)).toEqual([`${word} customer`]);
  });

  it("finds nobody for a customer, a provider's member without the right, or an actor outside any organization", async () => {
    const { word, ours } = await world();
    expect(await names(ours.customer.owner, word)).toEqual([]);
    expect(await names(ours.customer.owner, "")).toEqual([]);
    expect(await names({ ...ours.provider.owner, role: "member" }, word)).toEqual([]);
    expect(await names({ ...ours.provider.owner, organizationId: null, role: null }, "")).toEqual([]);
  });

  it("matches the slug too, and answers each organization's id, name and slug", async () => {
    const { admin, ours, customer } = await world();
    expect(await searchSubscribers({ actor: ours.provider.owner, input: { query: customer.slug } })).toEqual([
      { id: customer.id, name: customer.name, slug: customer.slug },
    ]);
    expect(await names(admin, customer.slug.toUpperCase())).toEqual([customer.name]);
  });

  it("answers the first twenty by name, the same through every step of the search", async () => {
    const word = `many${randomUUID().slice(0, 8)}`;
    const admin = await makePlatformAdmin();
    const made = [];
    for (let i = 25; i >= 1; i--)
      made.push(await makeOrganization({ name: `${word} ${String(i).padStart(2, "0")}` }));
    const firstByName = made
      .map((o) => o.name)
      .sort()
      .slice(0, subscriberSearchLimit);
    expect(subscriberSearchLimit).toBe(20);
    const steps = await throughEachSearchStep(() => names(admin, word));
    expect(steps).toEqual([firstByName, firstByName, firstByName]);
  });

  it("keeps a provider to its customers through every step of the search", async () => {
    const { word, ours } = await world();
    const steps = await throughEachSearchStep(() => names(ours.provider.owner, word));
    expect(steps).toEqual([[`${word} customer`], [`${word} customer`], [`${word} customer`]]);
  });

  it("refuses text no one types, naming the field", async () => {
    const admin = await makePlatformAdmin();
    for (const query of ["a\0b", "x".repeat(101), "two\nlines", 42]) {
      await expect(searchSubscribers({ actor: admin, input: { query } })).rejects.toMatchObject({
        code: "invalid_input",
        invalidFields: [{ name: "query" }],
      });
    }
    // Whoever asks: the input is checked before the actor's scope.
    const { customer } = await makeSubscriptionCatalog();
    await expect(searchSubscribers({ actor: customer.owner, input: { query: "\0" } })).rejects.toMatchObject({
      invalidFields: [{ name: "query" }],
    });
  });
});
