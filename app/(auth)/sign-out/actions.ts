"use server";

import { getSessionActor } from "@/lib/auth/session";
import { signOut } from "@/lib/auth/next-auth";
import { endAllSessions } from "@/lib/sessions/end-all-sessions";

/** Signs out here: Auth.js's signOut event ends this session on the server (lib/auth/next-auth.ts). */
export async function signOutAction() {
  await signOut({ redirectTo: "/sign-in" });
}

/** Ends every session of the signed-in user — other browsers and devices too — then this one. */
export async function signOutEverywhereAction() {
  const actor = await getSessionActor();
  if (actor) await endAllSessions({ actor });
  await signOut({ redirectTo: "/sign-in" });
}
