import "server-only";
import { and, count, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { memberships, type MembershipRole } from "@/db/schema";
import { AppError, forbidden } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";

/** Only owners (and platform admins) make or unmake owners. */
export function assertMayAssign(actor: Actor, ...roles: MembershipRole[]): void {
  if (roles.includes("owner") && !actor.platformAdmin && actor.role !== "owner") {
    throw forbidden("Only an owner can make or unmake owners.");
  }
}

/**
 * An organization always keeps an owner: the last one can be neither demoted, removed nor
 * leave. Runs inside the changing transaction, on the rows as they are now.
 */
export async function assertNotLastOwner(
  tx: Executor,
  organizationId: string,
  role: MembershipRole,
): Promise<void> {
  if (role !== "owner") return;
  const [owners] = await tx
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.role, "owner")));
  if ((owners?.n ?? 0) <= 1) {
    throw new AppError(
      "conflict",
      "An organization needs at least one owner: make someone else owner first.",
      {
        invalidFields: [{ name: "role", reason: "this is the last owner" }],
      },
    );
  }
}
