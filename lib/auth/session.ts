import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { loadSessionActor, type SessionActor } from "@/lib/users/load-session-actor";
import { auth } from "./next-auth";

/** The organization switcher's choice; honoured only while the user is a member. */
export const activeOrganizationCookie = "subdesk-org";

/**
 * The signed-in user's actor for this request, or null. Read from the database once per
 * request (React's cache), never trusted from the session token alone.
 */
export const getSessionActor = cache(async (): Promise<SessionActor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const preferredOrganizationId = (await cookies()).get(activeOrganizationCookie)?.value ?? null;
  const correlationId = (await headers()).get("x-correlation-id");
  return loadSessionActor({ userId, preferredOrganizationId, correlationId, sessionId: session.sessionId });
});

/** For pages and server actions that need a signed-in user: sends anyone else to sign in. */
export async function requireSessionActor(): Promise<SessionActor> {
  const actor = await getSessionActor();
  if (!actor) redirect("/sign-in");
  return actor;
}
