"use client";

import Link from "next/link";
import { useTransition, type ComponentProps } from "react";
import { signOutAction, signOutEverywhereAction } from "@/app/(auth)/sign-out/actions";
import {
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
} from "@/components/ui/dropdown-menu";
import { LoadedDropdownMenu } from "@/components/ui/loaded-dropdown-menu";
import type { OpenedWith } from "@/components/ui/use-load-on-use";

/** The user menu once loaded (user-menu.tsx): the account, signing out here or everywhere. */
export function UserMenuItems({
  name,
  email,
  trigger,
  openedWith,
}: {
  name: string;
  email: string;
  trigger: ComponentProps<"button">;
  openedWith: OpenedWith;
}) {
  const [pending, startTransition] = useTransition();
  // The actions redirect to /sign-in themselves; a transition keeps the menu from running one twice.
  const run = (action: () => Promise<void>) => startTransition(action);
  return (
    <LoadedDropdownMenu trigger={trigger} openedWith={openedWith}>
      <DropdownMenuContent className="w-64">
        <DropdownMenuLabel className="text-sm font-medium text-zinc-900 dark:text-zinc-100">
          {name}
          <span className="block text-xs font-normal text-zinc-600 dark:text-zinc-400">{email}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/account">Your account</Link>
        </DropdownMenuItem>
        <DropdownMenuItem disabled={pending} onSelect={() => run(signOutAction)}>
          Sign out
        </DropdownMenuItem>
        <DropdownMenuItem
          disabled={pending}
          className="flex-col items-start gap-0"
          onSelect={() => run(signOutEverywhereAction)}
        >
          End all sessions
          <span className="text-xs text-zinc-600 dark:text-zinc-400">Signs out every browser and device</span>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </LoadedDropdownMenu>
  );
}
