import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users, type ProductKey } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { queueEmail } from "@/lib/email/queue-email";
import { emails } from "@/lib/email/templates";
import { publicUrl } from "@/lib/public-url";

/** The creation notice, to the creator (when asked and they have an address) and the named addresses. */
export async function creationNotices(
  tx: Executor,
  actor: Actor,
  productKey: ProductKey,
  {
    prefix,
    organizationName,
    productNames,
  }: { prefix: string | null; organizationName: string; productNames: string[] },
): Promise<string[]> {
  const recipients = new Set(productKey.notificationAddressesOnCreation);
  if (productKey.notifyCreatorOnCreation && actor.userId) {
    const [creator] = await tx.select({ email: users.email }).from(users).where(eq(users.id, actor.userId));
    if (creator) recipients.add(creator.email);
  }
  const link = await publicUrl(`/product-keys/${productKey.id}`);
  const ids: string[] = [];
  for (const to of recipients) {
    ids.push(
      await queueEmail(tx, emails.productKeyCreated(to, prefix, organizationName, productNames, link)),
    );
  }
  return ids;
}
