import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-3 px-4 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-zinc-600 dark:text-zinc-400">
        The page does not exist, or you do not have access to it.
      </p>
      <Link href="/" className="text-sm font-medium text-brand-600 hover:underline">
        Back to the dashboard
      </Link>
    </main>
  );
}
