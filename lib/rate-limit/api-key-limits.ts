import "server-only";
import { addressKey } from "./address-key";
import { assertNotBlocked, consume, type Verdict } from "./consume";
import { policies, type RatePolicy } from "./policies";

/** The failure counters a wrong key feeds: its prefix from this address, and the address. */
function failureKeys(prefix: string | null, address: string): [RatePolicy, string][] {
  const from = addressKey(address);
  const keys: [RatePolicy, string][] = [[policies.apiKeyFailuresAddress, from]];
  if (prefix) keys.unshift([policies.apiKeyFailuresPrefixAddress, `${prefix}|${from}`]);
  return keys;
}

/** Throws 429 (before any secret is checked) while this prefix or address has failed too often. */
export const assertApiKeyNotBlocked = (prefix: string | null, address: string) =>
  assertNotBlocked(failureKeys(prefix, address));

/** Counts a wrong, unknown, revoked or malformed key. Successes are never counted. */
export async function recordApiKeyFailure(prefix: string | null, address: string): Promise<void> {
  for (const [policy, key] of failureKeys(prefix, address)) await consume(policy, key);
}

/** Counts one request of an authenticated key against its per-minute allowance. */
export const limitApiRequests = (apiKeyId: string): Promise<Verdict> =>
  consume(policies.apiRequests, apiKeyId);
