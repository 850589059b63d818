import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import {
  bundleApprovals,
  bundlePlanSubscriptions,
  memberships,
  organizationContacts,
  organizations,
  plans,
  users,
  type Bundle,
} from "@/db/schema";
import { queueEmail } from "@/lib/email/queue-email";
import { emails } from "@/lib/email/templates";
import { publicUrl } from "@/lib/public-url";
import { approvalPath, customerBundlePath } from "./bundle-links";

/** A plan's name at the version asked for. */
async function planNames(tx: Transaction, planRowIds: string[]): Promise<Map<string, string>> {
  if (planRowIds.length === 0) return new Map();
  const rows = await tx
    .select({ id: bundlePlanSubscriptions.id, name: plans.name })
    .from(bundlePlanSubscriptions)
    .innerJoin(
      plans,
      and(
        eq(plans.planId, bundlePlanSubscriptions.planId),
        eq(plans.version, bundlePlanSubscriptions.planVersion),
      ),
    )
    .where(inArray(bundlePlanSubscriptions.id, planRowIds));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The provider's owners, admins and approvers (active users) each get the new request. */
export async function notifyApprovers(
  tx: Transaction,
  bundle: Bundle,
  planRowIds: string[],
): Promise<string[]> {
  const [requester] = await tx
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, bundle.organizationId));
  const recipients = await tx
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organizationId, bundle.providerOrganizationId),
        inArray(memberships.role, ["owner", "admin", "approver"]),
        eq(users.status, "active"),
      ),
    );
  const names = [...(await planNames(tx, planRowIds)).values()];
  const link = await publicUrl(approvalPath(bundle.id));
  // One after another: a transaction is one connection, which runs one statement at a time.
  const queued: string[] = [];
  for (const { email } of recipients) {
    queued.push(
      await queueEmail(tx, emails.bundleRequested(email, requester!.name, bundle.name, names, link)),
    );
  }
  return queued;
}

/**
 * Whoever submitted the request hears of every decision: the user who asked, or — when an
 * API key asked — the bundle's contact.
 */
async function requesterEmail(tx: Transaction, bundle: Bundle): Promise<string | null> {
  const [asked] = await tx
    .select({ email: users.email })
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
  if (asked) return asked.email;
  if (!bundle.contactId) return null;
  const [contact] = await tx
    .select({ email: organizationContacts.email })
    .from(organizationContacts)
    .where(eq(organizationContacts.id, bundle.contactId));
  return contact?.email ?? null;
}

export async function notifyRequester(
  tx: Transaction,
  bundle: Bundle,
  decisions: { planRowId: string; decision: string; note: string | null }[],
): Promise<string[]> {
  const to = await requesterEmail(tx, bundle);
  if (!to) return [];
  const names = await planNames(
    tx,
    decisions.map((d) => d.planRowId),
  );
  const lines = decisions.map((d) => ({
    plan: names.get(d.planRowId) ?? "a plan",
    decision: d.decision,
    note: d.note,
  }));
  const link = await publicUrl(customerBundlePath(bundle.id));
  return [await queueEmail(tx, emails.bundleDecided(to, bundle.name, bundle.contractStatus, lines, link))];
}
