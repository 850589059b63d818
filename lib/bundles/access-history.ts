import "server-only";
import { eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { bundleAccesses, bundleAccessStatuses, type AccessStatusValue } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";

/** Moves an access to a status and writes its history row (`statusValue`, `note`, who, when). */
export async function setAccessStatus(
  tx: Transaction,
  actor: Actor,
  accessId: string,
  statusValue: AccessStatusValue,
  note: string | null = null,
  values: Partial<typeof bundleAccesses.$inferInsert> = {},
): Promise<void> {
  const at = now();
  await tx
    .update(bundleAccesses)
    .set({ ...values, status: statusValue, updatedOn: at })
    .where(eq(bundleAccesses.id, accessId));
  await tx.insert(bundleAccessStatuses).values({
    accessId,
    statusValue,
    note,
    createdById: actor.userId,
    createdBy: actor.label,
    createdAt: at,
  });
}
