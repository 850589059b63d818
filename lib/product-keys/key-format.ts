import "server-only";
import { crc32 } from "node:zlib";
import { base62Alphabet, hashSecret, randomBase62 } from "@/lib/security/random-secret";

/**
 * A product key reads `sdpk_<32 random base62 characters><6-character checksum>`, the shape
 * GitHub gives its tokens: the fixed `sdpk_` lets secret scanners find leaked keys, and the
 * CRC32 checksum lets them (and verify) tell a real key from a typo without a database read.
 * 32 base62 characters carry 190 bits. Only the SHA-256 of the whole key is stored, beside its
 * first 12 characters (`prefix`), which lists show and search.
 */
const keyPrefix = "sdpk_";
const randomLength = 32;
const checksumLength = 6;
const prefixLength = 12;
const keyPattern = /^sdpk_[0-9A-Za-z]{38}$/;

function checksum(body: string): string {
  let value = crc32(body);
  let out = "";
  for (let i = 0; i < checksumLength; i++) {
    out = base62Alphabet[value % 62] + out;
    value = Math.floor(value / 62);
  }
  return out;
}

export function generateProductKey(): { key: string; prefix: string; secretHash: string } {
  const body = `${keyPrefix}${randomBase62(randomLength)}`;
  const key = `${body}${checksum(body)}`;
  return { key, prefix: key.slice(0, prefixLength), secretHash: hashSecret(key) };
}

/** Whether the text has a product key's shape and a correct checksum: no database needed. */
export function isWellFormedProductKey(key: string): boolean {
  if (!keyPattern.test(key)) return false;
  const body = key.slice(0, key.length - checksumLength);
  return checksum(body) === key.slice(-checksumLength);
}

export const hashProductKey = hashSecret;
export const productKeyPrefixOf = (key: string) => key.slice(0, prefixLength);
