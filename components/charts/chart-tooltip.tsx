"use client";

/** The charts' tooltip, in the app's own colours for light and dark (recharts' default is white). */
export function ChartTooltip({
  active,
  label,
  payload,
}: {
  active?: boolean;
  label?: string | number;
  payload?: readonly { name?: string | number; value?: unknown; color?: string }[];
}) {
  if (!active || !payload?.length) return null;
  return (
    <div className="rounded border border-zinc-200 bg-white px-3 py-2 text-xs shadow dark:border-zinc-700 dark:bg-zinc-900">
      <p className="font-medium">{label}</p>
      {payload.map((entry) => (
        <p key={String(entry.name)}>
          <span
            aria-hidden
            className="mr-1 inline-block size-2 rounded-full"
            style={{ background: entry.color }}
          />
          {entry.name}: {String(entry.value)}
        </p>
      ))}
    </div>
  );
}
