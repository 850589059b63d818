import type { Metadata } from "next";
import { ApiReferenceViewer } from "@/components/api-reference/api-reference-viewer";

export const metadata: Metadata = { title: "API reference" };

/** The REST API's reference, rendered in the browser by Scalar from the OpenAPI document. */
export default function ApiReferencePage() {
  return (
    <main>
      <header className="border-b border-zinc-200 px-6 py-4 dark:border-zinc-800">
        <h1 className="text-xl font-semibold">API reference</h1>
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
          Machine-readable:{" "}
          <a className="text-brand-600 underline" href="/api/openapi.json">
            /api/openapi.json
          </a>
          . Requests sent from this page go to this server with your API key.
        </p>
      </header>
      <ApiReferenceViewer />
    </main>
  );
}
