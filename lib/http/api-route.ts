import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { authenticateApiKey } from "@/lib/api-keys/authenticate-api-key";
import type { Actor } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { requestFingerprint, withIdempotency } from "@/lib/idempotency/with-idempotency";
import { limitApiRequests, rateLimited } from "@/lib/rate-limit";
import { toAppError } from "@/lib/to-app-error";
import { parseInput } from "@/lib/validation";
import { clientAddress } from "./client-address";
import type { HttpMethod, Operation } from "./operation";
import { imageResponse } from "./image-response";
import { problemResponse, type ProblemRenderer } from "./problem";
import { readJsonBody, readRawBody } from "./read-body";

type Output<S> = S extends z.ZodType ? z.output<S> : undefined;

/* eslint-disable @typescript-eslint/no-explicit-any -- matching any operation's type parameters */
export type HandlerContext<Op> =
  Op extends Operation<infer Body, infer Query, infer Params, any>
    ? {
        actor: Actor;
        /**
         * The JSON body, unparsed: the domain function validates it with the same schema the
         * operation documents (`operation.body`), so it is validated once, as from a form.
         */
        body: Body extends z.ZodType ? unknown : undefined;
        query: Output<Query>;
        params: Output<Params>;
        /** The raw body, for operations that declare `rawBody`. */
        bytes: Buffer;
        request: Request;
      }
    : never;

type Result<Op> =
  Op extends Operation<any, any, any, infer R> ? (R extends z.ZodType ? z.input<R> : void) : void;
/* eslint-enable @typescript-eslint/no-explicit-any */

interface RouteContext {
  params: Promise<Record<string, string | string[] | undefined>>;
}

type RouteHandler = (request: Request, context: RouteContext) => Promise<Response>;

const methods: HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** A caller's correlation id is kept when it is sane, so their logs and ours line up. */
function correlationIdOf(request: Request): string {
  const given = request.headers.get("x-correlation-id");
  return given && /^[\w.:-]{8,100}$/.test(given) ? given : randomUUID();
}

/**
 * A handler answers one of these when the outcome decides the status (MasStack's change of
 * product: 201 done or scheduled, 202 held for review); it is documented in `otherResponses`.
 */
export class StatusResult {
  constructor(
    readonly status: 200 | 201 | 202 | 204,
    readonly body: unknown,
  ) {}
}

/** A handler answers one of these to send bytes (an image) instead of JSON. */
export class FileResult {
  constructor(
    readonly contentType: string,
    readonly data: Buffer,
  ) {}
}

function json(status: number, body: unknown, headers: Record<string, string>): Response {
  if (status === 204) return new Response(null, { status, headers });
  if (body instanceof FileResult) return imageResponse(body.contentType, body.data, headers);
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/**
 * Wraps a domain call as a route handler: authenticate the `x-api-key`, rate-limit, validate
 * the query and path with the operation's schemas, read the JSON body (the domain validates
 * it), honour `Idempotency-Key` on POST, call the domain, and map every failure to problem+json.
 */
export function endpoint<Op extends Operation>(
  operation: Op,
  handle: (context: HandlerContext<Op>) => Promise<Result<Op> | FileResult | StatusResult>,
): RouteHandler {
  return async (request, routeContext) => {
    const correlationId = correlationIdOf(request);
    const url = new URL(request.url);
    try {
      // Public operations (health) get no actor; their handlers do not look at it.
      const actor =
        operation.auth === "none"
          ? null
          : await authenticateApiKey(
              request.headers.get("x-api-key"),
              correlationId,
              clientAddress(request.headers),
            );
      const rateHeaders: Record<string, string> = {};
      if (actor) {
        const verdict = await limitApiRequests(actor.apiKeyId ?? "anonymous");
        rateHeaders["RateLimit-Limit"] = String(verdict.limit);
        rateHeaders["RateLimit-Remaining"] = String(verdict.remaining);
        if (!verdict.allowed) throw rateLimited(verdict.retryAfterSeconds, rateHeaders);
      }

      // A malformed id in the path answers like a missing one (404), never 400.
      const rawParams = await routeContext.params;
      const params = operation.params ? operation.params.safeParse(rawParams) : undefined;
      if (params && !params.success) throw new AppError("not_found", "The resource was not found.");
      const query = operation.query
        ? parseInput(operation.query, Object.fromEntries(url.searchParams))
        : undefined;

      let bodyText = "";
      let body: unknown;
      let bytes: Buffer = Buffer.alloc(0);
      if (operation.rawBody) bytes = await readRawBody(request, operation.rawBody.maxBytes);
      if (operation.body) {
        const read = await readJsonBody(request, env().API_MAX_BODY_BYTES, operation.bodyMediaTypes);
        bodyText = read.text;
        body = read.value;
      }

      const status = operation.status ?? 200;
      const run = async () => {
        const result = await handle({
          actor,
          body,
          query,
          params: params?.data,
          bytes,
          request,
        } as unknown as HandlerContext<Op>);
        const response =
          result instanceof StatusResult
            ? { status: result.status, body: result.body }
            : { status, body: result ?? null };
        const stored = operation.storedResult ? { status, body: operation.storedResult(result) } : response;
        return { response, stored };
      };

      const idempotencyKey = request.headers.get("idempotency-key");
      // An answer for a key holder is theirs alone: no cache, shared or private, keeps it.
      const headers = {
        "x-correlation-id": correlationId,
        ...rateHeaders,
        ...(actor ? { "cache-control": "no-store" } : {}),
      };
      if (request.method === "POST" && idempotencyKey !== null && actor) {
        const { response, replayed } = await withIdempotency(
          {
            scope: actor.organizationId ?? `platform:${actor.apiKeyId}`,
            key: idempotencyKey,
            fingerprint: requestFingerprint(request.method, url.pathname, bodyText),
          },
          run,
        );
        return json(
          response.status,
          response.body,
          replayed ? { ...headers, "Idempotent-Replayed": "true" } : headers,
        );
      }
      const { response } = await run();
      return json(response.status, response.body, headers);
    } catch (error) {
      const render = operation.problemDialect?.render ?? problemResponse;
      return render(toAppError(error, correlationId), correlationId, url.pathname);
    }
  };
}

/**
 * The exports of a route file: the given methods, and a problem+json 405 (with `Allow`)
 * for every other one, instead of Next.js's empty default (in the API's dialect, if it has one).
 */
export function apiRoute(
  handlers: Partial<Record<HttpMethod, RouteHandler>>,
  render: ProblemRenderer = problemResponse,
): Record<HttpMethod, RouteHandler> {
  const allow = methods.filter((method) => handlers[method]).join(", ");
  const notAllowed: RouteHandler = async (request) => {
    const correlationId = correlationIdOf(request);
    const error = new AppError(
      "method_not_allowed",
      `${request.method} is not supported here. Allowed: ${allow}.`,
      {
        headers: { Allow: allow },
      },
    );
    return render(error, correlationId, new URL(request.url).pathname);
  };
  return Object.fromEntries(methods.map((method) => [method, handlers[method] ?? notAllowed])) as Record<
    HttpMethod,
    RouteHandler
  >;
}

/** The answer to any /api path that does not exist. */
export async function apiNotFound(request: Request): Promise<Response> {
  const correlationId = correlationIdOf(request);
  const pathname = new URL(request.url).pathname;
  return problemResponse(
    new AppError("not_found", `There is no API at ${pathname}.`),
    correlationId,
    pathname,
  );
}
