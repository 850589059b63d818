import { getSessionActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { exportOrganizationsCsv } from "@/lib/organizations/list-organizations";

/** The filtered organizations list as a CSV download, streamed. */
export async function GET(request: Request) {
  const actor = await getSessionActor();
  if (!actor) return new Response("Sign in first.", { status: 401 });
  const filter = Object.fromEntries(new URL(request.url).searchParams);
  const lines: AsyncGenerator<string> = exportOrganizationsCsv({ actor, filter });
  // Pull the first line before answering, so a refusal is a proper status, not a broken download.
  let first: IteratorResult<string>;
  try {
    first = await lines.next();
  } catch (error) {
    if (isAppError(error)) return new Response(error.message, { status: error.status });
    throw error;
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
      "content-disposition": `attachment; filename="organizations-${new Date().toISOString().slice(0, 10)}.csv"`,
    },
  });
}
