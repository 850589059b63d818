import { AppError } from "@/lib/errors";

/** `application/json` and structured `+json` types (e.g. `application/astra-subscription+json`). */
const jsonMediaType = /^application\/([\w.-]+\+)?json$/i;

/**
 * Reads a request body up to `maxBytes`: 413 past it, counted while reading rather than
 * trusted from Content-Length alone.
 */
export async function readRawBody(request: Request, maxBytes: number): Promise<Buffer> {
  const tooLarge = () =>
    new AppError("payload_too_large", `The request body must be at most ${maxBytes} bytes.`);
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let received = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  return Buffer.concat(chunks);
}

/**
 * Reads a JSON request body: 415 for another media type (than `mediaTypes`, when given), 413
 * past `maxBytes`, 400 for text that is not JSON. Answers the parsed value and the exact text,
 * which idempotency hashes.
 */
export async function readJsonBody(
  request: Request,
  maxBytes: number,
  mediaTypes?: readonly string[],
): Promise<{ value: unknown; text: string }> {
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0]!.trim();
  const accepted = mediaTypes ? mediaTypes.includes(mediaType.toLowerCase()) : jsonMediaType.test(mediaType);
  if (!accepted) {
    const names = mediaTypes ?? ["application/json"];
    throw new AppError("unsupported_media_type", `The request body must be sent as ${names.join(" or ")}.`, {
      headers: { "Accept-Post": names.join(", ") },
    });
  }
  const text = (await readRawBody(request, maxBytes)).toString("utf8");
  try {
    return { value: JSON.parse(text), text };
  } catch {
    throw new AppError("malformed_json", "The request body is not valid JSON.");
  }
}
