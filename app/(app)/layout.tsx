import Link from "next/link";
import type { ReactNode } from "react";
import { AccountStateBanner } from "@/components/shell/account-state-banner";
import { CommandPalette } from "@/components/shell/command-palette";
import { MobileNavigation } from "@/components/shell/mobile-navigation";
import { OrganizationSwitcher } from "@/components/shell/organization-switcher";
import { Sidebar } from "@/components/shell/sidebar";
import { SkipLink } from "@/components/shell/skip-link";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { Toasts } from "@/components/shell/toasts";
import { UserMenu } from "@/components/shell/user-menu";
import { navigationFor } from "@/lib/auth/navigation";
import { requireSessionActor } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireSessionActor();
  const navigation = navigationFor(actor);
  const organizationLabel =
    actor.activeMembership?.organizationName ??
    (actor.platformAdmin ? "Platform administration" : "No organization");
  return (
    <div className="flex min-h-screen">
      <SkipLink target="main-content" />
      <aside className="hidden w-60 shrink-0 border-r border-zinc-200 bg-white md:block dark:border-zinc-800 dark:bg-zinc-900">
        <Link
          href="/dashboard"
          className="flex items-center gap-2 px-6 py-5 text-lg font-semibold tracking-tight text-brand-600"
        >
          {/* An SVG next/image would serve as is; its client component would cost every page ~5 KiB. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src="/logo.svg" alt="" width={24} height={24} />
          Subdesk
        </Link>
        <Sidebar {...navigation} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex items-center gap-2 border-b border-zinc-200 bg-white px-4 py-2 sm:px-6 dark:border-zinc-800 dark:bg-zinc-900">
          <MobileNavigation {...navigation} />
          <OrganizationSwitcher
            label={organizationLabel}
            memberships={actor.memberships}
            activeOrganizationId={actor.organizationId}
          />
          <div className="ml-auto flex items-center gap-1">
            <CommandPalette />
            <ThemeToggle />
            <UserMenu name={actor.name} email={actor.email} />
          </div>
        </header>
        <AccountStateBanner actor={actor} />
        <main id="main-content" tabIndex={-1} className="flex-1 px-4 py-8 focus:outline-none sm:px-6">
          {children}
        </main>
      </div>
      <Toasts />
    </div>
  );
}
