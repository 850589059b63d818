"use client";

import Link from "next/link";
import { useTransition } from "react";
import { signOutAction, signOutEverywhereAction } from "@/app/(auth)/sign-out/actions";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

/** Who is signed in, and signing out here or everywhere. */
export function UserMenu({ name, email }: { name: string; email: string }) {
  const [pending, startTransition] = useTransition();
  // The actions redirect to /sign-in themselves; a transition keeps the menu from running one twice.
  const run = (action: () => Promise<void>) => startTransition(action);
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        data-testid="user-menu"
        aria-label={`User menu of ${name}`}
        className="flex min-h-9 items-center gap-2 rounded-md px-2 py-1 text-sm hover:bg-zinc-100 data-[state=open]:bg-zinc-100 dark:hover:bg-zinc-800 dark:data-[state=open]:bg-zinc-800"
      >
        <span
          aria-hidden
          className="flex size-7 items-center justify-center rounded-full bg-brand-600 text-xs font-semibold text-white"
        >
          {name.slice(0, 1).toUpperCase()}
        </span>
        <span aria-hidden className="hidden sm:inline">
          {name}
        </span>
      </DropdownMenuTrigger>
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
    </DropdownMenu>
  );
}
