import { isDatabaseUnavailable, isUniqueViolation } from "./db-errors";
import { AppError, isAppError } from "./errors";

/** Seconds a client should wait before trying again after an outage: a restart takes about this long. */
export const outageRetryAfterSeconds = 5;

export const temporarilyUnavailable = () =>
  new AppError("unavailable", "The service is temporarily unavailable. Try again in a few seconds.", {
    headers: { "Retry-After": String(outageRetryAfterSeconds) },
  });

/**
 * The one mapping from anything thrown to an AppError, used by both front doors (the REST
 * route wrapper and the server-action wrapper), so an error answers alike through either:
 * - an AppError is the domain's own answer and passes as it is;
 * - a unique violation is a race two writers lost to each other: 409 conflict;
 * - a lost database (refused, terminated, shutting down, pool exhausted): 503 with Retry-After;
 * - anything else is our bug: logged with the correlation id, shown as "internal" with
 *   nothing of its message (which may hold SQL or data).
 */
export function toAppError(error: unknown, correlationId: string | null = null): AppError {
  if (isAppError(error)) return error;
  if (isUniqueViolation(error)) return new AppError("conflict", "This conflicts with an existing record.");
  const reference = correlationId ? ` ${correlationId}` : "";
  if (isDatabaseUnavailable(error)) {
    // One line, not the stack: an outage repeats on every request and the cause is all that matters.
    console.error(`[db] unavailable${reference}:`, describe(error));
    return temporarilyUnavailable();
  }
  console.error(`[error]${reference}`, error);
  return new AppError(
    "internal",
    correlationId
      ? `Something went wrong on our side. Quote ${correlationId} when you report it.`
      : "Something went wrong on our side. Please try again.",
  );
}

function describe(error: unknown): string {
  const cause = (error as { cause?: unknown })?.cause ?? error;
  return cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
}
