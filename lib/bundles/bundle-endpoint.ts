import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getBundle } from "./get-bundle";
import { actingFor } from "./organization-header";

/**
 * A wallis route's work: the actor acting for the `organization-id` organization, and — for a
 * write that changes a bundle — the bundle as that actor now sees it.
 */
export async function asOrganization<T>(
  context: { actor: Actor; request: Request },
  work: (actor: Actor) => Promise<T>,
): Promise<T> {
  return work(await actingFor(context.actor, context.request));
}

export function bundleAfter(
  context: { actor: Actor; request: Request },
  write: (actor: Actor) => Promise<{ id: string }>,
) {
  return asOrganization(context, async (actor) => getBundle({ actor, id: (await write(actor)).id }));
}
