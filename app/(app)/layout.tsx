import Image from "next/image";
import Link from "next/link";
import type { ReactNode } from "react";
import { AccountStateBanner } from "@/components/shell/account-state-banner";
import { CommandPalette } from "@/components/shell/command-palette";
import { navigationFor } from "@/lib/auth/navigation";
import { Sidebar } from "@/components/shell/sidebar";
import { UserMenu } from "@/components/shell/user-menu";
import { requireSessionActor } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireSessionActor();
  const navigation = navigationFor(actor);
  return (
    <div className="flex min-h-screen">
      <aside className="hidden w-60 shrink-0 border-r border-zinc-200 bg-white md:block dark:border-zinc-800 dark:bg-zinc-900">
        <Link
          href="/"
          className="flex items-center gap-2 px-6 py-5 text-lg font-semibold tracking-tight text-brand-600"
        >
          <Image src="/logo.svg" alt="" width={24} height={24} priority />
          Subdesk
        </Link>
        <Sidebar {...navigation} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex items-center justify-between gap-3 border-b border-zinc-200 bg-white px-6 py-2 dark:border-zinc-800 dark:bg-zinc-900">
          <details className="relative md:hidden">
            <summary className="cursor-pointer list-none rounded-md px-2 py-1 text-sm font-medium hover:bg-zinc-100 dark:hover:bg-zinc-800">
              Menu
            </summary>
            <div className="absolute left-0 z-20 mt-2 w-60 rounded-lg border border-zinc-200 bg-white shadow-lg dark:border-zinc-800 dark:bg-zinc-900">
              <Sidebar {...navigation} />
            </div>
          </details>
          <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="active-organization">
            {actor.activeMembership?.organizationName ??
              (actor.platformAdmin ? "Platform administration" : "No organization")}
          </p>
          <CommandPalette />
          <UserMenu
            name={actor.name}
            email={actor.email}
            memberships={actor.memberships}
            activeOrganizationId={actor.organizationId}
          />
        </header>
        <AccountStateBanner actor={actor} />
        <main className="flex-1 px-6 py-8">{children}</main>
      </div>
    </div>
  );
}
