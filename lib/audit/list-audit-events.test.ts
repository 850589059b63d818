import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { auditEvents, type MembershipRole } from "@/db/schema";
import { systemActor, type Actor } from "@/lib/auth/actor";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { addMember, makeOrganizationWithOwner, makeUser, userActor } from "@/lib/testing/factories";
import { countAuditEvents, listAuditEvents } from "./list-audit-events";

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute));

/** Events of one organization at the given minutes, written as recordAuditEvent would. */
async function writeEvents(organizationId: string, minutes: number[], action = "test.event") {
  const db = await getDb();
  return db
    .insert(auditEvents)
    .values(
      minutes.map((m) => ({
        organizationId,
        occurredOn: at(m),
        actorType: "system" as const,
        actorLabel: "system",
        action,
        objectType: "test",
      })),
    )
    .returning();
}

/** The ids of every page of a query, following its cursors. */
async function allPages(actor: Actor, query: Record<string, unknown>) {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await listAuditEvents({ actor, query: { ...query, cursor } });
    pages.push(page.items.map((e) => e.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return pages;
}

describe("audit log", () => {
  it("shows organization managers their own organization's events only", async () => {
    const mine = await makeOrganizationWithOwner();
    const theirs = await makeOrganizationWithOwner();
    await createApiKey({ actor: mine.owner, input: { name: "mine" } });
    await createApiKey({ actor: theirs.owner, input: { name: "theirs" } });
    // Even when asking for another organization, a non-platform actor sees their own.
    const page = await listAuditEvents({
      actor: mine.owner,
      query: { organizationId: theirs.organization.id },
    });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((e) => e.organizationId === mine.organization.id)).toBe(true);
  });

  it("is closed to plain members", async () => {
    const { organization } = await makeOrganizationWithOwner();
    const member = await makeUser();
    await addMember(organization.id, member.id, "member");
    await expect(
      listAuditEvents({ actor: userActor(member.id, organization.id, "member"), query: {} }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("filters by action prefix and actor, and pages newest first without gaps or repeats", async () => {
    const { organization, owner } = await makeOrganizationWithOwner();
    for (let i = 0; i < 5; i++) {
      const key = await createApiKey({ actor: owner, input: { name: `k${i}` } });
      if (i % 2 === 0) await revokeApiKey({ actor: owner, id: key.id });
    }
    const admin = systemActor();
    const all = await listAuditEvents({
      actor: admin,
      query: { organizationId: organization.id, action: "api_key." },
    });
    expect(all.items).toHaveLength(8);
    const revokes = await listAuditEvents({
      actor: admin,
      query: { organizationId: organization.id, action: "api_key.revoke" },
    });
    expect(revokes.items).toHaveLength(3);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAuditEvents({ actor: owner, query: { action: "api_key.", limit: 3, cursor } });
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.items.map((e) => e.id));
    const times = all.items.map((e) => e.occurredOn);
    expect([...times].sort().reverse()).toEqual(times);

    const byActor = await listAuditEvents({ actor: owner, query: { actor: owner.label.slice(0, 10) } });
    expect(byActor.items.length).toBeGreaterThanOrEqual(8);
  });

  it("filters by time and names the organization", async () => {
    const { organization, owner } = await makeOrganizationWithOwner();
    await createApiKey({ actor: owner, input: { name: "timed" } });
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    const hourAhead = new Date(Date.now() + 3_600_000).toISOString();
    const recent = await listAuditEvents({ actor: owner, query: { from: hourAgo, to: hourAhead } });
    expect(recent.items.length).toBeGreaterThan(0);
    expect(recent.items[0]!.organizationName).toBe(organization.name);
    expect((await listAuditEvents({ actor: owner, query: { from: hourAhead } })).items).toEqual([]);
    expect((await listAuditEvents({ actor: owner, query: { to: hourAgo } })).items).toEqual([]);
  });

  it("rejects a forged cursor with a field error", async () => {
    await expect(
      listAuditEvents({ actor: systemActor(), query: { cursor: "garbage" } }),
    ).rejects.toMatchObject({
      code: "invalid_input",
      invalidFields: [{ name: "cursor", reason: expect.any(String) }],
    });
  });

  it("sorts by time either way, the id breaking ties, across pages", async () => {
    const { organization, owner } = await makeOrganizationWithOwner();
    const rows = await writeEvents(organization.id, [1, 2, 2, 2, 3, 4]);
    const oldestFirst = [...rows]
      .sort((a, b) => a.occurredOn.getTime() - b.occurredOn.getTime() || (a.id < b.id ? -1 : 1))
      .map((r) => r.id);
    const query = { action: "test.event", limit: 2 };
    const ascending = await allPages(owner, { ...query, sort: "occurredOn", direction: "asc" });
    expect(ascending.map((p) => p.length)).toEqual([2, 2, 2]);
    expect(ascending.flat()).toEqual(oldestFirst);
    expect((await allPages(owner, query)).flat()).toEqual([...oldestFirst].reverse());
    await expect(listAuditEvents({ actor: owner, query: { sort: "action" } })).rejects.toMatchObject({
      code: "invalid_input",
      invalidFields: [{ name: "sort" }],
    });
  });

  it("counts what the filters match, inside what the actor may read", async () => {
    const mine = await makeOrganizationWithOwner();
    const theirs = await makeOrganizationWithOwner();
    await writeEvents(mine.organization.id, [1, 2, 3], "counted.a");
    await writeEvents(mine.organization.id, [4], "counted.b");
    await writeEvents(theirs.organization.id, [5, 6], "counted.a");
    const exact = (count: number) => ({ count, estimated: false });

    expect(await countAuditEvents({ actor: mine.owner, filter: { action: "counted." } })).toEqual(exact(4));
    expect(await countAuditEvents({ actor: mine.owner, filter: { action: "counted.a" } })).toEqual(exact(3));
    // Naming another organization still counts one's own.
    expect(
      await countAuditEvents({
        actor: mine.owner,
        filter: { action: "counted.", organizationId: theirs.organization.id },
      }),
    ).toEqual(exact(4));
    expect(await countAuditEvents({ actor: systemActor(), filter: { action: "counted.a" } })).toEqual(
      exact(5),
    );
    expect(
      await countAuditEvents({
        actor: systemActor(),
        filter: { action: "counted.", organizationId: theirs.organization.id },
      }),
    ).toEqual(exact(2));
    expect(
      await countAuditEvents({ actor: mine.owner, filter: { action: "counted.", to: at(2).toISOString() } }),
    ).toEqual(exact(2));
  });

  it.each<[MembershipRole, boolean]>([
    ["owner", true],
    ["admin", true],
    ["approver", false],
    ["member", false],
  ])("lists and counts for an organization's %s: %s", async (role, allowed) => {
    const { organization } = await makeOrganizationWithOwner();
    await writeEvents(organization.id, [1, 2]);
    const user = await makeUser();
    await addMember(organization.id, user.id, role);
    const actor = userActor(user.id, organization.id, role);
    if (allowed) {
      expect((await listAuditEvents({ actor, query: { action: "test.event" } })).items).toHaveLength(2);
      expect(await countAuditEvents({ actor, filter: { action: "test.event" } })).toMatchObject({ count: 2 });
    } else {
      await expect(listAuditEvents({ actor, query: {} })).rejects.toMatchObject({ code: "forbidden" });
      await expect(countAuditEvents({ actor, filter: {} })).rejects.toMatchObject({ code: "forbidden" });
    }
  });
});
