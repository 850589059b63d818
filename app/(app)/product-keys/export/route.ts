import { getSessionActor } from "@/lib/auth/session";
import { csvDownload } from "@/lib/http/csv-download";
import { exportProductKeysCsv } from "./export-product-keys";

/** The filtered keys list — every page of it — as a CSV download, in the reader's scope. */
export async function GET(request: Request) {
  const actor = await getSessionActor();
  if (!actor) return new Response("Sign in first.", { status: 401 });
  const filter = Object.fromEntries(new URL(request.url).searchParams);
  return csvDownload(exportProductKeysCsv({ actor, filter }), "product-keys");
}
