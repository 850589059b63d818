import { NextResponse, type NextRequest } from "next/server";

/**
 * Redirects visitors without a session cookie away from the app's pages. This is only a
 * convenience: every page, server action and route handler authorizes again through lib/.
 */
const publicPaths = [
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
const sessionCookies = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (publicPaths.some((pattern) => pattern.test(pathname))) return NextResponse.next();
  const hasSession = sessionCookies.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Everything but Next.js's own assets and public files.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|ico|css|js)$).*)"],
};
