import "server-only";
import { hash, verify } from "@node-rs/argon2";

/** argon2id with the library's defaults (OWASP's recommended minimum). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verifying against this when the email is unknown makes both failures take the same time.
const decoyHash =
  "$argon2id$v=19$m=19456,t=2,p=1$UDMWg3BImqIWgswUaULwhQ$0iTEMM6O0xeMvgnNz+cO98frhX1J2I9co/5YKAB51og";

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  try {
    return await verify(storedHash ?? decoyHash, password);
  } catch {
    return false;
  }
}
