/** The error and the errors it wraps: drizzle wraps the driver's error as `cause`. */
function* chainOf(error: unknown): Generator<{ code?: unknown; message?: unknown; errors?: unknown }> {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const current = e as { code?: unknown; message?: unknown; errors?: unknown; cause?: unknown };
    yield current;
    // Node reports a refused connection to every address of a host as one AggregateError.
    if (Array.isArray(current.errors)) for (const inner of current.errors) yield* chainOf(inner);
    e = current.cause;
  }
}

/** PostgreSQL's unique-violation code (23505), as node-postgres or PGlite (via drizzle's cause) report it. */
export function isUniqueViolation(error: unknown): boolean {
  for (const e of chainOf(error)) if (e.code === "23505") return true;
  return false;
}

/** Socket errors: the server is not there or went away. */
const networkCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/**
 * SQLSTATEs that say "not now" rather than "not this": the server shuts down (57P01, 57P02),
 * is starting or recovering (57P03), has no connection slot left (53300), or the connection
 * failed (class 08).
 */
const unavailableStates = new Set(["57P01", "57P02", "57P03", "53300"]);

/** node-postgres and pg-pool throw these as plain Errors, without a code. */
const unavailableMessages = [
  /^Connection terminated/, // the server closed the socket, or the connection timed out
  /^timeout exceeded when trying to connect/, // every pool client busy for connectionTimeoutMillis
  /connection error and is not queryable/,
];

/**
 * Whether an error means the database cannot be reached right now (an outage, a restart, a
 * full pool) — something a retry in a few seconds may fix, unlike a bug or a bad query.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chainOf(error)) {
    if (typeof e.code === "string") {
      if (networkCodes.has(e.code) || unavailableStates.has(e.code) || /^08[0-9A-Z]{3}$/.test(e.code))
        return true;
    }
    if (
      typeof e.message === "string" &&
      unavailableMessages.some((pattern) => pattern.test(e.message as string))
    )
      return true;
  }
  return false;
}
