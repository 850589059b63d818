import type { FieldValues, Resolver } from "react-hook-form";
import type * as z from "zod/v4/core";

/**
 * zodResolver for a shared schema that loads with the form's first validation instead of with
 * the page: zod is the largest part of a form's script, and nothing is validated before the
 * first submit. The schema is still the one the server action parses with, so the form and the
 * server cannot disagree. A failed load is retried on the next submit.
 */
export function lazyZodResolver<S extends z.$ZodType<unknown, FieldValues>>(
  loadSchema: () => Promise<S>,
): Resolver<z.input<S>, unknown, z.output<S>> {
  let loading: Promise<Resolver<z.input<S>, unknown, z.output<S>>> | undefined;
  return async (values, context, options) => {
    loading ??= Promise.all([loadSchema(), import("@hookform/resolvers/zod")]).then(
      ([schema, { zodResolver }]) => zodResolver(schema),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return (await loading)(values, context, options);
  };
}
