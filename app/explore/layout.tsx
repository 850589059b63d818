import Link from "next/link";
import type { ReactNode } from "react";

/** The public catalog's frame: no sign-in needed, a way in for those who want one. */
export default function ExploreLayout({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="flex items-center justify-between border-b border-zinc-200 bg-white px-6 py-4 dark:border-zinc-800 dark:bg-zinc-900">
        <Link href="/explore" className="text-lg font-semibold text-brand-600">
          Subdesk catalog
        </Link>
        <span className="flex gap-4 text-sm">
          <Link href="/sign-in" className="hover:underline">
            Sign in
          </Link>
          <Link href="/sign-up" className="font-medium text-brand-600 hover:underline">
            Create an account
          </Link>
        </span>
      </header>
      <main className="mx-auto max-w-6xl px-6 py-8">{children}</main>
    </div>
  );
}
