import { and, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { organizations } from "@/db/schema";
import { makeOrganization, makePlatformAdmin } from "@/lib/testing/factories";
import { makeSubscriptionCatalog } from "@/lib/testing/subscription-factories";
import { subscriptionRecords } from "./commercial-records";
import { createSubscription } from "./create-subscription";
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
  return { admin, ours, rival, first: first!, second: second!, rivalCustomer: rivalCustomer!, everyone };
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
