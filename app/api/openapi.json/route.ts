import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";

export function GET() {
  return Response.json(buildOpenApiDocument());
}
