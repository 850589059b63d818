import "server-only";
import { productKeys, subscriptions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { commercialListScope } from "@/lib/subscriptions/commercial-policy";

/** The subscriptions a dashboard may count: exactly what the commercial policy lets the actor list. */
export const subscriptionScope = (actor: Actor) =>
  commercialListScope(actor, {
    subscriber: subscriptions.organizationId,
    provider: subscriptions.providerOrganizationId,
  });

/** The product keys a dashboard may count, by the same policy. */
export const productKeyScope = (actor: Actor) =>
  commercialListScope(actor, {
    subscriber: productKeys.organizationId,
    provider: productKeys.providerOrganizationId,
  });
