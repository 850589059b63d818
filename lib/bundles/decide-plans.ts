import "server-only";
import { getDb } from "@/db/open";
import type { Bundle } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { deliverEmails } from "@/lib/email/deliver-emails";
import { parseInput } from "@/lib/validation";
import { applyDecisions } from "./apply-decisions";
import { decidePlansSchema } from "./bundle-schemas";
import { loadBundle } from "./load-bundle";

/**
 * The provider's approver decides plans of a request: approve some, reject others (each
 * rejection with the note the customer reads). The bundle's state follows from its plans;
 * approved plans become subscriptions, and their products get access.
 */
export async function decidePlans({
  actor,
  id,
  input,
}: {
  actor: Actor;
  id: string;
  input: unknown;
}): Promise<Bundle> {
  const { decisions, changeSequence } = parseInput(decidePlansSchema, input);
  const db = await getDb();
  const { bundle, queued } = await db.transaction(async (tx) => {
    const { bundle: before } = await loadBundle(tx, actor, id, "decideRequest", changeSequence);
    return applyDecisions(tx, actor, before, decisions);
  });
  await deliverEmails(queued);
  return bundle;
}
