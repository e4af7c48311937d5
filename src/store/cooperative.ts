// Runs work written as steps (src/search/steps.ts) on the main thread in slices of a few milliseconds, with a
// turn of the event loop between slices: while the live store merges a change and builds the next search
// index, the bot keeps receiving and acknowledging interactions (Discord drops one not answered in 3 s). It
// leaves what the steps compute, and where they may pause, to them.
import { performance } from "node:perf_hooks";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Steps } from "../steps.js";

/** Longest stretch of work between two turns of the event loop (ms). */
export const SLICE_MS = 10;

/** Runs `steps` to the end, pausing for a turn of the event loop whenever a slice has run `sliceMs`. */
export async function cooperate<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let until = performance.now() + sliceMs;
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() >= until) {
      await nextTurn();
      until = performance.now() + sliceMs;
    }
  }
}

/** A turn of the event loop when `since` is more than a slice ago; returns the time to measure from next. */
export async function pauseIfDue(since: number, sliceMs = SLICE_MS): Promise<number> {
  if (performance.now() - since < sliceMs) return since;
  await nextTurn();
  return performance.now();
}
