import "server-only";
import { getDb } from "@/db/open";
import type { Actor } from "@/lib/auth/actor";
import type { BundleView } from "./bundle-view-schema";
import { loadBundle } from "./load-bundle";
import { presentBundles } from "./present-bundle";

/** One bundle, for its customer, its provider or a platform admin; anyone else gets 404. */
export async function getBundle({ actor, id }: { actor: Actor; id: string }): Promise<BundleView> {
  const db = await getDb();
  const { bundle } = await loadBundle(db, actor, id, "read");
  const [view] = await presentBundles(db, [bundle]);
  return view!;
}
