"use client";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ListingCondition } from "@/lib/catalog/catalog-visibility";
import { visibilityGapText } from "./visibility-text";

/**
 * Asks before publishing a product customers still would not see, naming what else is missing.
 * The Publish button and the form's Status select both ask with it, so they ask alike.
 */
export function PublishAnywayDialog({
  productName,
  missing,
  open,
  onOpenChange,
  onConfirm,
}: {
  productName: string;
  /** What would still hide the product once published (`missingAfterPublishing`). */
  missing: ListingCondition[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Publishes; the dialog stays open, busy, until the returned promise settles. */
  onConfirm: () => Promise<void> | void;
}) {
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      tone="primary"
      title={`Publish ${productName}? Customers still will not see it`}
      description={
        <>
          Publishing alone does not list it. Also missing:
          <span className="mt-2 block" data-testid="publish-missing">
            {missing.map((gap) => (
              <span key={gap} className="block">
                • {visibilityGapText[gap]}
              </span>
            ))}
          </span>
        </>
      }
      confirmLabel="Publish anyway"
      onConfirm={onConfirm}
    />
  );
}
