/** Image bytes with the type checked at upload; browsers must not guess another one. */
export function imageResponse(
  contentType: string,
  data: Buffer,
  headers: Record<string, string> = {},
): Response {
  return new Response(new Uint8Array(data), {
    headers: {
      ...headers,
      "content-type": contentType,
      "x-content-type-options": "nosniff",
      "cache-control": "private, max-age=60",
    },
  });
}
