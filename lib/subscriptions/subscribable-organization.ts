import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { organizations, type Organization } from "@/db/schema";
import { AppError, notFound } from "@/lib/errors";

const refusals: Partial<Record<Organization["organizationStatus"], string>> = {
  pending_verification:
    "Verify your email first: the organization is waiting for it before it can subscribe.",
  suspended: "The organization is suspended: its subscriptions cannot change until it is reactivated.",
  closed: "The organization is closed.",
};

/** Subscriptions change only for active organizations (pending, suspended and closed ones can look, not change). */
export async function subscribableOrganization(tx: Executor, organizationId: string): Promise<Organization> {
  const [organization] = await tx.select().from(organizations).where(eq(organizations.id, organizationId));
  if (!organization) throw notFound("organization");
  const refusal = refusals[organization.organizationStatus];
  if (refusal) throw new AppError("forbidden", refusal);
  return organization;
}
