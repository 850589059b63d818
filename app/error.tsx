"use client";

import { Button } from "@/components/ui/button";

/** Shown when rendering fails: the digest lets support find the server log entry. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-zinc-600 dark:text-zinc-400">
        The page could not be shown. Try again; if it keeps failing, quote this reference:{" "}
        {error.digest ?? "none"}.
      </p>
      <Button onClick={reset}>Try again</Button>
    </main>
  );
}
