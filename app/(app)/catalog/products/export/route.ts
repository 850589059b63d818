import { getSessionActor } from "@/lib/auth/session";
import { exportProductsCsv } from "@/lib/catalog/import-export-products";
import { csvDownload } from "@/lib/http/csv-download";

/** The filtered product list as a CSV download, in the columns the import reads. */
export async function GET(request: Request) {
  const actor = await getSessionActor();
  if (!actor) return new Response("Sign in first.", { status: 401 });
  const { tab: _tab, ...filter } = Object.fromEntries(new URL(request.url).searchParams);
  const scoped = actor.platformAdmin
    ? filter
    : { ...filter, providerOrganizationId: actor.organizationId ?? undefined };
  return csvDownload(exportProductsCsv({ actor, filter: scoped }), "products");
}
