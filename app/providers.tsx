"use client";

import { ThemeProvider } from "next-themes";
import type { ReactNode } from "react";

/**
 * What every page needs: the theme, whose inline script sets the `dark` class before the first
 * paint. Providers only some pages use live with them (the toasts in the signed-in layout,
 * react-query in the API keys panel), so a visitor's page does not download them.
 * `nonce` is this response's CSP nonce: next-themes puts it on its inline theme script.
 */
export function Providers({ children, nonce }: { children: ReactNode; nonce?: string }) {
  return (
    <ThemeProvider
      attribute="class"
      defaultTheme="system"
      enableSystem
      disableTransitionOnChange
      nonce={nonce}
    >
      {children}
    </ThemeProvider>
  );
}
