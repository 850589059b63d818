import "server-only";
import { getDb } from "@/db/open";
import type { Bundle } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertSubscriberWritable } from "@/lib/subscriptions/subscriber-organization";
import { parseInput } from "@/lib/validation";
import { contactFor } from "./bundle-contact";
import { saveBundle } from "./bundle-history";
import { updateBundleSchema } from "./bundle-schemas";
import { writeBusinessCases } from "./business-cases";
import { loadBundle } from "./load-bundle";
import { assertTransition } from "./transitions";

/**
 * Changes the customer's side of a bundle: its name, texts, look and contact at once, its
 * business cases at once in a draft and as `pendingText` after the request (the approvers
 * decided on the old text). Fields left out stay as they are.
 */
export async function updateBundle({
  actor,
  id,
  input,
}: {
  actor: Actor;
  id: string;
  input: unknown;
}): Promise<Bundle> {
  const { changeSequence, businessCases, contactId, ...fields } = parseInput(updateBundleSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { bundle } = await loadBundle(tx, actor, id, "requestBundle", changeSequence);
    assertTransition("update", bundle.contractStatus);
    await assertSubscriberWritable(tx, actor, bundle.organizationId);
    const contact =
      contactId === undefined ? {} : { contactId: await contactFor(tx, bundle.organizationId, contactId) };
    if (businessCases)
      await writeBusinessCases(tx, bundle.id, businessCases, bundle.contractStatus === "DRAFT");
    return saveBundle(
      tx,
      actor,
      bundle,
      { ...fields, ...contact },
      {
        action: "update",
        after: { ...fields, ...contact, businessCases: businessCases?.map((c) => c.businessCaseKey) },
      },
    );
  });
}
