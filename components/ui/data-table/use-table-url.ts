"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";

/**
 * Changes the list's URL, the one place its sort, size and search live. Any change but moving
 * to another page starts again at the first page: a cursor or position from the old order or
 * filter would point into a different list.
 */
export function useTableUrl() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const hrefWith = useCallback(
    (changes: Record<string, string | null>, { keepPage = false } = {}) => {
      const params = new URLSearchParams(searchParams.toString());
      if (!keepPage) {
        params.delete("cursor");
        params.delete("from");
      }
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === "") params.delete(key);
        else params.set(key, value);
      }
      const query = params.toString();
      return query ? `${pathname}?${query}` : pathname;
    },
    [pathname, searchParams],
  );
  const replace = useCallback(
    (changes: Record<string, string | null>) => router.replace(hrefWith(changes), { scroll: false }),
    [hrefWith, router],
  );
  return { hrefWith, replace, searchParams };
}
