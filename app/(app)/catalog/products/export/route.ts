import { getSessionActor } from "@/lib/auth/session";
import { exportEditorProductsCsv } from "@/lib/catalog/catalog-editor";
import { csvDownload } from "@/lib/http/csv-download";

/** The catalog editor's filtered product list as a CSV download, in the columns the import reads. */
export async function GET(request: Request) {
  const actor = await getSessionActor();
  if (!actor) return new Response("Sign in first.", { status: 401 });
  const { tab: _tab, ...filter } = Object.fromEntries(new URL(request.url).searchParams);
  return csvDownload(exportEditorProductsCsv({ actor, filter }), "products");
}
