import "server-only";
import { and, eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { bundleAccesses } from "@/db/schema";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation";

/** One access of a bundle the caller already loaded (and was allowed to); locked for the write. */
export async function loadAccess(tx: Transaction, bundleId: string, accessId: string) {
  if (!isUuid(accessId)) throw notFound("access");
  const [access] = await tx
    .select()
    .from(bundleAccesses)
    .where(and(eq(bundleAccesses.id, accessId), eq(bundleAccesses.bundleId, bundleId)))
    .for("update");
  if (!access) throw notFound("access");
  return access;
}
