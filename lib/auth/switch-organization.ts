import "server-only";
import { cookies } from "next/headers";
import { notFound } from "@/lib/errors";
import { servedOverHttps } from "@/lib/security/public-origin";
import type { SessionActor } from "@/lib/users/load-session-actor";
import { activeOrganizationCookie } from "./session";

/**
 * Makes one of the signed-in user's organizations the one they act in. Any other id answers
 * like a missing organization, so the switcher cannot be used to probe for ids. The cookie only
 * remembers the choice: `loadSessionActor` honours it on each request while the membership lasts.
 */
export async function switchOrganization({
  actor,
  organizationId,
}: {
  actor: SessionActor;
  organizationId: string;
}): Promise<{ organizationId: string }> {
  if (!actor.memberships.some((m) => m.organizationId === organizationId)) throw notFound("organization");
  (await cookies()).set(activeOrganizationCookie, organizationId, {
    // Scripts never read it, other sites never send it, and on https it never travels in clear.
    httpOnly: true,
    sameSite: "lax",
    secure: servedOverHttps(),
    path: "/",
  });
  return { organizationId };
}
