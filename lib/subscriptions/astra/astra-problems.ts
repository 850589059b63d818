import { AppError, errorCatalogue, type ErrorCode, type InvalidField } from "@/lib/errors";
import { problemBodyResponse, problemType, type ProblemRenderer } from "@/lib/http/problem";

/**
 * Astra's problems: a numbered type URL, a fixed title and detail, and `status` as a string.
 * Clients tell problems apart by their type; what exactly was wrong goes into `invalidFields`
 * (the body) or `invalidParams` (the query), as `{name, reason}`.
 */
const problems = {
  1: {
    status: 404,
    title: "Resource not found",
    detail: "The resource specified in the request URI wasn't found.",
  },
  2: {
    status: 404,
    title: "Collection not found",
    detail: "The collection specified in the request URI wasn't found.",
  },
  // Astra authenticates with a bearer token; Subdesk with an x-api-key. The title stays Astra's.
  3: {
    status: 401,
    title: "Missing bearer token",
    detail: "The request is missing a valid x-api-key header.",
  },
  5: { status: 400, title: "Invalid query parameters", detail: "The supplied query parameters are invalid." },
  6: {
    status: 400,
    title: "Query parameters not supported",
    detail: "The supplied query parameters are not supported.",
  },
  7: { status: 400, title: "Invalid JSON payload", detail: "The request body is not valid JSON." },
  8: {
    status: 400,
    title: "Invalid JSON resource",
    detail: "The supplied JSON resource doesn't conform to the schema (schemaValidationFailure).",
  },
  9: {
    status: 400,
    title: "Invalid JSON resource",
    detail: "The supplied JSON resource didn't pass extended validation.",
  },
  10: {
    status: 409,
    title: "JSON resource conflict",
    detail: "The request body JSON contains a field that conflicts with an idempotent value.",
  },
  11: { status: 403, title: "Operation not permitted", detail: "The requested operation isn't permitted." },
} as const;

export type AstraProblemNumber = keyof typeof problems;

const astraType = (problem: AstraProblemNumber) => `https://astra.netapp.io/problems/${problem}`;

const codeOf: Record<(typeof problems)[AstraProblemNumber]["status"], ErrorCode> = {
  400: "invalid_input",
  401: "unauthenticated",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
};

/** An error that names its Astra problem itself (the ones no AppError code tells apart). */
export class AstraProblemError extends AppError {
  constructor(
    readonly problem: AstraProblemNumber,
    invalid: InvalidField[] = [],
  ) {
    super(codeOf[problems[problem].status], problems[problem].detail, { invalidFields: invalid });
  }
}

/** Where a route's bad input comes from, and what its missing things are. */
export interface AstraRouteKind {
  input: "query" | "body";
  notFound: "collection" | "resource";
}

function problemOf(error: AppError, route: AstraRouteKind): AstraProblemNumber | null {
  if (error instanceof AstraProblemError) return error.problem;
  const byCode: Partial<Record<ErrorCode, AstraProblemNumber>> = {
    unauthenticated: 3,
    forbidden: 11,
    not_found: route.notFound === "collection" ? 2 : 1,
    malformed_json: 7,
    invalid_input: route.input === "query" ? 5 : 9,
    conflict: 10,
    stale_change_sequence: 10,
  };
  return byCode[error.code] ?? null;
}

/**
 * Writes errors as Astra's problems. Failures Astra has no problem for (413, 415, 429, 5xx…)
 * keep Subdesk's problem type and detail, in Astra's shape (status as a string).
 */
export function astraProblemRenderer(route: AstraRouteKind): ProblemRenderer {
  return (error, correlationId) => {
    const problem = problemOf(error, route);
    const listName = problem === 5 || problem === 6 ? "invalidParams" : "invalidFields";
    const body = {
      ...(problem
        ? { type: astraType(problem), title: problems[problem].title, detail: problems[problem].detail }
        : { type: problemType(error.code), title: errorCatalogue[error.code].title, detail: error.message }),
      status: String(error.status),
      correlationID: correlationId,
      ...(error.invalidFields.length ? { [listName]: error.invalidFields } : {}),
    };
    return problemBodyResponse(body, error, correlationId);
  };
}

const nameReason = {
  type: "array",
  items: {
    type: "object",
    required: ["name", "reason"],
    properties: { name: { type: "string" }, reason: { type: "string" } },
  },
};

/** The shape in the OpenAPI document. */
export const astraProblemSchema = {
  type: "object",
  required: ["type", "title", "status"],
  description:
    "Astra's problem details. `type` names the problem: https://astra.netapp.io/problems/N — 1 Resource not found, " +
    "2 Collection not found, 3 Missing bearer token (a missing or invalid x-api-key), 5 Invalid query parameters, " +
    "6 Query parameters not supported, 7 Invalid JSON payload, 8 Invalid JSON resource (schema), 9 Invalid JSON " +
    "resource (extended validation), 10 JSON resource conflict, 11 Operation not permitted. Other failures (413, " +
    "415, 422, 429, 5xx) keep Subdesk's own /problems/… type.",
  properties: {
    type: { type: "string" },
    title: { type: "string" },
    detail: { type: "string" },
    status: { type: "string", description: 'The HTTP status as a string, e.g. "400"' },
    correlationID: { type: "string" },
    invalidFields: { ...nameReason, description: "Invalid request body fields" },
    invalidParams: { ...nameReason, description: "Invalid query parameters" },
  },
};

/** An Astra route's problem dialect, for its operations and its 405 answers. */
export const astraProblems = (route: AstraRouteKind) => ({
  render: astraProblemRenderer(route),
  schemaName: "AstraProblem",
  schema: astraProblemSchema,
});
