import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { membershipRoles } from "@/lib/auth/permissions";
import { createProduct } from "@/lib/catalog/product-writes";
import {
  makeOrganizationWithOwner,
  makePlatformAdmin,
  makeProvider,
  userActor,
} from "@/lib/testing/factories";
import {
  authorizeCommercial,
  commercialActions,
  commercialListScope,
  commercialListSides,
  commercialReach,
  commercialRole,
  type CommercialAction,
} from "./commercial-policy";
import { subscriptionRecords } from "./commercial-records";
import { applyBarring, liftBarring } from "./barrings";
import { changeQuantity } from "./change-quantity";
import { createSubscription } from "./create-subscription";
import { getSubscription, listSubscriptions } from "./read-subscriptions";

const record = { subscriberOrganizationId: "sub-org", providerOrganizationId: "prov-org" };
const sides = { subscriber: "sub-org", provider: "prov-org", other: "other-org" } as const;
type Side = keyof typeof sides | "platform";

const actorOn = (side: Side, role: (typeof membershipRoles)[number] | null): Actor =>
  side === "platform"
    ? { ...userActor("admin", null, null), platformAdmin: true }
    : userActor(`${side}-${role}`, sides[side], role);

/** What the issue asks for, written out independently of the module's own table. */
function expected(side: Side, role: string | null, action: CommercialAction): "allow" | 403 | 404 {
  if (side === "other") return 404;
  if (side === "platform") return "allow";
  if (action === "read") return "allow";
  const sellerOnly = ["bar", "editTerms", "decide", "issueKey", "manageKey", "verifyKey", "decideRequest"];
  if (side === "subscriber" && sellerOnly.includes(action)) return 403;
  if (side === "provider" && action === "requestBundle") return 403;
  if (action === "decideRequest") return role === "member" ? 403 : "allow";
  return role === "owner" || role === "admin" ? "allow" : 403;
}

function outcome(actor: Actor, action: CommercialAction): "allow" | 403 | 404 {
  try {
    authorizeCommercial(actor, record, action);
    return "allow";
  } catch (error) {
    return (error as { status: number }).status as 403 | 404;
  }
}

const cells: [Side, string | null, CommercialAction][] = [];
for (const side of ["subscriber", "provider", "other"] as const)
  for (const role of membershipRoles)
    for (const action of commercialActions) cells.push([side, role, action]);
for (const action of commercialActions) cells.push(["platform", null, action]);

describe("the commercial policy", () => {
  it(`answers the whole matrix (${cells.length} cells): side × role × action`, () => {
    const wrong = cells
      .map(([side, role, action]) => ({
        side,
        role,
        action,
        want: expected(side, role, action),
        got: outcome(actorOn(side, role as never), action),
      }))
      .filter((c) => c.want !== c.got);
    expect(wrong).toEqual([]);
  });

  it("names the actor's side; one organization on both sides is the provider", () => {
    expect(commercialRole(actorOn("subscriber", "member"), record)).toBe("subscriber");
    expect(commercialRole(actorOn("other", "owner"), record)).toBeNull();
    const both = { subscriberOrganizationId: "x", providerOrganizationId: "x" };
    expect(commercialRole(userActor("u", "x", "member"), both)).toBe("provider");
    // An actor without an organization (a user outside any) is a stranger.
    expect(commercialRole(userActor("u", null, null), record)).toBeNull();
  });

  it("lets an unverified owner read but not write", () => {
    const unverified = userActor("u", "sub-org", "owner", { emailVerified: false });
    expect(outcome(unverified, "read")).toBe("allow");
    expect(outcome(unverified, "cancel")).toBe(403);
  });

  it("scopes lists: platform admins see all, organizations both their sides, actors without one nothing", () => {
    expect(commercialReach(actorOn("platform", null))).toBe("all");
    expect(commercialReach(userActor("u", null, null))).toBe("none");
    expect(commercialReach(userActor("u", "sub-org", null))).toBe("none");
    for (const role of membershipRoles) {
      expect(commercialReach(actorOn("subscriber", role))).toEqual({ organizationId: "sub-org" });
    }
    // The row scopes are drawn from that reach: no condition, a false one, or the two sides.
    const text = (condition: SQL | undefined) => {
      if (!condition) return undefined;
      const { sql, params } = new PgDialect().sqlToQuery(condition);
      return { sql, params };
    };
    const nobody = userActor("u", null, null);
    const provider = actorOn("provider", "member");
    expect(commercialListScope(actorOn("platform", null), subscriptionRecords)).toBeUndefined();
    expect(commercialListSides(actorOn("platform", null), subscriptionRecords)).toEqual([undefined]);
    expect(text(commercialListScope(nobody, subscriptionRecords))).toEqual({ sql: "false", params: [] });
    expect(commercialListSides(nobody, subscriptionRecords).map(text)).toEqual([
      { sql: "false", params: [] },
    ]);
    expect(text(commercialListScope(provider, subscriptionRecords))).toEqual({
      sql: '("subscriptions"."organization_id" = $1 or "subscriptions"."provider_organization_id" = $2)',
      params: ["prov-org", "prov-org"],
    });
    expect(commercialListSides(provider, subscriptionRecords).map(text)).toEqual([
      { sql: '"subscriptions"."organization_id" = $1', params: ["prov-org"] },
      {
        sql: '("subscriptions"."provider_organization_id" = $1 and "subscriptions"."organization_id" <> $2)',
        params: ["prov-org", "prov-org"],
      },
    ]);
  });

  it("is what the operations ask: reads, lists and writes follow the matrix on a real subscription", async () => {
    const provider = await makeProvider();
    const product = await createProduct({
      actor: provider.owner,
      input: { name: "Policy seats", productStatus: "PUBLISHED", publiclyAvailable: true, hasQuantity: true },
    });
    const customer = await makeOrganizationWithOwner();
    const stranger = await makeOrganizationWithOwner();
    const sub = await createSubscription({ actor: customer.owner, input: { productId: product.id } });
    const admin = await makePlatformAdmin();
    const actors: [Side, string | null, Actor][] = [["platform", null, admin]];
    for (const role of membershipRoles) {
      actors.push(["subscriber", role, { ...customer.owner, role }]);
      actors.push(["provider", role, { ...provider.owner, role }]);
      actors.push(["other", role, { ...stranger.owner, role }]);
    }
    const results = [];
    let quantity = 1;
    for (const [side, role, actor] of actors) {
      const settle = async (work: () => Promise<unknown>) =>
        work().then(
          () => "allow" as const,
          (error: { status: number }) => error.status,
        );
      const listed =
        (await listSubscriptions({ actor, query: { productId: product.id } })).items.length === 1;
      results.push({
        side,
        role,
        read: await settle(() => getSubscription({ actor, id: sub.id })),
        listed,
        quantity: await settle(() => changeQuantity({ actor, id: sub.id, input: { quantity: ++quantity } })),
        bar: await settle(() => applyBarring({ actor, id: sub.id, input: { reason: "RISK" } })),
      });
      // Lift it again, so the next actor's barring is not refused as a duplicate.
      if (results.at(-1)!.bar === "allow")
        await liftBarring({ actor: admin, id: sub.id, input: { reason: "RISK" } });
    }
    expect(results).toEqual(
      actors.map(([side, role]) => ({
        side,
        role,
        read: expected(side, role, "read"),
        listed: side !== "other",
        quantity: expected(side, role, "changeQuantity"),
        bar: expected(side, role, "bar"),
      })),
    );
  });
});
