"use client";

import dynamic from "next/dynamic";

/**
 * Where `toast()` messages appear, on the signed-in pages (the only ones that raise any). The
 * toaster loads just after the page hydrates instead of with it: a toast answers something the
 * user did, and sonner hands a toaster that subscribes late the toasts already raised anyway.
 */
export const Toasts = dynamic(
  () =>
    import("sonner").then(({ Toaster }) => ({
      default: () => <Toaster richColors closeButton position="top-right" />,
    })),
  { ssr: false },
);
