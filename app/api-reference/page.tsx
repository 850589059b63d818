import type { Metadata } from "next";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";

export const metadata: Metadata = { title: "API reference" };

type OperationObject = {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: { name: string; in: string; required: boolean; description?: string }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
};

const methodTone: Record<string, string> = {
  get: "bg-emerald-100 text-emerald-800",
  post: "bg-blue-100 text-blue-800",
  patch: "bg-amber-100 text-amber-800",
  put: "bg-amber-100 text-amber-800",
  delete: "bg-red-100 text-red-800",
};

/** The API reference, rendered on the server from the OpenAPI document: it needs no CDN or script. */
export default function ApiReferencePage() {
  const document = buildOpenApiDocument();
  const entries = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      path,
      method,
      operation: operation as OperationObject,
    })),
  );
  const tags = [...new Set(entries.map((e) => e.operation.tags[0]!))];

  return (
    <main className="mx-auto max-w-5xl px-6 py-10">
      <h1 className="text-3xl font-semibold">{document.info.title}</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">{document.info.description}</p>
      <p className="mt-2 text-sm">
        Machine-readable:{" "}
        <a className="text-brand-600 hover:underline" href="/api/openapi.json">
          /api/openapi.json
        </a>{" "}
        (OpenAPI {document.openapi})
      </p>
      {tags.map((tag) => (
        <section key={tag} className="mt-10">
          <h2 className="border-b border-zinc-200 pb-2 text-xl font-semibold dark:border-zinc-800">{tag}</h2>
          {entries
            .filter((e) => e.operation.tags[0] === tag)
            .map(({ path, method, operation }) => (
              <article key={operation.operationId} id={operation.operationId} className="mt-6">
                <h3 className="flex items-center gap-2 font-mono text-sm">
                  <span
                    className={`rounded px-2 py-0.5 text-xs font-bold uppercase ${methodTone[method] ?? ""}`}
                  >
                    {method}
                  </span>
                  {path}
                </h3>
                <p className="mt-1 font-medium">{operation.summary}</p>
                {operation.description && (
                  <p className="text-sm text-zinc-600 dark:text-zinc-400">{operation.description}</p>
                )}
                {operation.parameters && (
                  <ul className="mt-2 text-sm">
                    {operation.parameters.map((p) => (
                      <li key={`${p.in}-${p.name}`}>
                        <code>{p.name}</code>{" "}
                        <span className="text-zinc-500">
                          ({p.in}
                          {p.required ? ", required" : ""})
                        </span>
                        {p.description && ` — ${p.description}`}
                      </li>
                    ))}
                  </ul>
                )}
                {operation.requestBody && (
                  <details className="mt-2 text-sm">
                    <summary className="cursor-pointer">Request body</summary>
                    <pre className="mt-1 overflow-auto rounded bg-zinc-100 p-3 text-xs dark:bg-zinc-900">
                      {JSON.stringify(operation.requestBody.content["application/json"]?.schema, null, 2)}
                    </pre>
                  </details>
                )}
                <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
                  Responses:{" "}
                  {Object.entries(operation.responses)
                    .map(([status, r]) => `${status} ${r.description}`)
                    .join(" · ")}
                </p>
              </article>
            ))}
        </section>
      ))}
    </main>
  );
}
