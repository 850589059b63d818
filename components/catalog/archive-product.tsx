"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { archiveProductAction } from "@/app/(app)/catalog/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { inputClass } from "@/components/ui/input";
import type { archiveProductSchema, ProductView } from "@/lib/catalog/schemas";
import type { z } from "zod";

type ArchiveInput = z.input<typeof archiveProductSchema>;

const resolver = lazyZodResolver(() => import("@/lib/catalog/schemas").then((m) => m.archiveProductSchema));

/**
 * Archive with a reason: a missing or short reason is said at its field (and focused), then a
 * dialog says what archiving does before it is done.
 */
export function ArchiveProduct({ product }: { product: ProductView }) {
  const router = useRouter();
  const [asking, setAsking] = useState<ArchiveInput>();
  const form = useForm<ArchiveInput>({
    resolver,
    defaultValues: { reason: "", changeSequence: product.changeSequence },
  });
  const error = form.formState.errors.reason?.message;

  async function archive(values: ArchiveInput) {
    const result = await archiveProductAction({ ...values, productId: product.id });
    if (applyActionResult(result, form.setError, ["reason"])) {
      toast.success("Archived");
      router.refresh();
    }
  }

  return (
    <form onSubmit={form.handleSubmit(setAsking)} noValidate className="flex flex-wrap items-start gap-2">
      <div>
        <input
          aria-label="Archive reason"
          placeholder="Reason to archive"
          className={`${inputClass} w-56`}
          aria-invalid={!!error}
          aria-describedby={error ? "archive-reason-error" : undefined}
          {...form.register("reason")}
        />
        {error && (
          <p id="archive-reason-error" role="alert" className="mt-1 text-xs text-red-600 dark:text-red-400">
            Reason: {error}
          </p>
        )}
      </div>
      <SubmitButton variant="danger">Archive</SubmitButton>
      {asking && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setAsking(undefined)}
          title={`Archive ${product.name}?`}
          description={
            <>
              It leaves the catalog: nobody can subscribe to it any more, while the subscriptions that use it
              keep running. Archiving cannot be undone. Reason: “{asking.reason}”.
            </>
          }
          confirmLabel="Archive product"
          onConfirm={() => archive(asking)}
        />
      )}
    </form>
  );
}
