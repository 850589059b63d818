import "server-only";
import { navigationFor } from "@/lib/auth/navigation";
import { runsCatalog } from "@/lib/catalog/catalog-access";
import type { SessionActor } from "@/lib/users/load-session-actor";
import type { SearchHit } from "./search-records";

/**
 * Where a found record opens for this actor: the desk's page for those whose navigation offers
 * the desk (as lib/auth/navigation derives it), the portal's page for customers.
 */
export function recordHref(actor: SessionActor, hit: SearchHit): string {
  const desk = (href: string) => navigationFor(actor).items.some((item) => item.href === href);
  switch (hit.kind) {
    case "organization":
      return desk("/organizations") ? `/organizations/${hit.id}` : "/settings";
    case "product":
      return runsCatalog(actor) ? `/catalog/products/${hit.id}` : `/portal/catalog/${hit.id}`;
    case "subscription":
      return desk("/subscriptions") ? `/subscriptions/${hit.id}` : `/portal/subscriptions/${hit.id}`;
    case "productKey":
      return desk("/product-keys") ? `/product-keys/${hit.id}` : `/portal/keys/${hit.id}`;
  }
}
