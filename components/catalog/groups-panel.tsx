"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useInlineForm } from "@/components/forms/use-inline-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ProductGroupView } from "@/lib/catalog/schemas";

// The form (and react-hook-form with it) loads when a group is edited or added, not with the list.
const GroupForm = dynamic(() => import("./group-form").then((m) => m.GroupForm));

/** Product groups in catalog order; the order field sets where each appears. */
export function GroupsPanel({ groups }: { groups: ProductGroupView[] }) {
  const router = useRouter();
  const { editing, open, close, opener } = useInlineForm(); // a group id, or "new"
  const done = () => {
    close();
    router.refresh();
  };
  return (
    <div className="space-y-3">
      {groups.map((group) =>
        editing === group.id ? (
          <GroupForm key={group.id} group={group} onDone={done} />
        ) : (
          <div
            key={group.id}
            className="flex items-center justify-between rounded-lg border border-zinc-200 px-4 py-3 text-sm dark:border-zinc-800"
          >
            <span>
              <span className="mr-2 font-mono text-xs text-zinc-500">#{group.order}</span>
              <span className="font-medium">{group.name}</span>{" "}
              {group.description && `· ${group.description}`} {!group.active && <Badge>inactive</Badge>}
            </span>
            <Button variant="secondary" ref={opener(group.id)} onClick={() => open(group.id)}>
              Edit
            </Button>
          </div>
        ),
      )}
      {editing === "new" ? (
        <GroupForm onDone={done} />
      ) : (
        <Button variant="secondary" ref={opener("new")} onClick={() => open("new")}>
          New product group
        </Button>
      )}
    </div>
  );
}
