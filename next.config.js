/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and file-system code that must be loaded by Node, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg"],
  poweredByHeader: false,
  typedRoutes: false,
  // The REST API returns its own problem+json for too-large bodies; server actions get a sane cap too.
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
};

export default nextConfig;
