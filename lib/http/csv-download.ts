import "server-only";
import { toAppError } from "@/lib/to-app-error";

/**
 * Streams CSV lines as a download. The first line is pulled before answering, so a refusal
 * (403, 400, 503 in an outage) is a proper status rather than a broken file.
 */
export async function csvDownload(lines: AsyncGenerator<string>, filename: string): Promise<Response> {
  let first: IteratorResult<string>;
  try {
    first = await lines.next();
  } catch (error) {
    const refusal = toAppError(error);
    return new Response(refusal.message, { status: refusal.status, headers: refusal.headers });
  }
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (!first.done) controller.enqueue(encoder.encode(first.value));
    },
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "cache-control": "no-store",
      "content-disposition": `attachment; filename="${filename}-${new Date().toISOString().slice(0, 10)}.csv"`,
    },
  });
}
