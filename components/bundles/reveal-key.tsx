"use client";

import { useState } from "react";
import { toast } from "sonner";
import { revealAccessKeyAction } from "@/app/(app)/portal/bundles/actions";
import { Button } from "@/components/ui/button";

/**
 * Shows a generated access key's secret, once: the server keeps only its hash, so this
 * component holds the one copy there is until the page is left. It does not refresh the page
 * on purpose — the next render would know the key was shown and drop it.
 */
export function RevealKey({ bundleId, accessId }: { bundleId: string; accessId: string }) {
  const [key, setKey] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function reveal() {
    setPending(true);
    const result = await revealAccessKeyAction({ bundleId, accessId });
    setPending(false);
    if (result.status === "success") setKey(result.data.key);
    else toast.error(result.message);
  }
  async function copy() {
    await navigator.clipboard.writeText(key!);
    toast.success("Key copied");
  }
  if (!key) {
    return (
      <Button onClick={reveal} disabled={pending}>
        Show the key once
      </Button>
    );
  }
  return (
    <div className="space-y-2">
      <p className="text-sm font-medium text-red-700 dark:text-red-400">
        Copy it now: it is not shown again.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <code
          data-testid="access-key"
          className="rounded bg-zinc-100 px-2 py-1 font-mono text-sm dark:bg-zinc-800"
        >
          {key}
        </code>
        <Button variant="secondary" onClick={copy}>
          Copy
        </Button>
      </div>
    </div>
  );
}
