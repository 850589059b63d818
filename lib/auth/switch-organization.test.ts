import { afterEach, describe, expect, it, vi } from "vitest";
import type { SessionActor, SessionMembership } from "@/lib/users/load-session-actor";
import { activeOrganizationCookie } from "./session";
import { switchOrganization } from "./switch-organization";

const jar = { set: vi.fn() };
vi.mock("next/headers", () => ({ cookies: async () => jar }));
vi.mock("./session", () => ({ activeOrganizationCookie: "subdesk-org" }));

const membership = (organizationId: string): SessionMembership => ({
  organizationId,
  organizationName: organizationId,
  organizationSlug: organizationId,
  provider: false,
  organizationStatus: "active",
  role: "member",
});

const actorIn = (...organizationIds: string[]) =>
  ({ memberships: organizationIds.map(membership) }) as unknown as SessionActor;

afterEach(() => jar.set.mockReset());

describe("switching the organization one acts in", () => {
  it("remembers one of the user's own organizations in an http-only, same-site cookie", async () => {
    const a = crypto.randomUUID();
    const b = crypto.randomUUID();
    expect(await switchOrganization({ actor: actorIn(a, b), organizationId: b })).toEqual({
      organizationId: b,
    });
    expect(jar.set).toHaveBeenCalledWith(activeOrganizationCookie, b, {
      httpOnly: true,
      sameSite: "lax",
      secure: false,
      path: "/",
    });
  });

  it("answers another organization like a missing one, and remembers nothing", async () => {
    const own = crypto.randomUUID();
    await expect(
      switchOrganization({ actor: actorIn(own), organizationId: crypto.randomUUID() }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(jar.set).not.toHaveBeenCalled();
  });
});
