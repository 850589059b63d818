"use client";

import { Dialog, DialogContent } from "@/components/ui/dialog";
import CommandPaletteSearch from "./command-palette-search";

/** The command palette's dialog once loaded (command-palette.tsx), its search inside. */
export function CommandPaletteDialog({
  open,
  onOpenChange,
  returnFocus,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Radix returns focus to its own trigger; this dialog's trigger is the palette's plain button. */
  returnFocus: () => void;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        title="Go to"
        className="max-w-xl"
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          returnFocus();
        }}
      >
        <CommandPaletteSearch close={() => onOpenChange(false)} />
      </DialogContent>
    </Dialog>
  );
}
