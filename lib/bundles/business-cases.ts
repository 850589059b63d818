import "server-only";
import { eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { bundleBusinessCases, type BusinessCaseKey } from "@/db/schema";

/**
 * Writes the bundle's business cases, one text per key. In a draft the text changes at once;
 * once requested the approvers decided on the old text, so an edit waits in `pendingText`
 * (and an edit back to the decided text clears it).
 */
export async function writeBusinessCases(
  tx: Transaction,
  bundleId: string,
  cases: { businessCaseKey: BusinessCaseKey; text: string }[],
  draft: boolean,
): Promise<void> {
  const existing = await tx
    .select()
    .from(bundleBusinessCases)
    .where(eq(bundleBusinessCases.bundleId, bundleId));
  for (const { businessCaseKey: key, text } of cases) {
    const row = existing.find((c) => c.key === key);
    if (!row) {
      await tx
        .insert(bundleBusinessCases)
        .values(draft ? { bundleId, key, text } : { bundleId, key, text: "", pendingText: text });
    } else if (draft) {
      await tx
        .update(bundleBusinessCases)
        .set({ text, pendingText: null })
        .where(eq(bundleBusinessCases.id, row.id));
    } else {
      await tx
        .update(bundleBusinessCases)
        .set({ pendingText: text === row.text ? null : text })
        .where(eq(bundleBusinessCases.id, row.id));
    }
  }
}
