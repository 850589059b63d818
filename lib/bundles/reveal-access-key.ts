import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/open";
import { bundleAccesses } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { deliverEmails } from "@/lib/email/deliver-emails";
import { AppError } from "@/lib/errors";
import { addProductKeySecret } from "@/lib/product-keys/add-product-key-secret";
import { loadAccess } from "./load-access";
import { loadBundle } from "./load-bundle";
import { issueWaitingKey } from "./waiting-access-key";

const alreadyShown = () =>
  new AppError(
    "conflict",
    "This key's secret was already shown: it is shown once. Rotate the key for a new one.",
    {
      invalidFields: [{ name: "secretShownOn", reason: "is set" }],
    },
  );

/**
 * Shows the customer its access key's secret, once (issuing the key first if it waited for a
 * holder: waiting-access-key.ts). The secret is made now and only its hash is kept; `secretShownOn` moves from null in a conditional update first, so of two reveals
 * at once exactly one gets a secret and the other a 409.
 */
export async function revealBundleAccessKey({
  actor,
  id,
  accessId,
}: {
  actor: Actor;
  id: string;
  accessId: string;
}) {
  const db = await getDb();
  const { result, emailIds } = await db.transaction(async (tx) => {
    const { bundle } = await loadBundle(tx, actor, id, "requestBundle");
    const access = await loadAccess(tx, bundle.id, accessId);
    const waiting = access.exchangeType === "GENERATE_TOKEN" && access.status === "ACTIVATION_REQUESTED";
    const late = waiting && !access.productKeyId ? await issueWaitingKey(tx, actor, bundle, access) : null;
    const productKeyId = late?.productKeyId ?? access.productKeyId;
    if (!productKeyId || !(access.status === "ACTIVE" || late)) {
      throw new AppError("conflict", `This access is ${access.status} and has no key to show.`, {
        invalidFields: [{ name: "accessId", reason: `is ${access.status}` }],
      });
    }
    const [shown] = await tx
      .update(bundleAccesses)
      .set({ secretShownOn: now() })
      .where(and(eq(bundleAccesses.id, access.id), isNull(bundleAccesses.secretShownOn)))
      .returning({ id: bundleAccesses.id });
    if (!shown) throw alreadyShown();
    const secret = await addProductKeySecret({
      tx,
      productKeyId,
      createdBy: actor.label,
    });
    await recordAuditEvent(tx, actor, {
      action: "bundle.access.reveal",
      objectType: "bundle",
      objectId: bundle.id,
      organizationId: bundle.organizationId,
      after: { accessId, productKeyId, prefix: secret.prefix },
    });
    return {
      result: { accessId, productKeyId, key: secret.key, prefix: secret.prefix },
      emailIds: late?.emailIds ?? [],
    };
  });
  await deliverEmails(emailIds);
  return result;
}
