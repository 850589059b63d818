import type { ReactNode } from "react";

/** The centred card of the pages people see before they are signed in. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-10">
      <div className="w-full max-w-md rounded-xl border border-zinc-200 bg-white p-8 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
        <p className="flex items-center gap-2 text-sm font-semibold tracking-wide text-brand-600">
          {/* An SVG next/image would serve as is; its client component would cost the page ~5 KiB. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src="/logo.svg" alt="" width={20} height={20} />
          SUBDESK
        </p>
        <h1 className="mb-6 mt-1 text-xl font-semibold">{title}</h1>
        {children}
      </div>
    </main>
  );
}
