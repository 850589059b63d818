import "server-only";
import { decode, type JWT, type JWTDecodeParams } from "next-auth/jwt";

/**
 * What Auth.js decrypted, remembered by token until the token's own expiry. A signed-in page
 * otherwise pays for a whole Auth.js round (an HKDF key derivation, a JWE decryption, then a
 * fresh token encrypted for a cookie a server component cannot even set) on every request.
 * Only tokens Auth.js itself accepted are remembered, keyed by their exact text and cookie
 * name (the salt); whether the session still opens anything is checked in the database on
 * every request regardless (lib/users/load-session-actor.ts).
 */
const remembered = new Map<string, JWT & { exp: number }>();
/** Bounded: a few thousand signed-in browsers per process; the oldest entry goes first. */
const rememberedLimit = 5_000;

const keyOf = (salt: string, token: string) => `${salt}\n${token}`;

/** Auth.js's own decoder (the `jwt.decode` option), remembering what it accepts. */
export async function rememberingDecode(params: JWTDecodeParams): Promise<JWT | null> {
  const payload = await decode(params);
  if (params.token && typeof payload?.exp === "number") {
    if (remembered.size >= rememberedLimit) remembered.delete(remembered.keys().next().value!);
    remembered.set(keyOf(params.salt, params.token), payload as JWT & { exp: number });
  }
  return payload;
}

/** The claims of a token Auth.js accepted before and that has not expired since, else null. */
export function rememberedClaims(salt: string, token: string): JWT | null {
  const key = keyOf(salt, token);
  const payload = remembered.get(key);
  if (!payload) return null;
  if (payload.exp * 1000 <= Date.now()) {
    remembered.delete(key);
    return null;
  }
  return payload;
}
