/**
 * The error catalogue: one code per case, each with its HTTP status and the title people see.
 * The domain layer throws AppError; the REST API turns it into problem+json and forms into
 * field errors or a toast. Anything else that is thrown is logged and shown as "internal".
 */
export const errorCatalogue = {
  invalid_input: { status: 400, title: "Invalid input" },
  malformed_json: { status: 400, title: "Malformed JSON" },
  malformed_request: { status: 400, title: "Malformed request" },
  unauthenticated: { status: 401, title: "Authentication required" },
  forbidden: { status: 403, title: "Operation not permitted" },
  not_found: { status: 404, title: "Not found" },
  method_not_allowed: { status: 405, title: "Method not allowed" },
  conflict: { status: 409, title: "Conflict" },
  stale_change_sequence: { status: 409, title: "Changed by someone else" },
  idempotency_in_progress: { status: 409, title: "Request already in progress" },
  payload_too_large: { status: 413, title: "Payload too large" },
  unsupported_media_type: { status: 415, title: "Unsupported media type" },
  idempotency_key_reused: { status: 422, title: "Idempotency key reused" },
  rate_limited: { status: 429, title: "Too many requests" },
  request_header_too_large: { status: 431, title: "Request header fields too large" },
  internal: { status: 500, title: "Internal error" },
  unavailable: { status: 503, title: "Service unavailable" },
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

export interface InvalidField {
  name: string;
  reason: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly invalidFields: InvalidField[];
  /** Extra response headers, such as Retry-After or Allow. */
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    detail?: string,
    options: { invalidFields?: InvalidField[]; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? errorCatalogue[code].title);
    this.name = "AppError";
    this.code = code;
    this.invalidFields = options.invalidFields ?? [];
    this.headers = options.headers ?? {};
  }

  get status(): number {
    return errorCatalogue[this.code].status;
  }
}

export const notFound = (what = "resource") => new AppError("not_found", `The ${what} was not found.`);

export const forbidden = (detail = "You are not allowed to do this.") => new AppError("forbidden", detail);

export const staleChangeSequence = (what = "record") =>
  new AppError(
    "stale_change_sequence",
    `The ${what} was changed by someone else since you loaded it. Reload it and apply your change again.`,
    { invalidFields: [{ name: "changeSequence", reason: "is stale" }] },
  );

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
