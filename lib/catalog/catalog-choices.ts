import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { listOrganizations } from "@/lib/organizations/list-organizations";
import { pageProductGroups } from "./product-groups";

/** Provider organizations to choose from: platform admins only (everyone else acts for their own). */
export async function providerChoices(actor: Actor) {
  if (!actor.platformAdmin) return null;
  const { items } = await listOrganizations({ actor, query: { provider: "true", limit: 200 } });
  return items.map((o) => ({ id: o.id, name: o.name }));
}

/** What the product editor offers: the groups the actor can use, and (platform admins) providers. */
export async function catalogChoices(actor: Actor) {
  const groups = await pageProductGroups({ actor, page: { page: 0, size: 200, sort: "order,asc" } });
  const usable = groups.content.filter(
    (g) =>
      actor.platformAdmin ||
      g.providerOrganizationId === null ||
      g.providerOrganizationId === actor.organizationId,
  );
  return { groups: usable.map((g) => ({ id: g.id, name: g.name })), providers: await providerChoices(actor) };
}
