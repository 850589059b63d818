"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * Whether the database is down right now. A failed render tells the browser nothing but a
 * digest (the server keeps the error to itself), so the page asks the public health check:
 * a 503 there means the failure was an outage, not a bug, and trying again soon will work.
 */
function useDatabaseOutage(): boolean {
  const [outage, setOutage] = useState(false);
  useEffect(() => {
    let current = true;
    fetch("/api/health", { cache: "no-store" }).then(
      (response) => current && setOutage(response.status === 503),
      () => {}, // unreachable altogether: the generic message fits
    );
    return () => {
      current = false;
    };
  }, []);
  return outage;
}

/**
 * Shown when rendering fails: the digest lets support find the server log entry. `retry`
 * fetches the page from the server again (`reset` would only re-render what failed to load).
 */
export default function ErrorPage({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  const outage = useDatabaseOutage();
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 px-4 text-center">
      {outage ? (
        <>
          <h1 className="text-2xl font-semibold">Temporarily unavailable</h1>
          <p className="text-zinc-600 dark:text-zinc-400">
            Subdesk cannot reach its database at the moment. Nothing you did caused this: try again in a few
            seconds.
          </p>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-semibold">Something went wrong</h1>
          <p className="text-zinc-600 dark:text-zinc-400">
            The page could not be shown. Try again; if it keeps failing, quote this reference:{" "}
            {error.digest ?? "none"}.
          </p>
        </>
      )}
      <Button onClick={retry}>Try again</Button>
    </main>
  );
}
