import { z } from "zod";
import { errorCatalogue } from "@/lib/errors";
import type { Operation } from "@/lib/http/operation";
import { operations } from "./operations";

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: "input" | "output"): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
};

function parametersOf(schema: z.ZodType | undefined, location: "path" | "query" | "header") {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => {
    const fieldSchema = toSchema(field, "input");
    return {
      name,
      in: location,
      required: location === "path" || !field.safeParse(undefined).success,
      ...(fieldSchema.description ? { description: fieldSchema.description } : {}),
      schema: fieldSchema,
    };
  });
}

const problemSchema: JsonSchema = {
  type: "object",
  required: ["type", "title", "status", "detail", "correlationID"],
  properties: {
    type: { type: "string", description: "URI reference naming the problem, e.g. /problems/not-found" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    instance: { type: "string" },
    correlationID: {
      type: "string",
      description: "Quote it when reporting a problem; also in x-correlation-id",
    },
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

function errorStatuses(operation: Operation): number[] {
  const statuses = new Set<number>([500]);
  if (operation.auth !== "none") [401, 403, 429].forEach((s) => statuses.add(s));
  if (operation.query || operation.body) statuses.add(400);
  if (operation.params) statuses.add(404);
  if (operation.body) [409, 413, 415].forEach((s) => statuses.add(s));
  if (operation.method === "POST") statuses.add(422);
  if (operation.auth === "none") statuses.add(503);
  return [...statuses].sort();
}

const titleOf = (status: number) =>
  Object.values(errorCatalogue).find((entry) => entry.status === status)?.title ?? "Error";

function requestBodyOf(operation: Operation) {
  if (operation.body) {
    const schema = toSchema(operation.body, "input");
    const mediaTypes = operation.bodyMediaTypes ?? ["application/json"];
    return {
      requestBody: {
        required: true,
        content: Object.fromEntries(mediaTypes.map((type) => [type, { schema }])),
      },
    };
  }
  if (operation.rawBody) {
    const schema = {
      type: "string",
      contentMediaType: "application/octet-stream",
      maxLength: operation.rawBody.maxBytes,
    };
    return { requestBody: { required: true, content: { "application/octet-stream": { schema } } } };
  }
  return {};
}

function operationObject(operationId: string, operation: Operation) {
  const status = operation.status ?? 200;
  const parameters = [
    ...parametersOf(operation.params, "path"),
    ...parametersOf(operation.query, "query"),
    ...parametersOf(operation.headers, "header"),
  ];
  if (operation.method === "POST") {
    parameters.push({
      name: "Idempotency-Key",
      in: "header",
      required: false,
      description:
        "Retries with the same key and body answer the first response for 24 hours; another body answers 422.",
      schema: { type: "string", maxLength: 255 },
    });
  }
  const responses: Record<string, unknown> = {
    [status]: {
      description: status === 204 ? "No content" : "Success",
      ...(operation.result && status !== 204
        ? { content: { "application/json": { schema: toSchema(operation.result, "output") } } }
        : {}),
    },
  };
  for (const [other, { description, result }] of Object.entries(operation.otherResponses ?? {})) {
    responses[other] = {
      description,
      ...(result ? { content: { "application/json": { schema: toSchema(result, "output") } } } : {}),
    };
  }
  const problem = operation.problemDialect?.schemaName ?? "Problem";
  for (const errorStatus of errorStatuses(operation)) {
    responses[errorStatus] = {
      description: titleOf(errorStatus),
      content: { "application/problem+json": { schema: { $ref: `#/components/schemas/${problem}` } } },
    };
  }
  return {
    operationId,
    summary: operation.summary,
    ...(operation.description || operation.platformOnly
      ? {
          description: [operation.description, operation.platformOnly ? "Platform keys only." : ""]
            .filter(Boolean)
            .join(" "),
        }
      : {}),
    tags: [operation.tag],
    security: operation.auth === "none" ? [] : [{ apiKey: [] }],
    ...(parameters.length ? { parameters } : {}),
    ...requestBodyOf(operation),
    responses,
  };
}

/** The OpenAPI 3.1 document, generated from the same zod schemas the handlers validate with. */
export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, JsonSchema> = { Problem: problemSchema };
  for (const [operationId, operation] of Object.entries(operations)) {
    const dialect = operation.problemDialect;
    if (dialect) schemas[dialect.schemaName] = dialect.schema;
    paths[operation.path] ??= {};
    paths[operation.path]![operation.method.toLowerCase()] = operationObject(operationId, operation);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Subdesk API",
      version: "1.0.0",
      description:
        "Subscriptions and catalog. Authenticate with an `x-api-key` header (create keys under Settings → API keys). " +
        "Errors are RFC 9457 problem+json.",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      securitySchemes: { apiKey: { type: "apiKey", in: "header", name: "x-api-key" } },
      schemas,
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
