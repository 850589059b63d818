/**
 * When a failed SMTP send is tried again: soon at first (a server restarting), then further
 * apart, giving up about eight hours after the first failure. A message's links expire
 * (a password reset after one hour), so mail much later than that would only confuse.
 */
const retryDelaysMinutes = [1, 5, 30, 120, 360];

/** Sends tried before a message is given up: the first one plus one per retry delay. */
export const maxDeliveryAttempts = retryDelaysMinutes.length + 1;

/** When the next try is due after `attempts` failed sends, or null once they are used up. */
export function nextAttemptAfterFailure(attempts: number, failedOn: Date): Date | null {
  const minutes = retryDelaysMinutes[attempts - 1];
  return minutes === undefined ? null : new Date(failedOn.getTime() + minutes * 60_000);
}

/**
 * How long a claimed message stays out of other runs while it is being sent: longer than any
 * SMTP exchange, so two runs never send it at once; short enough that a message whose sender
 * died mid-send (its attempt counted) is tried again the same hour.
 */
export const sendingLeaseMs = 15 * 60_000;
