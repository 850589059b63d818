import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import {
  bundleApprovals,
  memberships,
  organizationContacts,
  users,
  type Bundle,
  type Product,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { issueProductKey } from "@/lib/product-keys/issue-product-key";

/**
 * Who holds the bundle's key: the user who submitted the request; when a key submitted it,
 * an owner of the customer organization; then the bundle's contact; then, revealing, the
 * customer's user who reveals it.
 */
async function keyHolder(
  tx: Transaction,
  actor: Actor,
  bundle: Bundle,
  revealing: boolean,
): Promise<{ email: string; name: string } | null> {
  const [submitter] = await tx
    .select({ email: users.email, name: users.name })
    .from(bundleApprovals)
    .innerJoin(users, eq(users.id, bundleApprovals.createdById))
    .where(
      and(
        eq(bundleApprovals.bundleId, bundle.id),
        eq(bundleApprovals.level, "bundle"),
        eq(bundleApprovals.approvalStatus, "REQUESTED"),
      ),
    )
    .orderBy(desc(bundleApprovals.createdAt))
    .limit(1);
  if (submitter) return submitter;
  const [owner] = await tx
    .select({ email: users.email, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, bundle.organizationId), eq(memberships.role, "owner")))
    .orderBy(asc(memberships.createdOn))
    .limit(1);
  if (owner) return owner;
  const [contact] = bundle.contactId
    ? await tx
        .select({ email: organizationContacts.email, name: organizationContacts.name })
        .from(organizationContacts)
        .where(eq(organizationContacts.id, bundle.contactId))
    : [];
  if (contact) return contact;
  // Nobody of the customer's yet: the customer's person revealing it (never the approver).
  const [self] =
    revealing && actor.userId
      ? await tx
          .select({ email: users.email, name: users.name })
          .from(users)
          .where(eq(users.id, actor.userId))
      : [];
  return self ?? null;
}

/**
 * Issues the product key of a GENERATE_TOKEN access through the product-keys domain, in the
 * caller's transaction and under the bundle's own right (`decideRequest` for the approver, who
 * may not issue keys otherwise; `requestBundle` for the customer revealing a key that waited).
 * It has no secret yet: the customer reveals one, once. Linked to the subscription an approved
 * plan became, so the key stops when the subscription ends. Null when nobody can hold it.
 */
export async function issueAccessKey(
  tx: Transaction,
  actor: Actor,
  bundle: Bundle,
  chosen: Product[],
  subscriptionId: string | undefined,
  action: "decideRequest" | "requestBundle",
): Promise<{ productKeyId: string; emailIds: string[] } | null> {
  const holder = await keyHolder(tx, actor, bundle, action === "requestBundle");
  if (!holder) return null;
  const [firstName = "", ...rest] = holder.name.split(/\s+/).filter(Boolean);
  const { productKey, emailIds } = await issueProductKey({
    tx,
    actor,
    withSecret: false,
    action,
    input: {
      organizationId: bundle.organizationId,
      providerOrganizationId: bundle.providerOrganizationId,
      productIds: chosen.map((p) => p.id),
      email: holder.email,
      firstName: firstName || "Bundle",
      lastName: rest.join(" ") || "Customer",
      description: `Access for the bundle ${bundle.name}`.slice(0, 1000),
      ...(subscriptionId ? { subscriptionId } : {}),
    },
  });
  return { productKeyId: productKey.id, emailIds };
}
