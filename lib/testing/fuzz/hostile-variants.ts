import fc from "fast-check";
import { hostileValue } from "./hostile-values";

type Path = (string | number)[];

/** Every place inside a JSON value that a mutation can hit: properties and array items. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => [[...prefix, i], ...pathsOf(item, [...prefix, i])]);
  }
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) => [
      [...prefix, key],
      ...pathsOf(inner, [...prefix, key]),
    ]);
  }
  return [];
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  return path
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root) as Record<
    string | number,
    unknown
  >;
}

export type Mutation = "replace" | "delete" | "pollute";

/**
 * A near-valid value with one hostile change at a chosen place: a field replaced by a
 * hostile value, a field removed, or a prototype-polluting key added.
 */
export function mutate(value: unknown, pick: number, how: Mutation, hostile: unknown): unknown {
  const paths = pathsOf(value);
  if (paths.length === 0 || typeof value !== "object" || value === null) return hostile;
  const copy = clone(value);
  const path = paths[pick % paths.length]!;
  const parent = parentOf(copy, path);
  const key = path.at(-1)!;
  if (how === "delete" && !Array.isArray(parent)) delete parent[key];
  else if (how === "pollute") {
    Object.defineProperty(parent, "__proto__", { value: hostile, enumerable: true, writable: true });
  } else parent[key] = hostile;
  return copy;
}

/** Valid-looking values of a schema, most with one hostile change, some whole replacements. */
export const hostileVariantOf = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(
          valid,
          fc.nat(),
          fc.constantFrom<Mutation>("replace", "replace", "delete", "pollute"),
          hostileValue,
        )
        .map(([value, pick, how, hostile]) => mutate(value, pick, how, hostile)),
    },
    { weight: 2, arbitrary: valid },
    { weight: 2, arbitrary: hostileValue },
  );
