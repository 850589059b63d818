import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { HttpMethod } from "@/lib/http/operation";
import { callRoute } from "@/lib/testing/call-route";
import { makeFuzzWorld, type FuzzWorld } from "@/lib/testing/fuzz/fuzz-world";
import { requestCases, type DocumentedOperation, type RequestCase } from "@/lib/testing/fuzz/request-cases";
import { routeHandlerFor } from "@/lib/testing/fuzz/route-handlers";
import { buildOpenApiDocument } from "./build-openapi-document";

// Deterministic by default so CI failures reproduce; FUZZ_SEED explores other inputs.
const seed = Number(process.env.FUZZ_SEED ?? 20_260_731);
const minimumRequests = 3_000;

const document = buildOpenApiDocument();
/** How many inputs an operation takes: its parameters and its body's top-level fields. */
const inputsOf = (operation: DocumentedOperation) => {
  const body = operation.requestBody?.content["application/json"]?.schema;
  const fields = Object.keys(body?.properties ?? {}).length + (body?.allOf ? 6 : 0);
  return (operation.parameters?.length ?? 0) + fields + (operation.requestBody ? 1 : 0);
};

const documented = Object.entries(document.paths).flatMap(([apiPath, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({
    apiPath,
    method: method.toUpperCase() as HttpMethod,
    operation: operation as DocumentedOperation & { operationId: string },
  })),
);
// Requests are shared out by inputs: an operation with twenty fields gets more than `GET /api/me`.
const totalInputs = documented.reduce((sum, { operation }) => sum + 1 + inputsOf(operation), 0);
const operations = documented.map((entry) => ({
  ...entry,
  runs: Math.max(10, Math.ceil((minimumRequests * 1.05 * (1 + inputsOf(entry.operation))) / totalInputs)),
}));
const plannedRequests = operations.reduce((sum, { runs }) => sum + runs, 0);
const statuses = new Map<number, number>();
let sent = 0;
let world: FuzzWorld | undefined;
let worldUntouched = false;

/** Long strings shortened, so a failure prints readably. */
const printable = (value: unknown) =>
  JSON.stringify(
    value,
    (_key, inner: unknown) =>
      typeof inner === "string" && inner.length > 120
        ? `${inner.slice(0, 60)}…(${inner.length} chars)`
        : inner instanceof Uint8Array
          ? `<${inner.length} bytes>`
          : inner,
    1,
  );

// A URL cannot carry a lone surrogate; the handler still gets it raw in `params`.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function urlFor(apiPath: string, request: RequestCase) {
  const path = apiPath.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(request.params[name]!.replace(loneSurrogate, "\ufffd")),
  );
  const query = new URLSearchParams(request.query).toString();
  return query ? `${path}?${query}` : path;
}

async function send(world: FuzzWorld, apiPath: string, method: HttpMethod, request: RequestCase) {
  const headers: Record<string, string> = {};
  if (request.idempotencyKey !== undefined) headers["idempotency-key"] = request.idempotencyKey;
  const organization = request.organization;
  if (organization !== undefined) {
    headers["organization-id"] =
      organization === "own"
        ? world.organizations[request.identity]
        : organization === "other"
          ? world.organizations.other
          : organization.text;
  }
  const body = request.body;
  if (body?.kind === "text") headers["content-type"] = body.contentType;
  const answer = await callRoute(await routeHandlerFor(apiPath, method), {
    method,
    path: urlFor(apiPath, request),
    apiKey: world.keys[request.identity],
    params: request.params,
    headers,
    ...(body?.kind === "json" ? { body: body.value } : {}),
    ...(body?.kind === "text" ? { rawBody: body.text } : {}),
    ...(body?.kind === "bytes" ? { rawBody: body.bytes } : {}),
  });
  sent += 1;
  statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
  return answer;
}

describe(`every documented operation, fuzzed (seed ${seed})`, () => {
  console.info(
    `API fuzz: seed ${seed} (set FUZZ_SEED to vary), ${operations.length} operations, ${plannedRequests} requests`,
  );

  it.each(operations)(
    "$method $apiPath answers no 5xx and only problem+json errors",
    async ({ apiPath, method, operation, runs }) => {
      // Reads change nothing, so they share a world; any other method may have spoiled it.
      const target = world && worldUntouched ? world : await makeFuzzWorld();
      world = target;
      worldUntouched = method === "GET";
      await fc.assert(
        fc.asyncProperty(requestCases(apiPath, operation, target.idFor), async (request) => {
          const answer = await send(target, apiPath, method, request);
          const failure =
            answer.status >= 500
              ? `answered ${answer.status}`
              : answer.status >= 400 && answer.contentType !== "application/problem+json"
                ? `answered ${answer.status} as ${answer.contentType ?? "no content type"}`
                : null;
          if (failure) {
            throw new Error(
              `${operation.operationId} (${method} ${urlFor(apiPath, request).slice(0, 300)}) ${failure}\n` +
                `request: ${printable(request)}\nanswer: ${printable(answer.body)}`,
            );
          }
        }),
        { seed, numRuns: runs },
      );
    },
    180_000,
  );

  it(`sent at least ${minimumRequests} requests`, () => {
    expect(sent).toBeGreaterThanOrEqual(minimumRequests);
  });

  afterAll(() => {
    const histogram = [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`);
    console.info(`API fuzz: ${sent} requests, seed ${seed}; answers ${histogram.join(" ")}`);
  });
});
