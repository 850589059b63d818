import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./build-openapi-document";

type Schema = { properties?: Record<string, Record<string, unknown>> };
type Operation = {
  parameters?: { name: string; schema: Record<string, unknown> }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
};

const document = buildOpenApiDocument();
const operation = (path: string, method: string) =>
  (document.paths[path] as Record<string, Operation>)[method]!;
const bodyProperty = (path: string, method: string, name: string) =>
  operation(path, method).requestBody!.content["application/json"]!.schema.properties![name];
const parameter = (path: string, method: string, name: string) =>
  operation(path, method).parameters!.find((p) => p.name === name)!.schema;

describe("the OpenAPI document", () => {
  it("states the bounds the input primitives enforce", () => {
    expect(bodyProperty("/api/products/{id}", "put", "changeSequence")).toMatchObject({
      type: "integer",
      minimum: 1,
      maximum: 2_147_483_647,
    });
    expect(bodyProperty("/api/products", "post", "numberOfCredits")).toMatchObject({
      anyOf: expect.arrayContaining([expect.objectContaining({ maximum: 2_147_483_647 })]),
    });
    expect(bodyProperty("/api/sign-up", "post", "name")).toMatchObject({ type: "string", maxLength: 120 });
    expect(bodyProperty("/api/sign-up", "post", "email")).toMatchObject({ format: "email", maxLength: 254 });
    expect(parameter("/api/products/{id}/plans/{planId}", "get", "version")).toMatchObject({
      minimum: 1,
      maximum: 2_147_483_647,
    });
    expect(parameter("/api/products", "get", "size")).toMatchObject({ minimum: 1, maximum: 200 });
    expect(parameter("/api/audit-events", "get", "cursor")).toMatchObject({ maxLength: 500 });
    expect(parameter("/api/audit-events", "get", "from")).toMatchObject({
      pattern: expect.any(String),
      description: expect.stringContaining("1900 to 9999"),
    });
  });
});
