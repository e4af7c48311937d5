// A clock moved by hand for the scheduler's tests: `set(t)` moves time and fires the timers due by then, in
// order. Nothing else in the process is faked (discord.js keeps its real timers).
import type { Clock } from "../../src/schedule/clock.js";

export interface ManualClock extends Clock {
  /** Moves to `t` (ms) and fires the timers due by then. */
  set(t: number): void;
  /** Timers waiting. */
  pending(): number;
}

export function manualClock(start: number): ManualClock {
  let now = start;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    setTimer(fn, ms) {
      const id = ++seq;
      timers.set(id, { at: now + Math.max(0, ms), fn });
      return id;
    },
    clearTimer(h) {
      timers.delete(h as number);
    },
    set(t) {
      now = t;
      for (;;) {
        const due = [...timers].filter(([, x]) => x.at <= now).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        due[1].fn();
      }
    },
    pending: () => timers.size,
  };
}
