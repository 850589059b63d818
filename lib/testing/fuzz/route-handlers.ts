import path from "node:path";
import type { HttpMethod } from "@/lib/http/operation";

export type RouteHandler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;

const root = path.resolve(import.meta.dirname, "../../..");

/** `/api/products/{id}/plans` → the handler exported by app/api/products/[id]/plans/route.ts. */
export async function routeHandlerFor(apiPath: string, method: HttpMethod): Promise<RouteHandler> {
  const folder = apiPath.replace(/^\//, "").replace(/\{(\w+)\}/g, "[$1]");
  const file = path.join(root, "app", folder, "route.ts");
  const exported = (await import(file)) as Partial<Record<HttpMethod, RouteHandler>>;
  const handler = exported[method];
  if (!handler) throw new Error(`${file} exports no ${method} handler`);
  return handler;
}
