import { getSessionActor } from "@/lib/auth/session";
import { csvDownload } from "@/lib/http/csv-download";
import { exportOrganizationsCsv } from "@/lib/organizations/list-organizations";

/** The filtered organizations list as a CSV download. */
export async function GET(request: Request) {
  const actor = await getSessionActor();
  if (!actor) return new Response("Sign in first.", { status: 401 });
  const filter = Object.fromEntries(new URL(request.url).searchParams);
  return csvDownload(exportOrganizationsCsv({ actor, filter }), "organizations");
}
