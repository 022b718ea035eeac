/**
 * Sign-in throttling: growing delays, never a lock. Failures are counted per
 * (e-mail, address) pair and per address, from `login_attempts`, so a stranger
 * failing from elsewhere can slow down only their own address, never the account.
 */

/** Failures of one (e-mail, address) pair answered without delay; then 1 s, 2 s, 4 s … */
export const PAIR_FREE_FAILURES = 5;
/** A pair's failures count until it signs in (or an administrator clears them), for at most this long. */
export const PAIR_WINDOW_SECONDS = 24 * 3600;
/** Failures of one address (any e-mail) within the window answered without delay. */
export const ADDRESS_FREE_FAILURES = 30;
export const ADDRESS_WINDOW_SECONDS = 15 * 60;
export const FIRST_DELAY_SECONDS = 1;
export const MAX_DELAY_SECONDS = 15 * 60;

/** Seconds to wait after the latest of `failures` failures when `free` are let through: 0, then 1, 2, 4 … up to the cap. */
export function delayAfter(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(FIRST_DELAY_SECONDS * 2 ** Math.min(failures - free, 30), MAX_DELAY_SECONDS);
}

interface Counted {
  failures: number;
  /** Seconds since the latest failure. */
  elapsed: number | null;
}

const remaining = (c: Counted, free: number) => (c.elapsed === null ? 0 : Math.max(0, delayAfter(c.failures, free) - c.elapsed));

/** Whole seconds this attempt must still wait (0: let it through). */
export function waitSeconds(pair: Counted, address: Counted): number {
  const wait = Math.max(remaining(pair, PAIR_FREE_FAILURES), remaining(address, ADDRESS_FREE_FAILURES));
  return wait > 0 ? Math.ceil(wait) : 0;
}

/** The delay that one more failure starts (0: none): its start is what gets audited, once per window. */
export function delayStartedByFailure(pair: Counted, address: Counted): number {
  return Math.max(delayAfter(pair.failures + 1, PAIR_FREE_FAILURES), delayAfter(address.failures + 1, ADDRESS_FREE_FAILURES));
}

export const windows = { pairSeconds: PAIR_WINDOW_SECONDS, addressSeconds: ADDRESS_WINDOW_SECONDS };

/** Until when an account is throttled from some address, from its pairs' counts (null: it is not). */
export function throttledUntil(pairs: { failures: number; last: Date; now: Date }[]): Date | null {
  let until: Date | null = null;
  for (const p of pairs) {
    const end = new Date(p.last.getTime() + delayAfter(p.failures, PAIR_FREE_FAILURES) * 1000);
    if (end > p.now && (!until || end > until)) until = end;
  }
  return until;
}
