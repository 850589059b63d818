import "server-only";
import { timingSafeEqual } from "node:crypto";
import { hashSecret, randomBase62 as randomString } from "@/lib/security/random-secret";

export { hashSecret };

/**
 * A key reads `sdk_<8-character id>_<32-character secret>`. The `sdk_<id>` part is the visible
 * prefix, stored to find the key and show it in lists; the whole key is stored only as a hash.
 * 32 base62 characters carry 190 bits, so a fast hash is safe here (no password stretching).
 */
export function generateApiKey(): { key: string; prefix: string; secretHash: string } {
  const prefix = `sdk_${randomString(8)}`;
  const key = `${prefix}_${randomString(32)}`;
  return { key, prefix, secretHash: hashSecret(key) };
}

const keyPattern = /^(sdk_[A-Za-z0-9]{8})_[A-Za-z0-9]{32}$/;

export function prefixOf(key: string): string | null {
  return keyPattern.exec(key)?.[1] ?? null;
}

export function secretMatches(key: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(key), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
