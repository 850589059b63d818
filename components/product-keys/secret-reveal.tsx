"use client";

import { useState, type ReactNode } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

/**
 * A new key's secret, shown this once: only its hash is kept, so nobody can show it again.
 * Copy puts it on the clipboard and says so where a screen reader hears it.
 */
export function SecretReveal({ secret, children }: { secret: string; children?: ReactNode }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
      toast.success("Key copied");
    } catch {
      toast.error("The browser refused the clipboard: select the key and copy it by hand.");
    }
  }
  return (
    <div
      role="status"
      className="rounded-md border border-emerald-300 bg-emerald-50 p-4 text-sm dark:border-emerald-800 dark:bg-emerald-950"
    >
      <p className="font-medium">Copy the key now. It will not be shown again.</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code
          data-testid="new-product-key"
          className="select-all break-all rounded bg-white px-2 py-1 font-mono dark:bg-zinc-900"
        >
          {secret}
        </code>
        <Button variant="secondary" onClick={copy}>
          {copied ? "Copied" : "Copy key"}
        </Button>
        {children}
      </div>
    </div>
  );
}
