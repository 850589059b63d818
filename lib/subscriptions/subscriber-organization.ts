import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { organizations, type Organization } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertMayWrite } from "@/lib/auth/write-guard";
import { notFound } from "@/lib/errors";

export async function subscriberOrganization(tx: Executor, organizationId: string): Promise<Organization> {
  const [organization] = await tx.select().from(organizations).where(eq(organizations.id, organizationId));
  if (!organization) throw notFound("organization");
  return organization;
}

/**
 * The write guard for the organization a subscription belongs to: a pending, suspended or
 * closed organization's subscriptions do not change — whoever asks — until it is active again.
 * (The provider's barrings and review decisions are the exception: they protect the provider.)
 */
export async function assertSubscriberWritable(
  tx: Executor,
  actor: Actor,
  organizationId: string,
): Promise<Organization> {
  const organization = await subscriberOrganization(tx, organizationId);
  assertMayWrite(actor, "subscriptions.manage", organization);
  return organization;
}
