"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import {
  deleteProductAction,
  publishProductAction,
  setProductActiveAction,
} from "@/app/(app)/catalog/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/actions/action";
import type { ProductView } from "@/lib/catalog/schemas";
import type { VisibilitySummary } from "@/lib/catalog/visibility-summary";
import { ArchiveProduct } from "./archive-product";
import { PublishAnywayDialog } from "./publish-anyway-dialog";

/**
 * Publish, activate, archive or delete a product, each at the version on screen. Publishing a
 * product customers still could not see asks first, naming what else is missing.
 */
export function ProductActions({
  product,
  visibility,
}: {
  product: ProductView;
  visibility: VisibilitySummary;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [askPublish, setAskPublish] = useState(false);
  const version = { productId: product.id, changeSequence: product.changeSequence };
  const run = (work: () => Promise<ActionResult<unknown>>, done: string, then?: () => void) =>
    startTransition(async () => {
      const result = await work();
      if (result.status !== "success") return void toast.error(result.message);
      toast.success(done);
      if (then) then();
      else router.refresh();
    });

  if (product.archivedOn)
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">Archived: {product.archiveReason}</p>;
  const published = product.productStatus === "PUBLISHED";
  const publish = () =>
    run(
      () => publishProductAction({ ...version, publish: true }),
      visibility.missingAfterPublishing.length === 0
        ? "Published: customers see it now"
        : "Published, still hidden",
    );
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() => {
          if (published) run(() => publishProductAction({ ...version, publish: false }), "Unpublished");
          else if (visibility.missingAfterPublishing.length > 0) setAskPublish(true);
          else publish();
        }}
      >
        {published ? "Unpublish" : "Publish"}
      </Button>
      <PublishAnywayDialog
        productName={product.name}
        missing={visibility.missingAfterPublishing}
        open={askPublish}
        onOpenChange={setAskPublish}
        onConfirm={publish}
      />
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          run(
            () => setProductActiveAction({ ...version, active: !product.active }),
            product.active ? "Deactivated" : "Activated",
          )
        }
      >
        {product.active ? "Deactivate" : "Activate"}
      </Button>
      <ArchiveProduct product={product} />
      <ConfirmDialog
        trigger={
          <Button variant="ghost" disabled={pending}>
            Delete
          </Button>
        }
        title={`Delete ${product.name}?`}
        description="The product and everything defined in it are removed for good; this cannot be undone. A product that live subscriptions use cannot be deleted: archive it instead."
        confirmLabel="Delete product"
        onConfirm={async () => {
          const result = await deleteProductAction({ productId: product.id });
          if (result.status !== "success") return result.message;
          toast.success("Deleted");
          router.push("/catalog");
        }}
      />
    </div>
  );
}
