// The clock the scheduler reads and the timer it sleeps on, passed in: production uses the system's, tests
// pass one they move by hand (test/support/manual-clock.ts). No environment switch changes it.
export interface Clock {
  now(): number;
  /** Calls `fn` once after `ms`; returns a handle for `clearTimer`. */
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

/** setTimeout caps at about 24.8 days; a longer wait is taken in steps. */
const MAX_DELAY = 2 ** 31 - 1;

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer: (fn, ms) => {
    const t = setTimeout(fn, Math.min(Math.max(0, ms), MAX_DELAY));
    t.unref?.();
    return t;
  },
  clearTimer: (h) => clearTimeout(h as NodeJS.Timeout),
};
