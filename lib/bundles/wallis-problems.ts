import { AppError, type ErrorCode } from "@/lib/errors";
import { problemBodyResponse, problemType, type ProblemRenderer } from "@/lib/http/problem";
import { now } from "@/lib/clock";

/**
 * The wallis marketplace's error shape, `{message, timestamp, traceId, type}`. Wallis answers
 * a missing element and a resource conflict alike with 400 ("Bad Request (e.g. element not
 * found or resource conflict)"), so those do here too; `type` still tells them apart
 * (/problems/not-found, /problems/conflict, …). Every other status is Subdesk's own.
 */
const asBadRequest: ReadonlySet<ErrorCode> = new Set(["not_found", "conflict", "stale_change_sequence"]);

export const wallisProblemRenderer: ProblemRenderer = (error, correlationId) => {
  const answered = asBadRequest.has(error.code)
    ? new AppError("invalid_input", error.message, {
        invalidFields: error.invalidFields,
        headers: error.headers,
      })
    : error;
  const body = {
    message: error.message,
    timestamp: now().toISOString(),
    traceId: correlationId,
    type: problemType(error.code),
    ...(error.invalidFields.length ? { invalidFields: error.invalidFields } : {}),
  };
  return problemBodyResponse(body, answered, correlationId);
};

export const wallisProblemSchema = {
  type: "object",
  required: ["message", "timestamp", "traceId", "type"],
  description:
    "The wallis marketplace's error. A missing element and a resource conflict (an illegal state change, a plan " +
    "already in the bundle, a stale changeSequence, a secret already shown) both answer 400; `type` names the " +
    "problem: /problems/not-found, /problems/conflict, /problems/stale-change-sequence, /problems/invalid-input, " +
    "/problems/forbidden (403: missing permission, or a missing or foreign organization-id), …",
  properties: {
    message: { type: "string" },
    timestamp: { type: "string", format: "date-time" },
    traceId: { type: "string", description: "Quote it when reporting a problem; also in x-correlation-id" },
    type: { type: "string" },
    invalidFields: {
      type: "array",
      items: {
        type: "object",
        required: ["name", "reason"],
        properties: { name: { type: "string" }, reason: { type: "string" } },
      },
    },
  },
};

export const wallisProblems = {
  render: wallisProblemRenderer,
  schemaName: "WallisProblem",
  schema: wallisProblemSchema,
};
