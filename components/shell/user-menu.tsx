"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { switchOrganizationAction } from "@/app/(app)/actions";
import { signOutAction, signOutEverywhereAction } from "@/app/(auth)/sign-out/actions";
import { Button } from "@/components/ui/button";
import type { SessionMembership } from "@/lib/users/load-session-actor";
import { ThemeToggle } from "./theme-toggle";

export function UserMenu({
  name,
  email,
  memberships,
  activeOrganizationId,
}: {
  name: string;
  email: string;
  memberships: SessionMembership[];
  activeOrganizationId: string | null;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const switchTo = (organizationId: string) =>
    startTransition(async () => {
      const result = await switchOrganizationAction({ organizationId });
      if (result.status !== "success") toast.error(result.message);
      else router.refresh();
    });

  return (
    <details className="relative">
      <summary
        data-testid="user-menu"
        className="flex cursor-pointer list-none items-center gap-2 rounded-md px-3 py-2 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
      >
        <span
          aria-hidden
          className="flex h-7 w-7 items-center justify-center rounded-full bg-brand-600 text-xs font-semibold text-white"
        >
          {name.slice(0, 1).toUpperCase()}
        </span>
        <span className="hidden sm:inline">{name}</span>
        <span className="sr-only">Open user menu</span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-64 rounded-lg border border-zinc-200 bg-white p-2 shadow-lg dark:border-zinc-800 dark:bg-zinc-900">
        <p className="px-3 pt-1 text-sm font-medium">{name}</p>
        <p className="px-3 pb-2 text-xs text-zinc-500">{email}</p>
        {memberships.length > 1 && (
          <div className="border-t border-zinc-200 py-2 dark:border-zinc-800">
            <p className="px-3 pb-1 text-xs font-semibold uppercase text-zinc-500">Organization</p>
            {memberships.map((m) => (
              <Button
                key={m.organizationId}
                variant="ghost"
                disabled={pending || m.organizationId === activeOrganizationId}
                className="w-full justify-start"
                onClick={() => switchTo(m.organizationId)}
              >
                {m.organizationName} {m.organizationId === activeOrganizationId && "✓"}
              </Button>
            ))}
          </div>
        )}
        <div className="border-t border-zinc-200 pt-2 dark:border-zinc-800">
          <ThemeToggle />
          <form action={signOutAction}>
            <Button type="submit" variant="ghost" className="w-full justify-start">
              Sign out
            </Button>
          </form>
          <form action={signOutEverywhereAction}>
            <Button
              type="submit"
              variant="ghost"
              className="w-full justify-start"
              title="Sign out everywhere: every browser and device"
            >
              End all sessions
            </Button>
          </form>
        </div>
      </div>
    </details>
  );
}
