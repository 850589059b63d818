"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { uploadProductImageAction } from "@/app/(app)/catalog/actions";
import { uploadLogoAction } from "@/app/(app)/organizations/actions";
import { Button } from "@/components/ui/button";

const targets = {
  organization: {
    label: "logo",
    src: (id: string) => `/organizations/${id}/logo`,
    upload: (id: string, file: File) => uploadLogoAction({ organizationId: id, file }),
  },
  product: {
    label: "image",
    src: (id: string) => `/catalog/products/${id}/image`,
    upload: (id: string, file: File) => uploadProductImageAction({ productId: id, file }),
  },
};

/** Uploads an organization's logo or a product's image; the server checks the bytes. */
export function ImageUpload({
  kind,
  id,
  hasImage,
  version,
}: {
  kind: keyof typeof targets;
  id: string;
  hasImage: boolean;
  version: string;
}) {
  const target = targets[kind];
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const upload = () => {
    const file = input.current?.files?.[0];
    if (!file) return setError("Choose an image first.");
    startTransition(async () => {
      const result = await target.upload(id, file);
      if (result.status === "success") {
        setError(undefined);
        toast.success(`The ${target.label} is updated`);
        router.refresh();
      } else {
        setError(result.status === "invalid" ? (result.fieldErrors.image ?? result.message) : result.message);
      }
    });
  };
  const fileLabel = `${target.label[0]!.toUpperCase()}${target.label.slice(1)} file`;
  return (
    <div className="flex flex-wrap items-center gap-4">
      {hasImage ? (
        // eslint-disable-next-line @next/next/no-img-element -- served by our own route with auth; no optimizer needed
        <img
          src={`${target.src(id)}?v=${encodeURIComponent(version)}`}
          alt={`Current ${target.label}`}
          className="h-16 w-16 rounded-md border border-zinc-200 object-contain dark:border-zinc-800"
        />
      ) : (
        <div className="flex h-16 w-16 items-center justify-center rounded-md border border-dashed border-zinc-300 text-xs text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          No {target.label}
        </div>
      )}
      <input
        ref={input}
        type="file"
        accept="image/png,image/jpeg,image/gif,image/webp"
        aria-label={fileLabel}
        className="text-sm"
      />
      <Button variant="secondary" onClick={upload} disabled={pending}>
        {pending ? "Uploading…" : `Upload ${target.label}`}
      </Button>
      {error && (
        <p role="alert" className="w-full text-xs text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
