import { describe, expect, it } from "vitest";
import type { MembershipRole } from "@/db/schema";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { pageEditorProducts } from "@/lib/catalog/catalog-editor";
import { pageProducts } from "@/lib/catalog/product-reads";
import { listOutbox } from "@/lib/email/list-outbox";
import { isAppError } from "@/lib/errors";
import { getOrganization } from "@/lib/organizations/get-organization";
import { listOrganizations } from "@/lib/organizations/list-organizations";
import { addMember, makeOrganization, makeUser, userActor } from "@/lib/testing/factories";
import type { SessionActor } from "@/lib/users/load-session-actor";
import { can } from "./actor";
import { navigationFor } from "./navigation";
import { membershipRoles, type Permission } from "./permissions";

const page = { page: 0, size: 1 };

/**
 * How each page finds out whether the actor may use it: by calling the domain as the page
 * does. A refusal (403, or 404 for an organization the actor cannot see) means "not allowed".
 */
const pageReads: Record<string, (actor: SessionActor) => Promise<unknown>> = {
  "/dashboard": async () => null,
  "/organizations": (actor) => listOrganizations({ actor, query: { limit: 1 } }),
  "/catalog": (actor) => pageEditorProducts({ actor, filter: {}, page }),
  "/audit": (actor) => listAuditEvents({ actor, query: { limit: 1 } }),
  "/outbox": (actor) => listOutbox({ actor, query: { limit: 1 } }),
  "/settings": (actor) => getOrganization({ actor, id: actor.organizationId ?? crypto.randomUUID() }),
  "/portal/catalog": (actor) => pageProducts({ actor, filter: { listed: "true" }, page }),
};

// Pages still to be built (they say "coming soon"): the permission is all they will check.
const comingSoon: Record<string, Permission> = {
  "/subscriptions": "subscriptions.read",
  "/product-keys": "subscriptions.read",
  "/approvals": "approvals.decide",
  "/portal/subscriptions": "subscriptions.read",
  "/portal/keys": "subscriptions.read",
  "/portal/bundles": "subscriptions.read",
};

const menus = {
  Administration: [
    "/dashboard",
    "/organizations",
    "/catalog",
    "/subscriptions",
    "/product-keys",
    "/approvals",
  ].concat(["/audit", "/outbox", "/settings"]),
  "Customer portal": [
    "/dashboard",
    "/portal/catalog",
    "/portal/subscriptions",
    "/portal/bundles",
    "/portal/keys",
  ].concat(["/audit", "/settings"]),
};

async function mayUse(actor: SessionActor, href: string): Promise<boolean> {
  if (comingSoon[href]) return can(actor, comingSoon[href]);
  try {
    await pageReads[href]!(actor);
    return true;
  } catch (error) {
    if (isAppError(error) && (error.code === "forbidden" || error.code === "not_found")) return false;
    throw error;
  }
}

/** A signed-in user as the session would load them, in an organization of this kind with this role. */
async function signedIn(
  kind: "provider" | "customer" | "none",
  role: MembershipRole | null,
  platformAdmin = false,
): Promise<SessionActor> {
  const user = await makeUser({ platformAdmin });
  const organization = kind === "none" ? null : await makeOrganization({ provider: kind === "provider" });
  if (organization && role) await addMember(organization.id, user.id, role);
  const membership = organization && {
    organizationId: organization.id,
    organizationName: organization.name,
    organizationSlug: organization.slug,
    provider: organization.provider,
    organizationStatus: organization.organizationStatus,
    role: role!,
  };
  return {
    ...userActor(user.id, organization?.id ?? null, role),
    platformAdmin,
    label: user.email,
    email: user.email,
    name: user.name,
    memberships: membership ? [membership] : [],
    activeMembership: membership,
    sessionId: crypto.randomUUID(),
  };
}

const cases: [string, () => Promise<SessionActor>][] = [
  ...(["provider", "customer"] as const).flatMap((kind) =>
    membershipRoles.map((role): [string, () => Promise<SessionActor>] => [
      `${kind} ${role}`,
      () => signedIn(kind, role),
    ]),
  ),
  ["platform admin", () => signedIn("none", null, true)],
  ["platform admin who is also a customer's member", () => signedIn("customer", "member", true)],
  ["user of no organization", () => signedIn("none", null)],
];

describe("the navigation, for every role in every kind of organization", () => {
  it.each(cases)("%s: shows each page the domain lets them use, and no other", async (_, makeActor) => {
    const actor = await makeActor();
    const { title, items } = navigationFor(actor);
    const allowed: string[] = [];
    for (const href of menus[title as keyof typeof menus]) if (await mayUse(actor, href)) allowed.push(href);
    expect(items.map((item) => item.href)).toEqual(allowed);
  });

  it("no longer offers approvers a catalog the domain refuses them", async () => {
    const approver = await signedIn("provider", "approver");
    const hrefs = navigationFor(approver).items.map((item) => item.href);
    expect(hrefs).toContain("/approvals");
    expect(hrefs).not.toContain("/catalog");
  });
});
