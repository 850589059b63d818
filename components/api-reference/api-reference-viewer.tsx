"use client";

import { useTheme } from "next-themes";
import dynamic from "next/dynamic";

// Loaded in the browser only, on this page only: Scalar (a Vue app) is large, and no other page
// should ship it. It comes from the app's own bundle, never from a CDN, so it works offline.
const ApiReferenceReact = dynamic(() => import("./scalar").then((m) => m.ApiReferenceReact), {
  ssr: false,
  loading: () => <p className="px-6 py-10 text-sm">Loading the API reference…</p>,
});

/**
 * The interactive reference of /api/openapi.json. Try-it-out sends requests to the document's
 * server ("/"), the very server that rendered this page, without Scalar's proxy. Scalar's web fonts
 * and telemetry are off: the CSP allows fonts and connections to this origin only.
 */
export function ApiReferenceViewer() {
  const { resolvedTheme } = useTheme();
  return (
    <ApiReferenceReact
      configuration={{
        url: "/api/openapi.json",
        withDefaultFonts: false,
        telemetry: false,
        // Nothing that leaves this server: no hosted API client, no AI agent, no Scalar proxy.
        hideClientButton: true,
        agent: { disabled: true },
        hideDarkModeToggle: true,
        forceDarkModeState: resolvedTheme === "dark" ? "dark" : "light",
        showDeveloperTools: "never",
        documentDownloadType: "json",
      }}
    />
  );
}
