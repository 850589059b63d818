import "server-only";
import { getDb } from "@/db/open";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { setAccessStatus } from "./access-history";
import { manualExchangeSchema } from "./bundle-schemas";
import { loadAccess } from "./load-access";
import { loadBundle } from "./load-bundle";
import { assertNotOwnRequest } from "./own-request";

/**
 * For products whose access is handed over by hand (MANUAL_EXCHANGE): the approver records
 * that it happened, and how, and the access goes ACTIVE.
 */
export async function recordManualExchange({
  actor,
  id,
  input,
}: {
  actor: Actor;
  id: string;
  input: unknown;
}) {
  const { accessId, note } = parseInput(manualExchangeSchema, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const { bundle } = await loadBundle(tx, actor, id, "decideRequest");
    await assertNotOwnRequest(tx, actor, bundle);
    const access = await loadAccess(tx, bundle.id, accessId);
    if (access.exchangeType !== "MANUAL_EXCHANGE" || access.status !== "ACTIVATION_REQUESTED") {
      throw new AppError(
        "conflict",
        `This access is ${access.exchangeType} and ${access.status}: no hand-off to record.`,
        {
          invalidFields: [{ name: "accessId", reason: `is ${access.status}` }],
        },
      );
    }
    await setAccessStatus(tx, actor, access.id, "ACTIVE", note);
    await recordAuditEvent(tx, actor, {
      action: "bundle.access.manual_exchange",
      objectType: "bundle",
      objectId: bundle.id,
      organizationId: bundle.organizationId,
      after: { accessId, note },
    });
  });
}
