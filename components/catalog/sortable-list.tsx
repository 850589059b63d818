"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { reorderAction } from "@/app/(app)/catalog/actions";
import { Button } from "@/components/ui/button";
import { Tooltip } from "@/components/ui/tooltip";

interface Item {
  id: string;
  label: string;
}

const move = (items: Item[], from: number, to: number) => {
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
};

/** Drag to reorder (or use the arrow buttons from the keyboard), then save the new order. */
export function SortableList({
  kind,
  items: initial,
  label,
}: {
  kind: "products" | "groups";
  items: Item[];
  label: string;
}) {
  const router = useRouter();
  const [items, setItems] = useState(initial);
  const [dragging, setDragging] = useState<number | null>(null);
  const [pending, startTransition] = useTransition();
  const changed = items.some((item, i) => item.id !== initial[i]?.id);
  const save = () =>
    startTransition(async () => {
      const result = await reorderAction({ kind, ids: items.map((item) => item.id) });
      if (result.status === "success") toast.success("Order saved");
      else toast.error(result.message);
      router.refresh();
    });

  return (
    <div className="space-y-2">
      <ol aria-label={label} className="space-y-1">
        {items.map((item, index) => (
          <li
            key={item.id}
            draggable
            data-testid={`sortable-${item.label}`}
            onDragStart={() => setDragging(index)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={() => {
              if (dragging !== null && dragging !== index) setItems(move(items, dragging, index));
              setDragging(null);
            }}
            className="flex cursor-grab items-center justify-between rounded-md border border-zinc-200 bg-white px-3 py-2 text-sm dark:border-zinc-800 dark:bg-zinc-900"
          >
            <span>
              <span aria-hidden className="mr-2 text-zinc-500">
                ⠿
              </span>
              {item.label}
            </span>
            <span className="flex gap-1">
              <Tooltip content="Move up">
                <Button
                  variant="ghost"
                  aria-label={`Move ${item.label} up`}
                  disabled={index === 0}
                  onClick={() => setItems(move(items, index, index - 1))}
                >
                  <span aria-hidden>↑</span>
                </Button>
              </Tooltip>
              <Tooltip content="Move down">
                <Button
                  variant="ghost"
                  aria-label={`Move ${item.label} down`}
                  disabled={index === items.length - 1}
                  onClick={() => setItems(move(items, index, index + 1))}
                >
                  <span aria-hidden>↓</span>
                </Button>
              </Tooltip>
            </span>
          </li>
        ))}
      </ol>
      <Button onClick={save} disabled={!changed || pending}>
        Save order
      </Button>
    </div>
  );
}
