/**
 * Server actions are plain POSTs to a page, so a cross-site form or fetch could run one
 * with the victim's cookies. Next.js compares `Origin` with `X-Forwarded-Host` (which any
 * client may send) or `Host`, and lets a request without `Origin` through with a warning.
 * We accept an action only when `Origin` is exactly the app's public origin.
 */

const localHostnames = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Whether Next.js might treat the request as a server action: a fetch carrying `Next-Action`,
 * or any POST to a page (a form posted before JavaScript loads is one, without the header).
 * The REST API under /api has no actions and authenticates with keys and Auth.js's CSRF token.
 */
export function mayRunServerAction(method: string, pathname: string, headers: Headers): boolean {
  if (headers.has("next-action")) return true;
  return method === "POST" && pathname !== "/api" && !pathname.startsWith("/api/");
}

/**
 * The one origin actions are accepted from: the public URL's when configured; without one
 * (`npm run dev`) the server's own address from `Host`, and only when it is a local one.
 */
export function expectedActionOrigin(headers: Headers, publicUrl: string | undefined): string | null {
  if (publicUrl) return new URL(publicUrl).origin;
  const host = headers.get("host");
  if (!host) return null;
  try {
    const local = new URL(`http://${host}`);
    return localHostnames.has(local.hostname) ? local.origin : null;
  } catch {
    return null;
  }
}

/** True when the request may go on to the action: its `Origin` is the expected one. */
export function actionOriginAllowed(headers: Headers, publicUrl: string | undefined): boolean {
  const expected = expectedActionOrigin(headers, publicUrl);
  return expected !== null && headers.get("origin") === expected;
}
