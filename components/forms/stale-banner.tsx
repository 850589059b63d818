"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";

/** Shown when a save names an outdated `changeSequence`: nothing was overwritten; reload to see why. */
export function StaleBanner({ what }: { what: string }) {
  const router = useRouter();
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-700 dark:bg-amber-950"
    >
      <span>This {what} was changed by someone else since you opened it. Your changes were not saved.</span>
      <Button variant="secondary" onClick={() => router.refresh()}>
        Reload the latest version
      </Button>
    </div>
  );
}
