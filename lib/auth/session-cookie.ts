import { servedOverHttps } from "@/lib/security/public-origin";

/** Auth.js's session cookie names: the `__Secure-` one is used whenever the public URL is https. */
export const sessionCookieNames = ["authjs.session-token", "__Secure-authjs.session-token"] as const;

/** The name this deployment's session cookie has (next-auth.ts sets `useSecureCookies` alike). */
export function sessionCookieName(): string {
  return sessionCookieNames[servedOverHttps() ? 1 : 0];
}
