import "server-only";
import { getDb } from "@/db/open";
import type { Actor } from "@/lib/auth/actor";
import { deliverEmails } from "@/lib/email/deliver-emails";
import { issueProductKey } from "./issue-product-key";
import { presentProductKeys, type ProductKeyView } from "./present-product-keys";

/**
 * Creates a product key from Revenium's payload (product-key-schemas.ts) and answers its secret
 * this once: only the hash is kept. The rules are issueProductKey's; the emails (creation
 * notices, the new owner's invitation) leave after the commit.
 */
export async function createProductKey({
  actor,
  input,
}: {
  actor: Actor;
  input: unknown;
}): Promise<{ productKey: ProductKeyView; key: string }> {
  const db = await getDb();
  const { productKey, key, emailIds } = await db.transaction(async (tx) => {
    const issued = await issueProductKey({ tx, actor, input, withSecret: true });
    return { ...issued, productKey: (await presentProductKeys(tx, [issued.productKey]))[0]! };
  });
  await deliverEmails(emailIds);
  return { productKey, key: key! };
}
