import type { z } from "zod";
import type { ProblemRenderer } from "./problem";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * One REST operation's contract: the route handler validates with these schemas and the
 * OpenAPI document is generated from the very same ones, so the two cannot drift apart.
 */
export interface Operation<
  Body extends z.ZodType | undefined = z.ZodType | undefined,
  Query extends z.ZodType | undefined = z.ZodType | undefined,
  Params extends z.ZodType | undefined = z.ZodType | undefined,
  Result extends z.ZodType | undefined = z.ZodType | undefined,
> {
  method: HttpMethod;
  /** OpenAPI path, e.g. `/api/api-keys/{id}`. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  /** `apiKey` (default): an `x-api-key` is required. `none`: public. */
  auth?: "apiKey" | "none";
  /** Only platform keys may call it (documented; the domain layer enforces it). */
  platformOnly?: boolean;
  body?: Body;
  /**
   * The media types a JSON body may be sent as (documented, and anything else answers 415).
   * Absent: application/json and any structured `+json` type.
   */
  bodyMediaTypes?: readonly string[];
  /**
   * An API that speaks another system's dialect (Astra's) answers its errors in that system's
   * problem shape: how they are written, and that shape's JSON schema for the OpenAPI document.
   */
  problemDialect?: { render: ProblemRenderer; schemaName: string; schema: Record<string, unknown> };
  /** The body is not JSON but raw bytes (an upload), handed to the handler as a Buffer. */
  rawBody?: { maxBytes: number };
  query?: Query;
  params?: Params;
  /** Request headers the operation requires (documented; the handler reads and checks them). */
  headers?: z.ZodType;
  result?: Result;
  /** Other success answers a handler may give with a `StatusResult`, for the OpenAPI document. */
  otherResponses?: Partial<Record<200 | 201 | 202 | 204, { description: string; result?: z.ZodType }>>;
  /** Success status: 200 by default, 201 for creations, 204 for no content. */
  status?: 200 | 201 | 202 | 204;
  /**
   * What an idempotent replay may keep of the response body. Creating an API key keeps
   * everything but the secret, which must never be stored.
   */
  storedResult?: (result: unknown) => unknown;
}

export const defineOperation = <
  Body extends z.ZodType | undefined = undefined,
  Query extends z.ZodType | undefined = undefined,
  Params extends z.ZodType | undefined = undefined,
  Result extends z.ZodType | undefined = undefined,
>(
  operation: Operation<Body, Query, Params, Result>,
) => operation;
