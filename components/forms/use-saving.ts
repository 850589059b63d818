import { useCallback, useState } from "react";
import { flushSync } from "react-dom";

/**
 * Whether a form's save is on its way, to disable its fields then. Not react-hook-form's
 * `isSubmitting`, which also covers the check before the save: the first check loads the schema
 * (lazyZodResolver), and a field disabled meanwhile could not take its error's focus (the submit
 * button may keep `isSubmitting`). `whileSaving(action(values))` enables the fields again before
 * the answer is applied, so a field error from the server takes the focus too.
 */
export function useSaving() {
  const [saving, setSaving] = useState(false);
  const whileSaving = useCallback(async <T>(pending: Promise<T>): Promise<T> => {
    setSaving(true);
    try {
      return await pending;
    } finally {
      flushSync(() => setSaving(false));
    }
  }, []);
  return { saving, whileSaving };
}
