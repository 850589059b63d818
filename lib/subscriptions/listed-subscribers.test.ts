import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { organizations, subscriptions } from "@/db/schema";
import { makeOrganization, makePlatformAdmin, userActor } from "@/lib/testing/factories";
import { makeSubscriptionCatalog } from "@/lib/testing/subscription-factories";
import { writeRefusal } from "@/lib/testing/write-refusal";
import { subscriptionRecords } from "./commercial-records";
import { createSubscription } from "./create-subscription";
import { subscriptionFilterChoices } from "./filter-choices";
import { listedSubscriberName, searchListedSubscribers } from "./listed-organization-search";
import {
  customerIdCap,
  customersOf,
  listedSubscribers,
  type OrganizationCondition,
} from "./listed-subscribers";

/** A provider with two customers that itself subscribes to a rival, who has a customer of its own. */
async function world() {
  const admin = await makePlatformAdmin();
  const ours = await makeSubscriptionCatalog();
  const rival = await makeSubscriptionCatalog();
  const [first, second, rivalCustomer, stranger] = await Promise.all(
    ["first", "second", "rival's", "stranger"].map((name) => makeOrganization({ name: `${name} customer` })),
  );
  const subscribe = (catalog: typeof ours, organizationId: string) =>
    createSubscription({
      actor: admin,
      input: { productId: catalog.products.main.id, planId: catalog.plans.paid.id, organizationId },
    });
  await subscribe(ours, first!.id);
  await subscribe(ours, second!.id);
  await subscribe(ours, second!.id);
  await subscribe(rival, rivalCustomer!.id);
  await subscribe(rival, ours.provider.organization.id);
  const everyone = [
    first!,
    second!,
    rivalCustomer!,
    stranger!,
    ours.provider.organization,
    rival.provider.organization,
  ];
  return {
    admin,
    ours,
    rival,
    first: first!,
    second: second!,
    rivalCustomer: rivalCustomer!,
    stranger: stranger!,
    everyone,
  };
}

/** Which of these organizations the condition keeps. */
async function kept(condition: OrganizationCondition, among: { id: string }[]) {
  const db = await getDb();
  const matching = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      and(
        inArray(
          organizations.id,
          among.map((o) => o.id),
        ),
        condition(organizations.id),
      ),
    );
  return matching.map((o) => o.id).sort();
}

describe("the organizations on the subscriber side of a provider's records", () => {
  it.each([
    ["read by id", customerIdCap],
    ["tested one by one, past the cap", 1],
  ])("are its customers, each once, %s", async (_how, cap) => {
    const { ours, first, second, everyone } = await world();
    const db = await getDb();
    const customers = await customersOf(db, subscriptionRecords, ours.provider.organization.id, cap);
    expect(await kept(customers, everyone)).toEqual([first.id, second.id].sort());
  });

  it("are, for a list's reader, its customers and itself when it subscribes; anyone for platform admins", async () => {
    const { admin, ours, rival, first, second, rivalCustomer, everyone } = await world();
    const db = await getDb();
    const ourList = await listedSubscribers(db, subscriptionRecords, ours.provider.owner);
    expect(await kept(ourList!, everyone)).toEqual(
      [first.id, second.id, ours.provider.organization.id].sort(),
    );
    const rivalList = await listedSubscribers(db, subscriptionRecords, rival.provider.owner);
    expect(await kept(rivalList!, everyone)).toEqual(
      [rivalCustomer.id, ours.provider.organization.id].sort(),
    );
    expect(await listedSubscribers(db, subscriptionRecords, admin)).toBeNull();
  });
});

describe("a list's filters, for its reader", () => {
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

  it("offer the products it provides that someone holds and those it subscribes to, no other", async () => {
    const { admin, ours, rival, first } = await world();
    const offered = async (actor: Parameters<typeof subscriptionFilterChoices>[0]["actor"]) =>
      ids((await subscriptionFilterChoices({ actor })).products);
    expect(await offered(ours.provider.owner)).toEqual(ids([ours.products.main, rival.products.main]));
    expect(await offered(rival.provider.owner)).toEqual([rival.products.main.id]);
    expect(await offered(userActor("member", first.id, "member"))).toEqual([ours.products.main.id]);
    expect(await offered(userActor("nobody", null, null))).toEqual([]);
    expect(await offered(admin)).toEqual(
      expect.arrayContaining(ids([ours.products.main, rival.products.main])),
    );
    // A product of its own that nobody holds is no filter.
    expect(await offered(ours.provider.owner)).not.toContain(ours.products.upgrade.id);
  });

  it("search the organizations the list shows, and name the one it is filtered by", async () => {
    const { admin, ours, rival, first, second, rivalCustomer, stranger } = await world();
    const search = (actor: typeof ours.provider.owner, query: string) =>
      searchListedSubscribers({ actor, list: "subscriptions", input: { query } });
    expect(ids(await search(ours.provider.owner, ""))).toEqual(
      ids([first, second, ours.provider.organization]),
    );
    expect(ids(await search(ours.provider.owner, "second customer"))).toEqual([second.id]);
    expect(ids(await search(rival.provider.owner, ""))).toEqual(
      ids([rivalCustomer, ours.provider.organization]),
    );
    expect(await search(userActor("nobody", null, null), "")).toEqual([]);
    await expect(search(ours.provider.owner, "x".repeat(101))).rejects.toMatchObject({
      invalidFields: [{ name: "query" }],
    });

    const named = (actor: typeof admin, list: "subscriptions" | "productKeys", id: string) =>
      listedSubscriberName({ actor, list, id });
    expect(await named(ours.provider.owner, "subscriptions", first.id)).toBe(first.name);
    expect(await named(ours.provider.owner, "subscriptions", rivalCustomer.id)).toBeNull();
    expect(await named(userActor("member", first.id, "member"), "subscriptions", first.id)).toBe(first.name);
    expect(await named(userActor("member", first.id, "member"), "subscriptions", second.id)).toBeNull();
    expect(await named(admin, "subscriptions", rivalCustomer.id)).toBe(rivalCustomer.name);
    expect(await named(admin, "subscriptions", stranger.id)).toBeNull();
    // Nobody holds a key here: the keys list names no one.
    expect(await named(admin, "productKeys", first.id)).toBeNull();
  });
});

describe("a subscription's provider", () => {
  it("is its product's, as the database keeps it: no write can make them differ", async () => {
    const ours = await makeSubscriptionCatalog();
    const rival = await makeSubscriptionCatalog();
    const subscription = await ours.subscribe();
    const db = await getDb();
    const update = (values: Partial<typeof subscriptions.$inferInsert>) =>
      db.update(subscriptions).set(values).where(eq(subscriptions.id, subscription.id));
    const broken = "subscriptions_product_provider_fk";
    expect(await writeRefusal(update({ providerOrganizationId: rival.provider.organization.id }))).toContain(
      broken,
    );
    expect(await writeRefusal(update({ productId: rival.products.main.id }))).toContain(broken);
    // Both together, as a move to the rival's product would be, is a consistent pair.
    expect(
      await writeRefusal(
        update({ productId: rival.products.main.id, providerOrganizationId: rival.provider.organization.id }),
      ),
    ).toBe("written");
  });
});
