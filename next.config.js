/**
 * Headers on every answer — pages, API, problem+json, static files and the proxy's own
 * redirects. They never change per request; proxy.ts adds the per-request CSP (with its
 * nonce) and, when the public URL is https, HSTS.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value:
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), " +
      "display-capture=(), accelerometer=(), gyroscope=(), magnetometer=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // For browsers that predate CSP's frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and file-system code that must be loaded by Node, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg"],
  poweredByHeader: false,
  typedRoutes: false,
  // The REST API returns its own problem+json for too-large bodies; server actions get a sane cap too.
  // No `allowedOrigins`: proxy.ts accepts actions from the public origin only (see lib/security/action-origin.ts).
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
