import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { organizations } from "@/db/schema";
import { listTotal } from "./list-total";

describe("list totals", () => {
  it("counts exactly up to the limit, and past it answers the planner's estimate, flagged", async () => {
    const description = `totals ${Date.now()}`;
    const db = await getDb();
    await db.insert(organizations).values(
      Array.from({ length: 6 }, (_, i) => ({
        slug: `totals-${Date.now()}-${i}`,
        name: `T ${i}`,
        description,
      })),
    );
    const matching = db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.description, description));
    expect(await listTotal(db, matching)).toEqual({ count: 6, estimated: false });
    const past = await listTotal(db, matching, { exactUpTo: 3 });
    expect(past.estimated).toBe(true);
    // Never below what was counted before giving up (4 rows: the limit and one more).
    expect(past.count).toBeGreaterThanOrEqual(4);
  });
});
