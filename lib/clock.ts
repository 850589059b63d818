/**
 * The one source of "now" for business rules, limits and jobs. Production reads the system
 * clock; tests set it (`setClock`) and move it forward instead of sleeping, so trials,
 * reminders, windows and scheduled changes can be run through in milliseconds.
 */
const slot = globalThis as typeof globalThis & { __subdeskClock?: { fixed: number | null } };
slot.__subdeskClock ??= { fixed: null };
const state = slot.__subdeskClock;

/** The current time in milliseconds since the epoch. */
export function nowMs(): number {
  return state.fixed ?? Date.now();
}

/** The current time as a Date. */
export function now(): Date {
  return new Date(nowMs());
}

/**
 * The pinned moment, or null while the clock follows the system: for code that pins the clock
 * for a while (the demo seed's story) and must put back what it found — a test's pinned moment.
 */
export function pinnedClock(): number | null {
  return state.fixed;
}

/** Tests only: pin the clock to a moment (a Date or ms), or pass null to follow the system again. */
export function setClock(moment: Date | number | null): void {
  state.fixed = moment === null ? null : typeof moment === "number" ? moment : moment.getTime();
}

/** Tests only: move a pinned clock forward (or pin it at system time plus the step). */
export function advanceClock(ms: number): void {
  state.fixed = nowMs() + ms;
}
