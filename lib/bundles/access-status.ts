import "server-only";
import { getDb } from "@/db/open";
import type { Bundle } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/validation";
import { saveBundle } from "./bundle-history";
import { accessStatusSchema } from "./bundle-schemas";
import { loadBundle } from "./load-bundle";

/**
 * The provider allows or blocks the customer's access to its site (wallis' `accessStatus`),
 * with a note saying why; the audit trail keeps every switch.
 */
export async function updateAccessStatus({
  actor,
  id,
  input,
}: {
  actor: Actor;
  id: string;
  input: unknown;
}): Promise<Bundle> {
  const { access, accessNote } = parseInput(accessStatusSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { bundle } = await loadBundle(tx, actor, id, "decideRequest");
    return saveBundle(
      tx,
      actor,
      bundle,
      { accessAllowed: access, accessNote: accessNote ?? null },
      {
        action: access ? "access.allow" : "access.block",
        after: { access, accessNote: accessNote ?? null },
      },
    );
  });
}
