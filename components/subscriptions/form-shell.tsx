import type { ReactNode } from "react";
import { StaleBanner } from "@/components/forms/stale-banner";

/** One titled form of the manage tab, with the shared stale banner above its fields. */
export function FormShell({
  title,
  stale,
  onSubmit,
  children,
}: {
  title: string;
  stale: boolean;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate aria-label={title} className="space-y-3">
      <h2 className="font-semibold">{title}</h2>
      {stale && <StaleBanner what="subscription" />}
      <div className="flex flex-wrap items-end gap-3">{children}</div>
    </form>
  );
}
