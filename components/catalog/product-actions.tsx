"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import {
  archiveProductAction,
  deleteProductAction,
  publishProductAction,
  setProductActiveAction,
} from "@/app/(app)/catalog/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/actions/action";
import type { ProductView } from "@/lib/catalog/schemas";

/** Publish, activate, archive or delete a product, each at the version on screen. */
export function ProductActions({ product }: { product: ProductView }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [reason, setReason] = useState("");
  const version = { productId: product.id, changeSequence: product.changeSequence };
  const run = (work: () => Promise<ActionResult<unknown>>, done: string, then?: () => void) =>
    startTransition(async () => {
      const result = await work();
      if (result.status !== "success") return void toast.error(result.message);
      toast.success(done);
      if (then) then();
      else router.refresh();
    });

  if (product.archivedOn) return <p className="text-sm text-zinc-500">Archived: {product.archiveReason}</p>;
  const published = product.productStatus === "PUBLISHED";
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          run(
            () => publishProductAction({ ...version, publish: !published }),
            published ? "Unpublished" : "Published",
          )
        }
      >
        {published ? "Unpublish" : "Publish"}
      </Button>
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
      <Input
        aria-label="Archive reason"
        placeholder="Reason to archive"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        className="w-56"
      />
      <Button
        variant="danger"
        disabled={pending}
        onClick={() => run(() => archiveProductAction({ ...version, reason }), "Archived")}
      >
        Archive
      </Button>
      <Button
        variant="ghost"
        disabled={pending}
        onClick={() =>
          confirm(`Delete ${product.name}? This cannot be undone.`) &&
          run(
            () => deleteProductAction({ productId: product.id }),
            "Deleted",
            () => router.push("/catalog"),
          )
        }
      >
        Delete
      </Button>
    </div>
  );
}
