"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { switchOrganizationAction } from "@/app/(app)/actions";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { SessionMembership } from "@/lib/users/load-session-actor";

/**
 * The organization the user acts in, named in the header; with more than one membership it
 * opens a menu to switch (lib/auth decides which switches are allowed).
 */
export function OrganizationSwitcher({
  label,
  memberships,
  activeOrganizationId,
}: {
  label: string;
  memberships: SessionMembership[];
  activeOrganizationId: string | null;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const name = (
    <span data-testid="active-organization" className="truncate">
      {label}
    </span>
  );
  if (memberships.length < 2)
    return <p className="min-w-0 text-sm text-zinc-600 dark:text-zinc-400">{name}</p>;

  const switchTo = (organizationId: string) =>
    startTransition(async () => {
      const result = await switchOrganizationAction({ organizationId });
      if (result.status !== "success") toast.error(result.message);
      else router.refresh();
    });
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        disabled={pending}
        className="flex min-h-9 min-w-0 items-center gap-1 rounded-md px-2 py-1 text-sm text-zinc-700 hover:bg-zinc-100 data-[state=open]:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:data-[state=open]:bg-zinc-800"
      >
        <span className="sr-only">Organization: </span>
        {name}
        <svg aria-hidden viewBox="0 0 20 20" className="size-4 shrink-0" fill="currentColor">
          <path d="M5.5 7.5 10 12l4.5-4.5z" />
        </svg>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-64">
        <DropdownMenuLabel>Switch organization</DropdownMenuLabel>
        <DropdownMenuRadioGroup value={activeOrganizationId ?? ""} onValueChange={switchTo}>
          {memberships.map((membership) => (
            <DropdownMenuRadioItem key={membership.organizationId} value={membership.organizationId}>
              {membership.organizationName}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
