import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { organizations } from "@/db/schema";
import { systemActor } from "@/lib/auth/actor";
import {
  addMember,
  makeOrganizationWithOwner,
  makePlatformAdmin,
  makeUser,
  userActor,
} from "@/lib/testing/factories";
import { changeOrganizationStatus } from "./change-organization-status";
import { createOrganization } from "./create-organization";
import { getOrganization } from "./get-organization";
import { throughEachSearchStep } from "@/lib/testing/search-steps";
import { exportOrganizationsCsv, listOrganizations, pageOrganizations } from "./list-organizations";
import { updateOrganization } from "./update-organization";

const admin = systemActor();
const create = (input: Record<string, unknown>) => createOrganization({ actor: admin, input });

async function organizationCount() {
  const db = await getDb();
  return (await db.select({ n: count() }).from(organizations))[0]!.n;
}

describe("creating organizations", () => {
  it("derives a free slug from the name and answers the Kodexa shape", async () => {
    const name = `Zeta Labs ${Date.now()}`;
    const first = await create({
      name,
      description: "Research",
      features: { beta: true },
      memory: { orderedDashboards: ["a"] },
    });
    const second = await create({ name });
    expect(first.slug).toMatch(/^zeta-labs-\d+$/);
    expect(second.slug).toBe(`${first.slug}-2`);
    expect(first).toMatchObject({
      id: first.uuid,
      organizationStatus: "active",
      features: { beta: true },
      memory: { orderedDashboards: ["a"] },
      authGroupLink: { authGroup: null },
      hasImage: false,
      changeSequence: 1,
      searchText: expect.stringContaining("research"),
    });
  });

  it("numbers a taken derived slug up to -10, then adds a random suffix", async () => {
    const name = `Crowded ${Date.now()}`;
    const slugs: string[] = [];
    for (let i = 0; i < 12; i++) slugs.push((await create({ name })).slug);
    const base = slugs[0]!;
    expect(slugs.slice(0, 10)).toEqual([base, ...Array.from({ length: 9 }, (_, i) => `${base}-${i + 2}`)]);
    for (const slug of slugs.slice(10)) expect(slug).toMatch(new RegExp(`^${base}-[0-9a-f]{6}$`));
    expect(new Set(slugs).size).toBe(12);
  });

  it("refuses a taken or malformed slug with a field error, writing nothing", async () => {
    const taken = await create({ name: "Taken Co" });
    const before = await organizationCount();
    await expect(create({ name: "Other", slug: taken.slug })).rejects.toMatchObject({
      code: "conflict",
      invalidFields: [{ name: "slug", reason: "is already taken" }],
    });
    for (const slug of ["ab", "Upper", "-edge", "double--hyphen", "under_score", "api", "x".repeat(64)]) {
      await expect(create({ name: "Other", slug })).rejects.toMatchObject({
        code: "invalid_input",
        invalidFields: [expect.objectContaining({ name: "slug" })],
      });
    }
    expect(await organizationCount()).toBe(before);
  });

  it("refuses oversize or nested features and properties", async () => {
    const tooMany = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, i]));
    const cases = [
      { features: tooMany },
      { properties: { nested: { deeper: { deepest: 1 } } } },
      { properties: { list: [1, 2] } },
      { features: { "bad key!": true } },
      { properties: { long: "x".repeat(1001) } },
    ];
    for (const extra of cases) {
      const error = await create({ name: "Settings Co", ...extra }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "invalid_input" });
      const field = Object.keys(extra)[0]!;
      expect((error as { invalidFields: { name: string }[] }).invalidFields[0]!.name.startsWith(field)).toBe(
        true,
      );
    }
  });
});

describe("updating organizations", () => {
  it("lets exactly one of two edits with the same changeSequence win", async () => {
    const { organization } = await makeOrganizationWithOwner();
    const current = await getOrganization({ actor: admin, id: organization.id });
    const results = await Promise.allSettled(
      ["One", "Two"].map((name) =>
        updateOrganization({ actor: admin, id: organization.id, input: { ...current, name } }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")?.reason).toMatchObject({
      code: "stale_change_sequence",
    });
    expect((await getOrganization({ actor: admin, id: organization.id })).changeSequence).toBe(2);
  });

  it("lets owners edit their own organization but not the provider flag", async () => {
    const { organization, owner } = await makeOrganizationWithOwner();
    const current = await getOrganization({ actor: owner, id: organization.id });
    const updated = await updateOrganization({
      actor: owner,
      id: organization.id,
      input: { ...current, description: "New words", supportAccess: true },
    });
    expect(updated).toMatchObject({ description: "New words", supportAccess: true, changeSequence: 2 });
    await expect(
      updateOrganization({ actor: owner, id: organization.id, input: { ...updated, provider: true } }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("does not let platform admins grant themselves support access", async () => {
    const { organization } = await makeOrganizationWithOwner();
    const platform = await makePlatformAdmin();
    const current = await getOrganization({ actor: platform, id: organization.id });
    await expect(
      updateOrganization({
        actor: platform,
        id: organization.id,
        input: { ...current, supportAccess: true },
      }),
    ).rejects.toMatchObject({ code: "forbidden", invalidFields: [{ name: "supportAccess" }] });
  });

  it("refuses a slug another organization has", async () => {
    const a = await makeOrganizationWithOwner();
    const b = await makeOrganizationWithOwner();
    const current = await getOrganization({ actor: a.owner, id: a.organization.id });
    await expect(
      updateOrganization({
        actor: a.owner,
        id: a.organization.id,
        input: { ...current, slug: b.organization.slug },
      }),
    ).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("organization status", () => {
  it("suspends and reactivates with a reason, and a closed organization stays closed", async () => {
    const { organization } = await makeOrganizationWithOwner();
    const suspended = await changeOrganizationStatus({
      actor: admin,
      id: organization.id,
      input: { status: "suspended", reason: "Unpaid invoices", changeSequence: 1 },
    });
    expect(suspended).toMatchObject({ organizationStatus: "suspended", statusReason: "Unpaid invoices" });
    await expect(
      changeOrganizationStatus({
        actor: admin,
        id: organization.id,
        input: { status: "active", reason: "", changeSequence: 2 },
      }),
    ).rejects.toMatchObject({ invalidFields: [{ name: "reason" }] });
    const closed = await changeOrganizationStatus({
      actor: admin,
      id: organization.id,
      input: { status: "closed", reason: "Left us", changeSequence: 2 },
    });
    await expect(
      changeOrganizationStatus({
        actor: admin,
        id: organization.id,
        input: { status: "active", reason: "Came back", changeSequence: closed.changeSequence },
      }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("is for platform admins only", async () => {
    const { organization, owner } = await makeOrganizationWithOwner();
    await expect(
      changeOrganizationStatus({
        actor: owner,
        id: organization.id,
        input: { status: "closed", reason: "bye", changeSequence: 1 },
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("listing organizations", () => {
  it("searches, filters and pages every sort without gaps or repeats", async () => {
    const tag = `list${Date.now()}`;
    for (let i = 0; i < 7; i++) {
      await create({
        name: `${tag} ${String.fromCharCode(71 - i)}`,
        provider: i % 2 === 0,
        enterpriseOrganization: i === 3,
      });
    }
    const all = await listOrganizations({ actor: admin, query: { query: tag, limit: 200 } });
    expect(all.items.map((o) => o.name)).toEqual(
      [...all.items.map((o) => o.name)].sort((a, b) => a.localeCompare(b)),
    );
    expect(all.items).toHaveLength(7);
    expect(
      (await listOrganizations({ actor: admin, query: { query: tag, provider: "true" } })).items,
    ).toHaveLength(4);
    expect(
      (await listOrganizations({ actor: admin, query: { query: tag, enterprise: "true" } })).items,
    ).toHaveLength(1);

    for (const sort of ["name", "slug", "createdOn"] as const) {
      for (const direction of ["asc", "desc"] as const) {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await listOrganizations({
            actor: admin,
            query: { query: tag, sort, direction, limit: 3, cursor },
          });
          seen.push(...page.items.map((o) => o.id));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        expect(new Set(seen).size, `${sort} ${direction}`).toBe(7);
      }
    }
  });

  it("answers a search's pages alike through each step (few matches, a walk of the sort, every match)", async () => {
    const tag = `steps${Date.now()}`;
    for (let i = 0; i < 7; i++)
      await create({ name: `${String.fromCharCode(75 - i)} ${tag}`, provider: i < 3 });
    const read = async () => {
      const pages: string[][] = [];
      for (const sort of ["name", "slug", "createdOn"] as const) {
        for (const direction of ["asc", "desc"] as const) {
          let cursor: string | undefined;
          do {
            const page = await listOrganizations({
              actor: admin,
              query: { query: tag.toUpperCase(), sort, direction, limit: 3, cursor },
            });
            pages.push(page.items.map((o) => o.name));
            cursor = page.nextCursor ?? undefined;
          } while (cursor);
          for (let page = 0; page < 4; page++) {
            const spring = await pageOrganizations({
              actor: admin,
              filter: { query: tag, provider: "false" },
              page: { page, size: 2, sort: `${sort},${direction}` },
            });
            pages.push(spring.content.map((o) => `${o.name} of ${spring.totalElements}`));
          }
        }
      }
      return pages;
    };
    const [few, walk, all] = await throughEachSearchStep(read);
    expect(few.slice(0, 3)).toEqual([
      [`E ${tag}`, `F ${tag}`, `G ${tag}`],
      [`H ${tag}`, `I ${tag}`, `J ${tag}`],
      [`K ${tag}`],
    ]);
    expect(walk).toEqual(few);
    expect(all).toEqual(few);
  });

  it("is for platform admins only", async () => {
    const { owner } = await makeOrganizationWithOwner();
    await expect(listOrganizations({ actor: owner, query: {} })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("exports the whole filtered set as CSV that no spreadsheet will execute", async () => {
    const tag = `csv${Date.now()}`;
    await create({ name: `${tag} "quoted", plain` });
    await create({ name: `=${tag}+cmd` });
    let csv = "";
    for await (const line of exportOrganizationsCsv({ actor: admin, filter: { query: tag } })) csv += line;
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe(
      "id,slug,name,organizationStatus,provider,enterpriseOrganization,publicAccess,stripeCustomerId,createdOn",
    );
    expect(lines).toHaveLength(3);
    expect(csv).toContain(`"${tag} ""quoted"", plain"`);
    expect(csv).toContain(`'=${tag}+cmd`);
  });
});

describe("reading organizations", () => {
  it("answers another organization's id exactly like a missing one", async () => {
    const mine = await makeOrganizationWithOwner();
    const theirs = await makeOrganizationWithOwner();
    const member = await makeUser();
    await addMember(mine.organization.id, member.id, "member");
    const asMember = userActor(member.id, mine.organization.id, "member");
    expect((await getOrganization({ actor: asMember, id: mine.organization.id })).id).toBe(
      mine.organization.id,
    );
    const missing = await getOrganization({
      actor: asMember,
      id: "00000000-0000-4000-8000-000000000000",
    }).catch((e: Error) => e);
    const other = await getOrganization({ actor: asMember, id: theirs.organization.id }).catch(
      (e: Error) => e,
    );
    expect(other).toMatchObject({ code: "not_found" });
    expect((other as Error).message).toBe((missing as Error).message);
  });
});
