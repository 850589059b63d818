import "server-only";
import { createHash, randomBytes } from "node:crypto";

/**
 * A token for a link sent by email: 256 random bits for the link, and the SHA-256 hash that
 * is all the database keeps, so a leaked table holds no usable link.
 */
export function newOneTimeToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
