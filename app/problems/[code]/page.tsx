import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { errorCatalogue, type ErrorCode } from "@/lib/errors";

export const metadata: Metadata = { title: "Problem types" };

/** Documents each problem `type` the API answers with (the URI in problem+json resolves here). */
export default async function ProblemPage({ params }: { params: Promise<{ code: string }> }) {
  const code = (await params).code.replaceAll("-", "_");
  if (!(code in errorCatalogue)) notFound();
  const entry = errorCatalogue[code as ErrorCode];
  return (
    <main className="mx-auto max-w-2xl px-6 py-10">
      <p className="text-sm text-zinc-500">Problem type</p>
      <h1 className="text-2xl font-semibold">{entry.title}</h1>
      <p className="mt-2">HTTP status {entry.status}.</p>
      <h2 className="mt-8 font-semibold">All problem types</h2>
      <ul className="mt-2 text-sm">
        {Object.entries(errorCatalogue).map(([name, e]) => (
          <li key={name}>
            <a className="text-brand-600 hover:underline" href={`/problems/${name.replaceAll("_", "-")}`}>
              {name.replaceAll("_", "-")}
            </a>{" "}
            — {e.status} {e.title}
          </li>
        ))}
      </ul>
    </main>
  );
}
