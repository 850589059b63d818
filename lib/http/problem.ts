import { type AppError, errorCatalogue, type ErrorCode, type InvalidField } from "@/lib/errors";

/** RFC 9457 problem details, with the `correlationID` and `invalidFields` members our clients expect. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  correlationID: string;
  invalidFields?: InvalidField[];
}

/** Problem types are relative URIs naming the catalogue entry; `/problems` documents them. */
export const problemType = (code: ErrorCode) => `/problems/${code.replaceAll("_", "-")}`;

export function toProblem(error: AppError, correlationId: string, instance?: string): Problem {
  return {
    type: problemType(error.code),
    title: errorCatalogue[error.code].title,
    status: error.status,
    detail: error.message,
    ...(instance ? { instance } : {}),
    correlationID: correlationId,
    ...(error.invalidFields.length ? { invalidFields: error.invalidFields } : {}),
  };
}

/** Turns an error into the answer a client gets; an API dialect (Astra's) brings its own. */
export type ProblemRenderer = (error: AppError, correlationId: string, instance: string) => Response;

export function problemResponse(error: AppError, correlationId: string, instance?: string): Response {
  return problemBodyResponse(toProblem(error, correlationId, instance), error, correlationId);
}

/** A problem body in whatever shape, with the status and headers every problem answer carries. */
export function problemBodyResponse(body: unknown, error: AppError, correlationId: string): Response {
  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: {
      "content-type": "application/problem+json",
      "x-correlation-id": correlationId,
      // An error describes one request at one moment: never serve it from a cache.
      "cache-control": "no-store",
      ...error.headers,
    },
  });
}
