import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { productKeySecrets } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { generateProductKey, hashProductKey, isWellFormedProductKey, productKeyPrefixOf } from "./key-format";
import { invalidField } from "./key-references";

/**
 * Adds a secret to a key inside the caller's transaction and answers it — the only moment the
 * plaintext exists: only its hash and prefix are stored. Creation, rotation and bundles' first
 * key use it. A caller-supplied `key` (Revenium lets the issuer name one) must be a well-formed
 * sdpk_ key, checksum included, so scanners still recognise it, and must not be in use.
 */
export async function addProductKeySecret({
  tx,
  productKeyId,
  createdBy,
  key: supplied,
}: {
  tx: Executor;
  productKeyId: string;
  createdBy: string;
  key?: string;
}): Promise<{ key: string; prefix: string }> {
  const { key, prefix, secretHash } = supplied ? suppliedSecret(supplied) : generateProductKey();
  if (supplied) {
    const [taken] = await tx
      .select({ id: productKeySecrets.id })
      .from(productKeySecrets)
      .where(eq(productKeySecrets.secretHash, secretHash));
    if (taken) {
      throw new AppError("conflict", "This key is already in use: send another or let one be generated.", {
        invalidFields: [{ name: "key", reason: "is already in use" }],
      });
    }
  }
  await tx.insert(productKeySecrets).values({ productKeyId, prefix, secretHash, createdBy });
  return { key, prefix };
}

function suppliedSecret(key: string) {
  if (!isWellFormedProductKey(key)) {
    throw invalidField(
      "key",
      "must be a well-formed product key (its checksum does not match)",
      "The key is not a well-formed product key.",
    );
  }
  return { key, prefix: productKeyPrefixOf(key), secretHash: hashProductKey(key) };
}
