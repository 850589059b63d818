import "server-only";
import { addressKey } from "./address-key";
import { assertNotBlocked, enforce } from "./consume";
import { clearCounts, isRemembered, remember } from "./counter-store";
import { policies, type RatePolicy } from "./policies";

const knownAddresses = "sign-in:known-address";

/**
 * Runs one password check under the sign-in limits, for every door that checks a password
 * (the Auth.js callback, which the sign-in page's server action goes through too).
 *
 * Each attempt is counted *before* the check and the counts are cleared when it succeeds, so
 * only failures remain counted and a burst of concurrent guesses cannot slip past the count.
 * While locked, even the right password is refused (without being checked).
 */
export async function limitSignIn<T>(
  attempt: { email: string; address: string },
  verify: () => Promise<T | null>,
): Promise<T | null> {
  const email = attempt.email.trim().toLowerCase();
  const pair = `${email}|${addressKey(attempt.address)}`;
  // An address this account signed in from lately is spared the per-account backoff: an
  // attacker elsewhere can slow down strangers' guesses, not lock the owner out.
  const known = await isRemembered(knownAddresses, pair);
  if (!known) await assertNotBlocked([[policies.signInAccount, email]]);
  const counted: [RatePolicy, string][] = [[policies.signInAccountAddress, pair]];
  if (!known) counted.push([policies.signInAccount, email]);
  await enforce(counted);
  const user = await verify();
  if (user) {
    await clearCounts([
      [policies.signInAccountAddress, pair],
      [policies.signInAccount, email],
    ]);
    await remember(knownAddresses, pair, policies.signInKnownAddressMs);
  }
  return user;
}
