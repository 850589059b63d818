import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { organizationContacts } from "@/db/schema";
import { AppError } from "@/lib/errors";

/**
 * The bundle's contact: one of the customer organization's own (another organization's id
 * answers like a missing one), or its default contact when none is named.
 */
export async function contactFor(
  tx: Executor,
  organizationId: string,
  contactId: string | null | undefined,
): Promise<string | null> {
  const [contact] = await tx
    .select({ id: organizationContacts.id })
    .from(organizationContacts)
    .where(
      and(
        eq(organizationContacts.organizationId, organizationId),
        contactId ? eq(organizationContacts.id, contactId) : eq(organizationContacts.isDefault, true),
      ),
    );
  if (contactId && !contact) {
    throw new AppError(
      "invalid_input",
      "Element not found: that contact is not one of your organization's.",
      {
        invalidFields: [{ name: "contactId", reason: "element not found" }],
      },
    );
  }
  return contact?.id ?? null;
}
