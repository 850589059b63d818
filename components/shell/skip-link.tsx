/** The first stop of the Tab key: past the navigation, straight to the page's content. */
export function SkipLink({ target }: { target: string }) {
  return (
    <a
      href={`#${target}`}
      className="sr-only rounded-md bg-white px-4 py-2 text-sm font-medium text-brand-700 shadow-lg focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 dark:bg-zinc-900 dark:text-brand-100"
    >
      Skip to main content
    </a>
  );
}
