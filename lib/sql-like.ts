/** LIKE treats `%`, `_` and `\` as wildcards or escapes: a user's text must match literally. */
export const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** An ILIKE pattern matching any text that contains `value`. */
export const containing = (value: string) => `%${escapeLike(value)}%`;
