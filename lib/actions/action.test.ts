import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { updateOrganizationAction } from "@/app/(app)/organizations/actions";
import { getDb } from "@/db/open";
import { users } from "@/db/schema";
import { getSessionActor } from "@/lib/auth/session";
import { updateOrganizationSchema } from "@/lib/organizations/schemas";
import { withDatabaseDown } from "@/lib/testing/database-outage";
import { makeOrganizationWithOwner, makeUser } from "@/lib/testing/factories";
import type { SessionActor } from "@/lib/users/load-session-actor";
import { action } from "./action";

vi.mock("@/lib/auth/session", () => ({ getSessionActor: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

/** Signs in, as far as actions can tell, the owner of a fresh organization. */
async function signedInOwner() {
  const { organization, user, owner } = await makeOrganizationWithOwner();
  const membership = {
    organizationId: organization.id,
    organizationName: organization.name,
    organizationSlug: organization.slug,
    provider: false,
    organizationStatus: "active" as const,
    role: "owner" as const,
  };
  const actor: SessionActor = {
    ...owner,
    email: user.email,
    name: user.name,
    memberships: [membership],
    activeMembership: membership,
    sessionId: crypto.randomUUID(),
  };
  vi.mocked(getSessionActor).mockResolvedValue(actor);
  return { organization, actor };
}

const rename = (organization: { id: string; slug: string; changeSequence: number }, name: string) => ({
  organizationId: organization.id,
  name,
  slug: organization.slug,
  changeSequence: organization.changeSequence,
});

afterEach(() => vi.restoreAllMocks());

describe("server actions validate once", () => {
  it("leave the payload to the domain function, which parses it exactly once", async () => {
    const { organization } = await signedInOwner();
    // Counted at the field: any schema built from the payload's (an `.extend()` in the action,
    // say) shares the field's schema, so a second parse anywhere would show here.
    const nameChecks = vi.spyOn(updateOrganizationSchema.shape.name._zod, "run");
    const result = await updateOrganizationAction(rename(organization, "Renamed once"));
    expect(result).toMatchObject({ status: "success", data: { name: "Renamed once" } });
    expect(nameChecks).toHaveBeenCalledTimes(1);
  });

  it("still refuse a bad payload field by field (the domain's check) and a bad id (the action's own)", async () => {
    const { organization } = await signedInOwner();
    expect(await updateOrganizationAction(rename(organization, "\u0000"))).toMatchObject({
      status: "invalid",
      fieldErrors: { name: expect.any(String) },
    });
    expect(
      await updateOrganizationAction({ ...rename(organization, "Fine"), organizationId: "nope" }),
    ).toMatchObject({
      status: "invalid",
      fieldErrors: { organizationId: expect.any(String) },
    });
  });
});

describe("server actions map errors as the REST API does", () => {
  it("answer conflict for a unique violation, not internal", async () => {
    await signedInOwner();
    const taken = await makeUser();
    // A race the domain's own check could not see: the database's unique index decides.
    const insertTwice = action({ route: z.object({ email: z.string() }) }, async ({ route }) => {
      const db = await getDb();
      await db.insert(users).values({ email: route.email, name: "Second" });
    });
    expect(await insertTwice({ email: taken.email })).toMatchObject({ status: "error", code: "conflict" });
  });

  it("answer 'temporarily unavailable' when the database is unreachable", async () => {
    const { organization } = await signedInOwner();
    vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await withDatabaseDown(() =>
      updateOrganizationAction(rename(organization, "During an outage")),
    );
    expect(result).toMatchObject({ status: "error", code: "unavailable" });
    expect(result.status === "error" && result.message).toMatch(/temporarily unavailable.*try again/i);
  });

  it("show nothing of an unexpected error", async () => {
    await signedInOwner();
    vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = action({}, async () => {
      throw new Error("password=hunter2 in a stack trace");
    });
    const result = await broken(undefined);
    expect(result).toMatchObject({ status: "error", code: "internal" });
    expect(JSON.stringify(result)).not.toContain("hunter2");
  });
});
