import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { MembershipRole } from "@/db/schema";
import { membershipRoles } from "@/lib/auth/permissions";
import { setClock } from "@/lib/clock";
import {
  addMember,
  makeOrganizationWithOwner,
  makePlatformAdmin,
  makeUser,
  userActor,
} from "@/lib/testing/factories";
import { makeKeyCatalog } from "@/lib/testing/product-key-factories";
import { createProductKey } from "./create-product-key";
import { deleteProductKey } from "./delete-product-key";
import { disableProductKey, enableProductKey } from "./disable-enable-product-key";
import { productKeyUsage } from "./product-key-usage";
import { getProductKey, listProductKeys } from "./read-product-keys";
import { revokeProductKey } from "./revoke-product-key";
import { rotateProductKey } from "./rotate-product-key";
import { updateProductKey } from "./update-product-key";

beforeEach(() => setClock(new Date("2031-06-01T00:00:00Z")));
afterEach(() => setClock(null));

type Side = "subscriber" | "provider" | "other" | "platform";
type Outcome = "allow" | 403 | 404;
const moves = [
  "create",
  "get",
  "usage",
  "update",
  "disable",
  "enable",
  "rotate",
  "revoke",
  "delete",
] as const;
type Move = (typeof moves)[number];

/**
 * What issue #9 asks, written out apart from the policy's table: the provider issues and
 * manages keys for its products, the owner organization sees and rotates (and may revoke) its
 * own, platform admins operate all; writes need an owner or admin; strangers learn nothing
 * (404), except that creating for products they do not provide is refused (403).
 */
function expected(side: Side, role: MembershipRole | null, move: Move): Outcome {
  if (side === "platform") return "allow";
  if (side === "other") return move === "create" ? 403 : 404;
  if (move === "get" || move === "usage") return "allow";
  const ownerMay = move === "rotate" || move === "revoke";
  if (side === "subscriber" && !ownerMay) return 403;
  return role === "owner" || role === "admin" ? "allow" : 403;
}

describe("who may do what to a product key", () => {
  it("answers the matrix: side × role × move, on real keys", async () => {
    const world = await makeKeyCatalog();
    const stranger = await makeOrganizationWithOwner();
    const admin = await makePlatformAdmin();
    const orgOf = { subscriber: world.customer, provider: world.provider, other: stranger };
    const actors: { side: Side; role: MembershipRole | null; actor: Actor }[] = [
      { side: "platform", role: null, actor: admin },
    ];
    for (const side of ["subscriber", "provider", "other"] as const) {
      for (const role of membershipRoles) {
        const user = await makeUser();
        await addMember(orgOf[side].organization.id, user.id, role);
        actors.push({ side, role, actor: userActor(user.id, orgOf[side].organization.id, role) });
      }
    }
    // A fresh key for each attempt, so one move's success never changes another's outcome.
    const fresh = async () => (await world.issue()).productKey;
    const attempt = async (actor: Actor, move: Move): Promise<Outcome> => {
      try {
        if (move === "create") await createProductKey({ actor, input: world.keyInput() });
        else {
          const key = await fresh();
          const id = key.id;
          const disabled =
            move === "enable" ? await disableProductKey({ actor: admin, id, input: { reason: "x" } }) : key;
          const changeSequence = disabled.changeSequence;
          const run = {
            get: () => getProductKey({ actor, id }),
            usage: () => productKeyUsage({ actor, id }),
            update: () => updateProductKey({ actor, id, input: { changeSequence, description: "changed" } }),
            disable: () => disableProductKey({ actor, id, input: { reason: "why" } }),
            enable: () => enableProductKey({ actor, id, input: {} }),
            rotate: () => rotateProductKey({ actor, id, input: {} }),
            revoke: () => revokeProductKey({ actor, id, input: { reason: "leaked" } }),
            delete: () => deleteProductKey({ actor, id }),
          }[move];
          await run();
        }
        return "allow";
      } catch (error) {
        return (error as { status: number }).status as 403 | 404;
      }
    };
    const wrong = [];
    for (const { side, role, actor } of actors) {
      for (const move of moves) {
        const want = expected(side, role, move);
        const got = await attempt(actor, move);
        if (want !== got) wrong.push({ side, role, move, want, got });
      }
    }
    expect(wrong).toEqual([]);
  });

  it("lists to the owner organization and the provider only; platform admins see all", async () => {
    const world = await makeKeyCatalog();
    const { productKey } = await world.issue();
    const stranger = await makeOrganizationWithOwner();
    const seen = async (actor: Actor) =>
      (await listProductKeys({ actor, query: { q: productKey.prefix! } })).items.some(
        (k) => k.id === productKey.id,
      );
    expect(await seen(world.customer.owner)).toBe(true);
    expect(await seen(world.provider.owner)).toBe(true);
    expect(await seen(await makePlatformAdmin())).toBe(true);
    expect(await seen(stranger.owner)).toBe(false);
    expect(await seen(world.rival.owner)).toBe(false);
  });
});
