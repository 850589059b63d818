"use client";

import { openedWith, useLoadOnUse } from "@/components/ui/use-load-on-use";
import type { SessionMembership } from "@/lib/users/load-session-actor";

/**
 * The organization the user acts in, named in the header; with more than one membership it
 * opens a menu to switch (lib/auth decides which switches are allowed). The menu (and Radix
 * with it) loads when the button is first used: until then the button is a plain one.
 */
export function OrganizationSwitcher({
  label,
  memberships,
  activeOrganizationId,
}: {
  label: string;
  memberships: SessionMembership[];
  activeOrganizationId: string | null;
}) {
  const { loaded, warm, activate } = useLoadOnUse(() =>
    import("./organization-menu").then((m) => m.OrganizationMenu),
  );
  const name = (
    <span data-testid="active-organization" className="truncate">
      {label}
    </span>
  );
  if (memberships.length < 2)
    return <p className="min-w-0 text-sm text-zinc-600 dark:text-zinc-400">{name}</p>;

  const trigger = {
    className:
      "flex min-h-9 min-w-0 items-center gap-1 rounded-md px-2 py-1 text-sm text-zinc-700 hover:bg-zinc-100 data-[state=open]:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:data-[state=open]:bg-zinc-800",
    children: (
      <>
        <span className="sr-only">Organization: </span>
        {name}
        <svg aria-hidden viewBox="0 0 20 20" className="size-4 shrink-0" fill="currentColor">
          <path d="M5.5 7.5 10 12l4.5-4.5z" />
        </svg>
      </>
    ),
  };
  if (loaded)
    return (
      <loaded.Part
        trigger={trigger}
        openedWith={loaded.openedWith}
        memberships={memberships}
        activeOrganizationId={activeOrganizationId}
      />
    );
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
