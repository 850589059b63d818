"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { uploadLogoAction } from "@/app/(app)/organizations/actions";
import { Button } from "@/components/ui/button";

export function LogoUpload({
  organizationId,
  hasImage,
  version,
}: {
  organizationId: string;
  hasImage: boolean;
  version: string;
}) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const upload = () => {
    const file = input.current?.files?.[0];
    if (!file) return setError("Choose an image first.");
    startTransition(async () => {
      const result = await uploadLogoAction({ organizationId, file });
      if (result.status === "success") {
        setError(undefined);
        toast.success("Logo updated");
        router.refresh();
      } else {
        setError(result.status === "invalid" ? (result.fieldErrors.image ?? result.message) : result.message);
      }
    });
  };
  return (
    <div className="flex flex-wrap items-center gap-4">
      {hasImage ? (
        // eslint-disable-next-line @next/next/no-img-element -- served by our own route with auth; no optimizer needed
        <img
          src={`/organizations/${organizationId}/logo?v=${encodeURIComponent(version)}`}
          alt="Organization logo"
          className="h-16 w-16 rounded-md border border-zinc-200 object-contain dark:border-zinc-800"
        />
      ) : (
        <div className="flex h-16 w-16 items-center justify-center rounded-md border border-dashed border-zinc-300 text-xs text-zinc-400">
          No logo
        </div>
      )}
      <label className="text-sm">
        <span className="sr-only">Logo file</span>
        <input
          ref={input}
          type="file"
          accept="image/png,image/jpeg,image/gif,image/webp"
          aria-label="Logo file"
          className="text-sm"
        />
      </label>
      <Button variant="secondary" onClick={upload} disabled={pending}>
        {pending ? "Uploading…" : "Upload logo"}
      </Button>
      {error && (
        <p role="alert" className="w-full text-xs text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
