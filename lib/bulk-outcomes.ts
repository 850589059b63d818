import "server-only";
import { isAppError } from "./errors";

export type BulkOutcome = { id: string; ok: true } | { id: string; ok: false; message: string };

/**
 * Runs one action per chosen row, each on its own (its own transaction and policy check), so a
 * row the actor may not touch, or that someone else changed first, is reported beside the
 * others instead of undoing them. Errors that are not the domain's own still throw.
 */
export async function eachChosen(
  ids: readonly string[],
  run: (id: string) => Promise<unknown>,
): Promise<BulkOutcome[]> {
  const outcomes: BulkOutcome[] = [];
  for (const id of new Set(ids)) {
    try {
      await run(id);
      outcomes.push({ id, ok: true });
    } catch (error) {
      if (!isAppError(error)) throw error;
      outcomes.push({ id, ok: false, message: error.message });
    }
  }
  return outcomes;
}
