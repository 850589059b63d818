import type { FieldValues, Resolver } from "react-hook-form";
import type * as z from "zod/v4/core";

type Schema = z.$ZodType<unknown, FieldValues>;

/**
 * zodResolver for a shared schema that loads with the form's first validation instead of with
 * the page: zod is the largest part of a form's script, and nothing is validated before the
 * first submit. The schema is still the one the server action parses with, so the form and the
 * server cannot disagree. A failed load is retried on the next submit.
 *
 * `{ raw: true }` (zodResolver's own option) submits the values as typed rather than as parsed,
 * for forms whose action parses the same schema again: a date stays the text the server expects.
 */
export function lazyZodResolver<S extends Schema>(
  loadSchema: () => Promise<S>,
): Resolver<z.input<S>, unknown, z.output<S>>;
export function lazyZodResolver<S extends Schema>(
  loadSchema: () => Promise<S>,
  options: { raw: true },
): Resolver<z.input<S>, unknown, z.input<S>>;
export function lazyZodResolver(
  loadSchema: () => Promise<Schema>,
  options?: { raw: true },
): Resolver<FieldValues, unknown, unknown> {
  let loading: Promise<Resolver<FieldValues, unknown, unknown>> | undefined;
  return async (values, context, resolverOptions) => {
    loading ??= Promise.all([loadSchema(), import("@hookform/resolvers/zod")]).then(
      ([schema, { zodResolver }]) =>
        options ? zodResolver(schema, undefined, options) : zodResolver(schema),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return (await loading)(values, context, resolverOptions);
  };
}
