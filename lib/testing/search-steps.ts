import { searchLimits } from "@/lib/list-search";

/**
 * Runs `read` once through each step of `searchedPage` — the probe's few matches, the walk of
 * the sort's index (over the whole table), every match — and answers the three results, which
 * must be equal. Lowering the limits makes a handful of test rows take each step.
 */
export async function throughEachSearchStep<T>(read: () => Promise<T>): Promise<[T, T, T]> {
  const defaults = { ...searchLimits };
  const run = async (limits: typeof searchLimits) => {
    Object.assign(searchLimits, limits);
    try {
      return await read();
    } finally {
      Object.assign(searchLimits, defaults);
    }
  };
  return [
    await run(defaults),
    await run({ fewMatches: 0, walkWindow: 1_000_000 }),
    await run({ fewMatches: 0, walkWindow: 0 }),
  ];
}
