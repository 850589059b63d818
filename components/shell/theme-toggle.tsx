"use client";

import { useTheme } from "next-themes";
import { Tooltip } from "@/components/ui/tooltip";

/**
 * Light or dark, from the header. The server cannot know the visitor's theme, so nothing here
 * renders from it: the label is fixed and CSS (the `dark` class next-themes sets before the
 * first paint) picks the icon. Only the click reads the resolved theme.
 */
export function ThemeToggle() {
  const { resolvedTheme, setTheme } = useTheme();
  return (
    <Tooltip content="Switch between light and dark">
      <button
        type="button"
        aria-label="Switch between light and dark"
        onClick={() => setTheme(resolvedTheme === "dark" ? "light" : "dark")}
        className="flex size-9 items-center justify-center rounded-md text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        {/* A moon in light mode, a sun in dark: the mode one switches to. */}
        <svg
          aria-hidden
          viewBox="0 0 24 24"
          className="size-5 dark:hidden"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
        </svg>
        <svg
          aria-hidden
          viewBox="0 0 24 24"
          className="hidden size-5 dark:block"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="12" cy="12" r="4" />
          <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
        </svg>
      </button>
    </Tooltip>
  );
}
