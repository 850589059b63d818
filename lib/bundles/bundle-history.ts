import "server-only";
import { bundleApprovals, bundles, type ApprovalStatus, type Bundle } from "@/db/schema";
import type { Transaction } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { updateVersioned } from "@/lib/change-sequence";
import { now } from "@/lib/clock";

export interface ApprovalEntry {
  level: "bundle" | "product" | "plan";
  /** The bundle product or plan subscription; null at bundle level. */
  targetId: string | null;
  approvalStatus: ApprovalStatus;
  note?: string | null;
}

/** Appends decision-history rows (wallis' `approvals`) in the caller's transaction. */
export async function appendApprovals(
  tx: Transaction,
  actor: Actor,
  bundleId: string,
  entries: ApprovalEntry[],
) {
  if (entries.length === 0) return;
  const at = now();
  await tx.insert(bundleApprovals).values(
    entries.map((entry) => ({
      bundleId,
      level: entry.level,
      targetId: entry.targetId,
      approvalStatus: entry.approvalStatus,
      note: entry.note ?? null,
      createdById: actor.userId,
      createdBy: actor.label,
      createdAt: at,
    })),
  );
}

/**
 * The one way a bundle row changes: at the version this transaction read (the row is locked,
 * and a concurrent writer's bump makes this one a 409), with `modifiedBy` and the audit event.
 */
export async function saveBundle(
  tx: Transaction,
  actor: Actor,
  before: Bundle,
  values: Partial<typeof bundles.$inferInsert>,
  audit: { action: string; after?: Record<string, unknown> },
): Promise<Bundle> {
  const bundle = await updateVersioned(tx, bundles, {
    id: before.id,
    changeSequence: before.changeSequence,
    values: { ...values, modifiedBy: actor.label },
    what: "bundle",
  });
  await recordAuditEvent(tx, actor, {
    action: `bundle.${audit.action}`,
    objectType: "bundle",
    objectId: bundle.id,
    organizationId: bundle.organizationId,
    before: { contractStatus: before.contractStatus, changeSequence: before.changeSequence },
    after: { contractStatus: bundle.contractStatus, ...audit.after },
  });
  return bundle;
}
