import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { loadSessionActor, type SessionActor } from "@/lib/users/load-session-actor";
import { auth } from "./next-auth";
import { sessionCookieName } from "./session-cookie";
import { rememberedClaims } from "./session-token-memo";

/** The organization switcher's choice; honoured only while the user is a member. */
export const activeOrganizationCookie = "subdesk-org";

/**
 * The signed-in user's actor for this request, or null. Read from the database once per
 * request (React's cache), never trusted from the session token alone.
 */
export const getSessionActor = cache(async (): Promise<SessionActor | null> => {
  const token = await sessionToken();
  if (!token?.userId) return null;
  const preferredOrganizationId = (await cookies()).get(activeOrganizationCookie)?.value ?? null;
  const correlationId = (await headers()).get("x-correlation-id");
  return loadSessionActor({
    userId: token.userId,
    sessionId: token.sessionId,
    preferredOrganizationId,
    correlationId,
  });
});

/**
 * Who the session cookie names: from the token Auth.js already accepted when the browser sent
 * it before (lib/auth/session-token-memo.ts), else through Auth.js, which remembers it.
 */
async function sessionToken(): Promise<{ userId?: string; sessionId?: string } | null> {
  const name = sessionCookieName();
  const cookie = (await cookies()).get(name)?.value;
  const claims = cookie ? rememberedClaims(name, cookie) : null;
  if (claims) return { userId: claims.sub, sessionId: claims.sid };
  const session = await auth();
  return session && { userId: session.user?.id, sessionId: session.sessionId };
}

/** For pages and server actions that need a signed-in user: sends anyone else to sign in. */
export async function requireSessionActor(): Promise<SessionActor> {
  const actor = await getSessionActor();
  if (!actor) redirect("/sign-in");
  return actor;
}
