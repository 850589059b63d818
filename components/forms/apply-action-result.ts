import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/actions/action";

/**
 * Puts a server action's answer where a person will see it: field errors on their fields
 * (the same messages the API returns in `invalidFields`), anything else as a toast.
 * Answers the data on success, undefined otherwise.
 */
export function applyActionResult<T, F extends FieldValues>(
  result: ActionResult<T>,
  setError: UseFormSetError<F>,
  fieldNames: readonly string[],
): T | undefined {
  if (result.status === "success") return result.data;
  if (result.status === "invalid") {
    let shown = false;
    for (const [name, message] of Object.entries(result.fieldErrors)) {
      if (fieldNames.includes(name)) {
        setError(name as Path<F>, { type: "server", message });
        shown = true;
      }
    }
    if (!shown) toast.error(result.message);
    return undefined;
  }
  toast.error(result.message);
  return undefined;
}
