import "server-only";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/actor";
import { pageProducts } from "@/lib/catalog/product-reads";
import { line } from "@/lib/input/text";
import { getOrganization } from "@/lib/organizations/get-organization";
import { listOrganizations } from "@/lib/organizations/list-organizations";
import { listProductKeys } from "@/lib/product-keys";
import { listSubscriptions } from "@/lib/subscriptions/read-subscriptions";
import { parseInput } from "@/lib/validation";

export const searchQuerySchema = z.object({ query: line(100, { min: 1 }) });

export type SearchKind = "organization" | "product" | "subscription" | "productKey";
export interface SearchHit {
  kind: SearchKind;
  id: string;
  label: string;
  detail: string;
}

const perKind = 5;

/** Organizations: every one for platform admins, otherwise only the actor's own when it matches. */
async function organizationHits(actor: Actor, query: string): Promise<SearchHit[]> {
  if (can(actor, "platform.organizations.manage")) {
    const page = await listOrganizations({ actor, query: { query, limit: perKind } });
    return page.items.map((o) => ({ kind: "organization", id: o.id, label: o.name, detail: o.slug }));
  }
  if (!actor.organizationId || !can(actor, "organization.read")) return [];
  const own = await getOrganization({ actor, id: actor.organizationId });
  const matches = [own.name, own.slug].some((text) => text.toLowerCase().includes(query.toLowerCase()));
  return matches ? [{ kind: "organization", id: own.id, label: own.name, detail: own.slug }] : [];
}

/**
 * What the ⌘K palette finds: organizations, products, subscriptions and product keys matching
 * the text, each read through its own list function, so the palette finds exactly what the
 * actor's lists show (a customer its own subscriptions and keys, and the catalog it may see).
 */
export async function searchRecords({
  actor,
  input,
}: {
  actor: Actor;
  input: unknown;
}): Promise<SearchHit[]> {
  const { query } = parseInput(searchQuerySchema, input);
  const readsSubscriptions = can(actor, "subscriptions.read");
  const [organizations, products, subscriptions, keys] = await Promise.all([
    organizationHits(actor, query),
    can(actor, "catalog.read")
      ? pageProducts({ actor, filter: { query }, page: { page: 0, size: perKind } })
      : { content: [] },
    readsSubscriptions ? listSubscriptions({ actor, query: { q: query, limit: perKind } }) : { items: [] },
    readsSubscriptions ? listProductKeys({ actor, query: { q: query, limit: perKind } }) : { items: [] },
  ]);
  return [
    ...organizations,
    ...products.content.map((p): SearchHit => ({
      kind: "product",
      id: p.id,
      label: p.name,
      detail: p.productStatus,
    })),
    ...subscriptions.items.map((s): SearchHit => ({
      kind: "subscription",
      id: s.id,
      label: `#${s.number} ${s.productName}`,
      detail: s.organizationName,
    })),
    ...keys.items.map((k): SearchHit => ({
      kind: "productKey",
      id: k.id,
      label: `${k.prefix ?? "—"}…`,
      detail: k.description || k.organizationName,
    })),
  ];
}
