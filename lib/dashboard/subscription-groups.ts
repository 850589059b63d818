import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import { organizations, subscriptions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { subscriptionScope } from "./scope";

/**
 * Which subscriptions a figure counts and whose figure each one goes to. The dashboard counts
 * one actor's scope, one group; the summary job counts every provider's at once, one group per
 * organization. Both run the same aggregate (each figure's file), so the kept figures cannot
 * drift from the live ones.
 */
export interface SubscriptionGroups {
  /** The group a row is counted in: an organization's id, or null where there is one group. */
  key: SQL<string | null>;
  /** Which subscriptions count. */
  where: SQL | undefined;
  /** Adds what `key` and `where` read to a query over `subscriptions`. */
  join<Q extends PgSelect>(query: Q): Q;
}

/** The subscriptions the actor may list (lib/dashboard/scope.ts), as one group. */
export const actorGroup = (actor: Actor): SubscriptionGroups => ({
  key: sql<null>`null::uuid`,
  where: subscriptionScope(actor),
  join: (query) => query,
});

/**
 * One group per provider organization, with what its staff may list: the commercial policy lets
 * an organization's members list the subscriptions it provides and those it holds. Each
 * subscription is counted for its provider and, when it is another organization, its subscriber
 * (a provider may subscribe to another's products) — once each, as the policy's OR counts it.
 */
export function providerGroups(): SubscriptionGroups {
  const party = sql<string>`party.organization_id`;
  return {
    key: party,
    where: sql`${party} in (select ${organizations.id} from ${organizations} where ${organizations.provider})`,
    // The figures select their own columns, so the joined function adds nothing to a row's type.
    join: <Q extends PgSelect>(query: Q) =>
      query.crossJoinLateral(
        sql`(values (${subscriptions.providerOrganizationId}), (nullif(${subscriptions.organizationId}, ${subscriptions.providerOrganizationId}))) as party(organization_id)`,
      ) as unknown as Q,
  };
}

/** An aggregate's rows made into each group's figure; a group without rows gets the empty figure. */
export function figurePerGroup<R extends { group: string | null }, T>(
  rows: R[],
  figure: (rows: R[]) => T,
): (group: string | null) => T {
  const byGroup = new Map<string | null, R[]>();
  for (const row of rows) {
    const group = byGroup.get(row.group);
    if (group) group.push(row);
    else byGroup.set(row.group, [row]);
  }
  return (group) => figure(byGroup.get(group) ?? []);
}
