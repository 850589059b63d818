import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import "./globals.css";
import { Providers } from "./providers";

export const metadata: Metadata = {
  title: { default: "Subdesk", template: "%s · Subdesk" },
  description: "Subscriptions and catalog portal",
  // public/: the SVG for browsers that take it, the .ico for the rest (and for /favicon.ico).
  icons: {
    icon: [
      { url: "/logo.svg", type: "image/svg+xml" },
      { url: "/favicon.ico", sizes: "32x32" },
    ],
  },
};

/**
 * Reading the request's nonce (set by proxy.ts) makes every page render per request, which
 * the CSP needs: a page prerendered at build time would carry scripts without this nonce.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <body>
        <Providers nonce={nonce}>{children}</Providers>
      </body>
    </html>
  );
}
