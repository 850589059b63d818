import "server-only";
import { getDb } from "@/db/open";
import type { Actor } from "@/lib/auth/actor";
import { endSubscription } from "../cancel-subscription";
import { ensureAccountProduct } from "./account-product";
import { loadAccountSubscription } from "./astra-account";
import { forField } from "./astra-input";
import { presentAstraSubscription } from "./present-astra";

interface Target {
  actor: Actor;
  accountId: string;
  id: string;
}

/**
 * One account subscription. An ended (deleted) one still answers, as "inactive": Subdesk keeps
 * every subscription's record and history, and Astra's status has no "deleted".
 */
export async function getAccountSubscription({ actor, ...target }: Target) {
  const product = await ensureAccountProduct();
  const db = await getDb();
  return presentAstraSubscription(await loadAccountSubscription(db, actor, target, product));
}

/**
 * Astra's DELETE: ends the subscription now, without a grace period (the record and its history
 * stay). Deleting one that has already ended changes nothing, so a retried DELETE is harmless.
 */
export async function deleteAccountSubscription({ actor, ...target }: Target): Promise<void> {
  const product = await ensureAccountProduct();
  const current = await loadAccountSubscription(await getDb(), actor, target, product, "cancel");
  if (current.status === "ended") return;
  await forField("status", () =>
    endSubscription({ actor, id: current.id, reason: "deleted through the Astra API" }),
  );
}
