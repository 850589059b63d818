import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { listPricingRules } from "@/lib/catalog/pricing-rules";
import { listSlaDefinitions } from "@/lib/catalog/sla-definitions";
import { isAppError } from "@/lib/errors";
import { subscribeChoices } from "@/lib/subscriptions/subscription-choices";

/** A provider's catalog settings, or none for a reader the catalog refuses them to. */
const orNone = async <T>(list: Promise<T[]>): Promise<T[]> => {
  try {
    return await list;
  } catch (error) {
    if (isAppError(error) && error.code === "forbidden") return [];
    throw error;
  }
};

/**
 * What the new-key form offers, from the domains that own each: the listed products a new
 * subscription could be made of (a key is issued on the same terms; its owner organization is
 * searched for the same way, searchSubscribersAction), and the provider's SLA definitions and
 * pricing rules. The key's domain checks every id again.
 */
export async function createKeyChoices(actor: Actor) {
  const [subscribable, slas, rules] = await Promise.all([
    subscribeChoices({ actor }),
    orNone(listSlaDefinitions({ actor })),
    orNone(listPricingRules({ actor })),
  ]);
  const named = (rows: { id: string; name: string }[]) => rows.map(({ id, name }) => ({ id, name }));
  return {
    products: named(subscribable.products),
    slaDefinitions: named(slas),
    pricingRules: named(rules),
  };
}
