import "server-only";
import { and, asc, eq, gte } from "drizzle-orm";
import { getDb } from "@/db/open";
import { productKeyUsage as usageTable } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { parseInput } from "@/lib/validation";
import { loadProductKey } from "./load-product-key";
import { productKeyUsageQuerySchema } from "./product-key-schemas";

const dayMs = 86_400_000;

export interface ProductKeyUsageDay {
  /** A UTC day, 2031-06-01. */
  day: string;
  accepted: number;
  consumed: number;
  refused: number;
}

/**
 * A key's usage over the last `days` UTC days (today included), one entry per day, zeros where
 * verify wrote nothing, oldest first — for the chart and its table. Readers of the key see it.
 */
export async function productKeyUsage({
  actor,
  id,
  days: requested,
}: {
  actor: Actor;
  id: string;
  /** 1–366; 30 by default. */
  days?: unknown;
}): Promise<ProductKeyUsageDay[]> {
  const { days } = parseInput(productKeyUsageQuerySchema, { days: requested });
  const db = await getDb();
  await loadProductKey(db, actor, id, "read");
  const today = Math.floor(now().getTime() / dayMs) * dayMs;
  const dayOf = (i: number) => new Date(today - (days - 1 - i) * dayMs).toISOString().slice(0, 10);
  const rows = await db
    .select()
    .from(usageTable)
    .where(and(eq(usageTable.productKeyId, id), gte(usageTable.day, dayOf(0))))
    .orderBy(asc(usageTable.day));
  return Array.from({ length: days }, (_, i) => {
    const day = dayOf(i);
    const row = rows.find((r) => r.day === day);
    return { day, accepted: row?.accepted ?? 0, consumed: row?.consumed ?? 0, refused: row?.refused ?? 0 };
  });
}
