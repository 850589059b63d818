import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/open";
import { auditEvents, organizations } from "@/db/schema";
import { systemActor, type Actor } from "@/lib/auth/actor";
import { makeOrganization, makeUser, userActor } from "@/lib/testing/factories";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { organizationScope } from "./organization-scope";

async function platformAdmin(): Promise<Actor> {
  const user = await makeUser({ platformAdmin: true });
  return { ...userActor(user.id, null, null), platformAdmin: true, label: user.email };
}

async function grant(organizationId: string, expiresAt: Date | null, supportAccess = true) {
  const db = await getDb();
  await db
    .update(organizations)
    .set({ supportAccess, supportAccessExpiresAt: expiresAt })
    .where(eq(organizations.id, organizationId));
}

describe("organization scope", () => {
  it("keeps everyone but platform admins in their own organization, whatever they ask for", async () => {
    const own = await makeOrganization();
    const admin = userActor("u", own.id, "admin");
    expect(await organizationScope(admin, "apiKeys.manage", "someone-else")).toBe(own.id);
    await expect(
      organizationScope(userActor("u", "org-1", "member"), "apiKeys.manage"),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(organizationScope(systemActor(), "apiKeys.manage")).rejects.toThrow(/needs an organization/);
  });

  it("lets platform admins open another organization's data only under an unexpired support grant, audited", async () => {
    const organization = await makeOrganization();
    const actor = await platformAdmin();
    await expect(organizationScope(actor, "audit.read", organization.id)).rejects.toMatchObject({
      code: "forbidden",
    });

    await grant(organization.id, new Date(Date.now() - 1000));
    await expect(organizationScope(actor, "audit.read", organization.id)).rejects.toThrow(/expired/);

    await grant(organization.id, new Date(Date.now() + 3_600_000));
    expect(await organizationScope(actor, "audit.read", organization.id)).toBe(organization.id);
    const db = await getDb();
    const accesses = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "support.access"), eq(auditEvents.organizationId, organization.id)));
    expect(accesses).toHaveLength(1);
    expect(accesses[0]).toMatchObject({ actorUserId: actor.userId, after: { purpose: "audit.read" } });

    await grant(organization.id, null, false);
    await expect(organizationScope(actor, "audit.read", organization.id)).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("answers 404 for an organization that does not exist, and lets the command line through", async () => {
    const actor = await platformAdmin();
    await expect(
      organizationScope(actor, "audit.read", "00000000-0000-4000-8000-000000000000"),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    const organization = await makeOrganization();
    expect(await organizationScope(systemActor(), "audit.read", organization.id)).toBe(organization.id);
  });

  it("guards a platform admin revoking an organization's API key the same way", async () => {
    const organization = await makeOrganization();
    const key = await createApiKey({
      actor: systemActor(),
      input: { name: "theirs", organizationId: organization.id },
    });
    const actor = await platformAdmin();
    await expect(revokeApiKey({ actor, id: key.id })).rejects.toMatchObject({ code: "forbidden" });
    await grant(organization.id, new Date(Date.now() + 3_600_000));
    expect((await revokeApiKey({ actor, id: key.id })).revokedOn).not.toBeNull();
  });
});
