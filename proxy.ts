import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { sessionCookieNames } from "@/lib/auth/session-cookie";
import { AppError } from "@/lib/errors";
import { isDecodablePath, malformedPathProblem } from "@/lib/http/malformed-path";
import { problemResponse } from "@/lib/http/problem";
import { actionOriginAllowed, mayRunServerAction } from "@/lib/security/action-origin";
import { contentSecurityPolicy, newNonce } from "@/lib/security/content-security-policy";
import { configuredPublicUrl, servedOverHttps, strictTransportSecurity } from "@/lib/security/public-origin";

/**
 * Runs before every page, action and route handler: sets this response's CSP nonce, refuses
 * server actions from any other origin, and redirects visitors without a session cookie away
 * from the app's pages. The redirect is only a convenience: every page, server action and
 * route handler authorizes again through lib/. The headers that never change per request
 * (nosniff, framing, referrer, permissions, COOP) come from next.config.js, static files too.
 */
const publicPaths = [
  // The landing page: it sends a signed-in user on to the dashboard itself.
  /^\/$/,
  /^\/sign-(in|out|up)/,
  /^\/verify-email/,
  /^\/forgot-password/,
  /^\/reset-password/,
  /^\/invitations\//,
  /^\/api(\/|$)/,
  /^\/problems/,
  /^\/explore/,
  // Product pictures check their own access: public-catalog products are shown to visitors.
  /^\/catalog\/products\/[^/]+\/image$/,
  /^\/api-reference/,
];

export function proxy(request: NextRequest) {
  const https = servedOverHttps();
  const nonce = newNonce();
  const policy = contentSecurityPolicy({ nonce, https, development: process.env.NODE_ENV === "development" });
  const response = route(request, nonce, policy);
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", strictTransportSecurity);
  return response;
}

function route(request: NextRequest, nonce: string, policy: string): Response {
  const { pathname, search } = request.nextUrl;
  if (!isDecodablePath(pathname)) return malformedPathProblem(pathname);
  if (
    mayRunServerAction(request.method, pathname, request.headers) &&
    !actionOriginAllowed(request.headers, configuredPublicUrl())
  ) {
    const refusal = new AppError("forbidden", "This request did not come from a Subdesk page.");
    return problemResponse(refusal, randomUUID(), pathname);
  }
  const hasSession = sessionCookieNames.some((name) => request.cookies.has(name));
  if (hasSession || publicPaths.some((pattern) => pattern.test(pathname))) {
    // Next.js reads the nonce from the request's CSP header and puts it on its own scripts;
    // the root layout reads `x-nonce` for the theme script.
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", policy);
    return NextResponse.next({ request: { headers } });
  }
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: [
    // Everything but Next.js's own assets and public files…
    "/((?!_next/static|_next/image|favicon.ico|robots.txt|.*\\.(?:svg|png|jpg|ico|css|js)$).*)",
    // …and whatever could run a server action, on any path: Next.js runs an action posted to
    // any page, `/explore/x.png` included, so a path that looks static must not skip the check.
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
