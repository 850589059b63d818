import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/actions/action";

/**
 * Puts a server action's answer where a person will see it: field errors on their fields
 * (the same messages the API returns in `invalidFields`), focus on the first of them, anything
 * else as a toast.
 * Answers the data on success, undefined otherwise.
 */
export function applyActionResult<T, F extends FieldValues>(
  result: ActionResult<T>,
  setError: UseFormSetError<F>,
  fieldNames: readonly string[],
): T | undefined {
  if (result.status === "success") return result.data;
  if (result.status === "invalid") {
    // In the form's order, so focus lands on the first invalid field a long form shows.
    const invalid = fieldNames.filter((name) => name in result.fieldErrors);
    invalid.forEach((name, i) =>
      setError(
        name as Path<F>,
        { type: "server", message: result.fieldErrors[name] },
        { shouldFocus: i === 0 },
      ),
    );
    const shown = invalid.length > 0;
    if (!shown) toast.error(result.message);
    return undefined;
  }
  toast.error(result.message);
  return undefined;
}
