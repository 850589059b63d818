import { describe, expect, it } from "vitest";
import { listOrganizations } from "@/lib/organizations/list-organizations";
import { createOrganization } from "@/lib/organizations/create-organization";
import { systemActor } from "@/lib/auth/actor";
import { containing, escapeLike } from "./sql-like";

describe("LIKE patterns from user text", () => {
  it("escape the wildcards", () => {
    expect(escapeLike("50%_off\\")).toBe("50\\%\\_off\\\\");
    expect(containing("a%b")).toBe("%a\\%b%");
  });

  it("match wildcard characters literally in a real search", async () => {
    const tag = `like${Date.now()}`;
    await createOrganization({ actor: systemActor(), input: { name: `${tag} 100% cotton` } });
    await createOrganization({ actor: systemActor(), input: { name: `${tag} plain` } });
    const search = async (query: string) =>
      (await listOrganizations({ actor: systemActor(), query: { query } })).items.map((o) => o.name);
    expect(await search(`${tag} 100%`)).toEqual([`${tag} 100% cotton`]);
    expect(await search(`${tag}%plain`)).toEqual([]);
  });
});
