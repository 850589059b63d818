import { randomBytes } from "node:crypto";

/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * The Content-Security-Policy of every answer, after the Next.js guide: scripts run only
 * with this response's nonce (and what those scripts load, `'strict-dynamic'`), nothing may
 * frame the app, no plugins, no `<base>` tricks and forms post only to us.
 *
 * Styles allow `'unsafe-inline'`: React renders `style` attributes and sonner inserts its
 * stylesheet at run time without a nonce (a nonce in `style-src` would switch that off).
 * Development adds `'unsafe-eval'`, which React's dev tooling needs to rebuild server stacks.
 */
export function contentSecurityPolicy({
  nonce,
  development,
  https,
}: {
  nonce: string;
  development: boolean;
  /** The public URL is https: upgrade any stray http sub-request. */
  https: boolean;
}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}
