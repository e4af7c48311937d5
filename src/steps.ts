// Work that can pause: a build written as a generator that yields between pieces of work (every few thousand
// records: the search index, the incremental merge), so that the live store can give the event loop a turn
// between pieces (src/store/cooperative.ts) while a command line or a test simply runs it through (`drain`).
// Any layer may use it (like config and log); it leaves when to pause to the caller.

/** A computation of a T that yields (nothing) where it may pause. */
export type Steps<T> = Generator<void, T, void>;

/** Records handled between two pause points in a loop over many records. */
export const STEP_RECORDS = 4096;

/** Runs steps through without pausing. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
