type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a route handler the way Next.js would, answering the status, headers and parsed body. */
export async function callRoute(
  handler: Handler,
  options: {
    method?: string;
    path: string;
    apiKey?: string;
    body?: unknown;
    rawBody?: string | Uint8Array<ArrayBuffer>;
    headers?: Record<string, string>;
    params?: Record<string, string>;
  },
) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.apiKey) headers["x-api-key"] = options.apiKey;
  let body: string | Uint8Array<ArrayBuffer> | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const request = new Request(`http://localhost${options.path}`, {
    method: options.method ?? "GET",
    headers,
    body,
  });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  const contentType = response.headers.get("content-type");
  return {
    status: response.status,
    headers: response.headers,
    contentType,
    // Images and other bytes come back as text; everything else the API says is JSON.
    body: !text ? null : /json/.test(contentType ?? "") ? JSON.parse(text) : text,
  };
}
