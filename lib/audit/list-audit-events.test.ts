import { describe, expect, it } from "vitest";
import { systemActor } from "@/lib/auth/actor";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { addMember, makeOrganizationWithOwner, makeUser, userActor } from "@/lib/testing/factories";
import { listAuditEvents } from "./list-audit-events";

describe("audit log", () => {
  it("shows organization managers their own organization's events only", async () => {
    const mine = await makeOrganizationWithOwner();
    const theirs = await makeOrganizationWithOwner();
    await createApiKey({ actor: mine.owner, input: { name: "mine" } });
    await createApiKey({ actor: theirs.owner, input: { name: "theirs" } });
    // Even when asking for another organization, a non-platform actor sees their own.
    const page = await listAuditEvents({
      actor: mine.owner,
      filter: { organizationId: theirs.organization.id },
    });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((e) => e.organizationId === mine.organization.id)).toBe(true);
  });

  it("is closed to plain members", async () => {
    const { organization } = await makeOrganizationWithOwner();
    const member = await makeUser();
    await addMember(organization.id, member.id, "member");
    await expect(
      listAuditEvents({ actor: userActor(member.id, organization.id, "member"), filter: {} }),
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
      filter: { organizationId: organization.id, action: "api_key." },
    });
    expect(all.items).toHaveLength(8);
    const revokes = await listAuditEvents({
      actor: admin,
      filter: { organizationId: organization.id, action: "api_key.revoke" },
    });
    expect(revokes.items).toHaveLength(3);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAuditEvents({ actor: owner, filter: { action: "api_key.", limit: 3, cursor } });
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.items.map((e) => e.id));
    const times = all.items.map((e) => e.occurredOn);
    expect([...times].sort().reverse()).toEqual(times);

    const byActor = await listAuditEvents({ actor: owner, filter: { actor: owner.label.slice(0, 10) } });
    expect(byActor.items.length).toBeGreaterThanOrEqual(8);
  });

  it("filters by time and names the organization", async () => {
    const { organization, owner } = await makeOrganizationWithOwner();
    await createApiKey({ actor: owner, input: { name: "timed" } });
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    const hourAhead = new Date(Date.now() + 3_600_000).toISOString();
    const recent = await listAuditEvents({ actor: owner, filter: { from: hourAgo, to: hourAhead } });
    expect(recent.items.length).toBeGreaterThan(0);
    expect(recent.items[0]!.organizationName).toBe(organization.name);
    expect((await listAuditEvents({ actor: owner, filter: { from: hourAhead } })).items).toEqual([]);
    expect((await listAuditEvents({ actor: owner, filter: { to: hourAgo } })).items).toEqual([]);
  });

  it("rejects a forged cursor with a field error", async () => {
    await expect(
      listAuditEvents({ actor: systemActor(), filter: { cursor: "garbage" } }),
    ).rejects.toMatchObject({
      code: "invalid_input",
      invalidFields: [{ name: "cursor", reason: expect.any(String) }],
    });
  });
});
