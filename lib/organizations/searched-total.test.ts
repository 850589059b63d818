import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { organizations } from "@/db/schema";
import { exactSearchTotalUpTo } from "@/lib/list-total";
import { makePlatformAdmin } from "@/lib/testing/factories";
import { countOrganizations } from "./list-organizations";
import { searchTextOf } from "./organization-values";

describe("a searched organization list's total", () => {
  it("is exact up to the search's limit and the planner's estimate past it, never below what was counted", async () => {
    const admin = await makePlatformAdmin();
    const word = `zq${Date.now().toString(36)}`;
    const insert = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => {
        const [slug, name] = [`${prefix}-${word}-${i}`, `${prefix} ${word} ${i}`];
        return { slug, name, searchText: searchTextOf({ name, slug, description: "" }) };
      });
    const db = await getDb();
    await db.insert(organizations).values(insert("few", 3));
    expect(await countOrganizations({ actor: admin, filter: { query: `few ${word}` } })).toEqual({
      count: 3,
      estimated: false,
    });

    await db.insert(organizations).values(insert("many", exactSearchTotalUpTo + 1));
    const many = await countOrganizations({ actor: admin, filter: { query: `many ${word}` } });
    expect(many.estimated).toBe(true);
    expect(many.count).toBeGreaterThan(exactSearchTotalUpTo);
    // Only filtered, not searched, the same rows are still counted exactly.
    const all = await countOrganizations({ actor: admin, filter: {} });
    expect(all.estimated).toBe(false);
  });
});
