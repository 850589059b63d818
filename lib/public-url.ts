import { env } from "@/lib/env";
import { expectedActionOrigin } from "@/lib/security/action-origin";

/** Where links point when nothing better is known: `npm run dev`'s default address. */
const fallbackOrigin = "http://localhost:3000";

/**
 * The origin emailed links point at. `AUTH_URL` when configured, always. Without it, in
 * development only, the origin the request came in on (`npm run dev -- --port 3333`), and only a
 * local one: a production server never builds links from a Host header a client chose, which
 * would let anyone mail a victim a password-reset link to their own site.
 */
export function publicOrigin(options: {
  configured: string | undefined;
  development: boolean;
  requestHeaders: Headers | null;
}): string {
  if (options.configured) return new URL(options.configured).origin;
  if (options.development && options.requestHeaders)
    return expectedActionOrigin(options.requestHeaders, undefined) ?? fallbackOrigin;
  return fallbackOrigin;
}

/** An absolute link to `path` for an email: every link Subdesk mails is built here. */
export async function publicUrl(path: string): Promise<string> {
  const { AUTH_URL, NODE_ENV } = env();
  const development = NODE_ENV === "development";
  const requestHeaders = !AUTH_URL && development ? await currentRequestHeaders() : null;
  return new URL(path, publicOrigin({ configured: AUTH_URL, development, requestHeaders })).toString();
}

/** The current request's headers; null in a job, which runs outside any request. */
async function currentRequestHeaders(): Promise<Headers | null> {
  try {
    // Imported here so the worker and scripts never load Next.js's request scope.
    const { headers } = await import("next/headers");
    return new Headers(await headers());
  } catch {
    return null;
  }
}
