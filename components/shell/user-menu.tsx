"use client";

import { openedWith, useLoadOnUse } from "@/components/ui/use-load-on-use";

/**
 * Who is signed in, and signing out here or everywhere. The menu (and Radix with it) loads
 * when the button is first used: until then the button is a plain one.
 */
export function UserMenu({ name, email }: { name: string; email: string }) {
  const { loaded, warm, activate } = useLoadOnUse(() =>
    import("./user-menu-items").then((m) => m.UserMenuItems),
  );
  const trigger = {
    "data-testid": "user-menu",
    "aria-label": `User menu of ${name}`,
    className:
      "flex min-h-9 items-center gap-2 rounded-md px-2 py-1 text-sm hover:bg-zinc-100 data-[state=open]:bg-zinc-100 dark:hover:bg-zinc-800 dark:data-[state=open]:bg-zinc-800",
    children: (
      <>
        <span
          aria-hidden
          className="flex size-7 items-center justify-center rounded-full bg-brand-600 text-xs font-semibold text-white"
        >
          {name.slice(0, 1).toUpperCase()}
        </span>
        <span aria-hidden className="hidden sm:inline">
          {name}
        </span>
      </>
    ),
  };
  if (loaded)
    return <loaded.Part name={name} email={email} trigger={trigger} openedWith={loaded.openedWith} />;
  return (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={warm}
      onFocus={warm}
      onClick={(event) => void activate(openedWith(event))}
      {...trigger}
    />
  );
}
