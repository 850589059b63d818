import "server-only";
import { authenticateApiKey } from "@/lib/api-keys/authenticate-api-key";
import { hashSecret } from "@/lib/api-keys/key-format";
import type { Actor } from "@/lib/auth/actor";
import { nowMs } from "@/lib/clock";

/**
 * How long a process keeps a successful API-key check for verify. A gateway sends the same key
 * on every call, and checking it (two reads: the failure limit, then the key) cost verify more
 * than the verify itself. The price: a revoked API key, or one of a closed organization, keeps
 * verifying for up to this long. Failures are never kept, so the failure limit counts each one.
 */
export const callerTtlMs = 5_000;

/** Bounded: past this many different keys the memory starts over (a gateway has a handful). */
const maxRemembered = 10_000;

type Remembered = Map<string, { actor: Actor; until: number }>;
const slot = globalThis as typeof globalThis & { __subdeskVerifyCallers?: Remembered };
// On globalThis, so every bundle Next.js builds shares one memory.
const remembered = (slot.__subdeskVerifyCallers ??= new Map() as Remembered);

/** `authenticateApiKey` for verify, remembered per key (by its hash) for `callerTtlMs`. */
export async function verifyCaller(
  header: string | null,
  correlationId: string,
  clientAddress: string,
): Promise<Actor> {
  const hash = header ? hashSecret(header.trim()) : null;
  const known = hash ? remembered.get(hash) : undefined;
  if (known && known.until > nowMs()) return { ...known.actor, correlationId };
  const actor = await authenticateApiKey(header, correlationId, clientAddress);
  if (remembered.size >= maxRemembered) remembered.clear();
  remembered.set(hash!, { actor, until: nowMs() + callerTtlMs });
  return actor;
}
