import "server-only";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getDb } from "@/db/open";
import { bundles, organizations, type ContractStatus } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { bundleScope } from "@/lib/bundles/bundle-scope";
import { openStatuses } from "@/lib/bundles/transitions";

export interface OpenRequest {
  id: string;
  name: string;
  providerName: string;
  contractStatus: ContractStatus;
  requestedOn: Date | null;
}

/**
 * A customer's bundle requests still waiting for the provider (requested or in progress),
 * oldest first, with how many there are: what the bundles' own list scope lets the actor see.
 */
export async function openRequests({
  actor,
  db,
  limit = 5,
}: {
  actor: Actor;
  db?: Executor;
  limit?: number;
}): Promise<{ total: number; items: OpenRequest[] }> {
  const executor = db ?? (await getDb());
  const where = and(bundleScope(actor), inArray(bundles.contractStatus, [...openStatuses]));
  const [[{ total } = { total: 0 }], items] = await Promise.all([
    executor.select({ total: count() }).from(bundles).where(where),
    executor
      .select({
        id: bundles.id,
        name: bundles.name,
        providerName: organizations.name,
        contractStatus: bundles.contractStatus,
        requestedOn: bundles.requestedOn,
      })
      .from(bundles)
      .innerJoin(organizations, eq(organizations.id, bundles.providerOrganizationId))
      .where(where)
      .orderBy(asc(bundles.requestedOn), asc(bundles.id))
      .limit(limit),
  ]);
  return { total, items };
}
