// The scheduler: sleeps on the injected clock until the next schedule's minute, then for each run due asks for
// the channel's digest (what it has not been briefed on: the caller's `digest`) and hands it to the poster. A run is claimed in the
// database before it is posted, so two instances never post the same run. At start, a run missed while the
// bot was down is posted once if less than two hours late, else skipped and noted. A failing post marks the
// schedule failing with the reason (the poster's PostError says it in words a moderator can act on) and does
// not move the channel's mark, so nothing is lost: the next run includes it. Posting itself (Discord) is the
// caller's; so is telling the creator about a failure.
import type { Logger } from "../log.js";
import type { Clock } from "./clock.js";
import type { Schedule, ScheduleStore } from "./store.js";
import { nextRun } from "./timing.js";

export const CATCH_UP_MS = 2 * 60 * 60 * 1000;
/** The longest the runner sleeps without reading the database again: a schedule another instance added is
 * picked up within this time (and posted by whichever instance claims it first). */
export const POLL_MS = 5 * 60 * 1000;
/** A schedule's missed runs looked at, at most (a bot down for years does not loop for long). */
const MAX_MISSED = 1000;

/** A post that did not go through, with the reason in words a moderator can act on. */
export class PostError extends Error {
  constructor(public readonly reason: string) {
    super(reason);
    this.name = "PostError";
  }
}

/** What the runner needs of a digest (commands/support/digest.ts makes them). */
export interface RunDigest {
  empty: boolean;
  description: string;
  /** The articles it covers (the new ones). */
  articleIds: string[];
  /** Every article it was built against, new or not: the channel's mark once it is posted. */
  markIds: string[];
}

export type PostFn<D extends RunDigest> = (schedule: Schedule, digest: D) => Promise<void>;

export interface SchedulerOptions<D extends RunDigest> {
  store: ScheduleStore;
  clock: Clock;
  /** The schedule's digest now: what its channel has not been briefed on (channel-digest.ts). */
  digest: (schedule: Schedule, now: number) => D;
  post: PostFn<D>;
  logger: Logger;
  /** How late a missed run may still be posted at start (default two hours). */
  catchUpMs?: number;
}

export interface Scheduler {
  /** Deals with runs missed while down, then sleeps until the next one. */
  start(): void;
  stop(): void;
  /** Deals with every run due now; resolves when done (tests await it after moving the clock). */
  tick(): Promise<void>;
  /** Call after adding or removing a schedule: re-arms the timer. */
  changed(): void;
  /** Resolves when no tick is running. */
  idle(): Promise<void>;
}

export function createScheduler<D extends RunDigest>(opts: SchedulerOptions<D>): Scheduler {
  const { store, clock, logger } = opts;
  const log = logger.child({ part: "schedule" });
  const catchUp = opts.catchUpMs ?? CATCH_UP_MS;
  let timer: unknown = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = true;

  /** The runs of a schedule due by `now` that have not been dealt with, oldest first. */
  function dueRuns(s: Schedule, now: number): number[] {
    const out: number[] = [];
    let from = s.lastDue ?? s.createdAt;
    for (let i = 0; i < MAX_MISSED; i++) {
      const next = nextRun(s, from);
      if (next === null || next > now) break;
      out.push(next);
      from = next;
    }
    return out;
  }

  async function runOne(s: Schedule, due: number): Promise<void> {
    const now = clock.now();
    if (!store.claimRun(s.id, due, now)) {
      // another instance has it: move past it, leaving its record to that instance
      store.passRun(s.id, due);
      log.info({ schedule: s.id, due: new Date(due).toISOString() }, "run taken by another instance");
      return;
    }
    const digest = opts.digest(s, now);
    if (digest.empty && s.quietWhenEmpty) {
      store.finishRun(s.id, due, "nothing-new", "nothing new; nothing posted (quiet schedule)", clock.now());
      return;
    }
    try {
      await opts.post(s, digest);
    } catch (err) {
      const reason = err instanceof PostError ? err.reason : `Discord error: ${(err as Error)?.message ?? String(err)}`;
      store.finishRun(s.id, due, "failed", reason, clock.now());
      log.warn({ schedule: s.id, channel: s.channelId, guild: s.guildId, reason }, "scheduled briefing failed");
      return;
    }
    store.markBriefed(s.channelId, s.topic, digest.markIds, clock.now());
    const result = digest.empty ? "nothing-new" : "posted";
    const detail = digest.empty ? "nothing new" : digest.description;
    store.finishRun(s.id, due, result, detail, clock.now());
    log.info({ schedule: s.id, channel: s.channelId, articles: digest.articleIds.length }, "scheduled briefing posted");
  }

  async function dealWith(s: Schedule, now: number): Promise<void> {
    const dues = dueRuns(s, now);
    const latest = dues[dues.length - 1];
    if (latest === undefined) return;
    if (now - latest > catchUp) {
      const missed = dues.length;
      store.finishRun(
        s.id,
        latest,
        "skipped",
        `missed ${missed === 1 ? "a run" : `${missed} runs`} while the bot was down (the latest more than ${Math.round(catchUp / 60000)} min late)`,
        now,
      );
      log.warn({ schedule: s.id, missed }, "missed runs skipped");
      return;
    }
    // older missed runs are superseded by the latest: one post covers all that is new
    await runOne(s, latest);
  }

  async function tickNow(): Promise<void> {
    const now = clock.now();
    for (const s of store.all()) {
      try {
        await dealWith(s, now);
      } catch (err) {
        log.error({ schedule: s.id, err: { message: (err as Error)?.message, stack: (err as Error)?.stack } }, "schedule run failed");
      }
    }
  }

  function arm(): void {
    if (stopped) return;
    if (timer !== null) clock.clearTimer(timer);
    timer = null;
    const now = clock.now();
    let soonest: number | null = null;
    for (const s of store.all()) {
      const n = nextRun(s, Math.max(s.lastDue ?? s.createdAt, now - 1));
      if (n !== null && (soonest === null || n < soonest)) soonest = n;
    }
    const wait = soonest === null ? POLL_MS : Math.min(Math.max(0, soonest - now), POLL_MS);
    timer = clock.setTimer(() => {
      timer = null;
      void tick().finally(arm);
    }, wait);
  }

  function tick(): Promise<void> {
    const next = running.then(tickNow);
    running = next.catch(() => {});
    return next;
  }

  return {
    start() {
      stopped = false;
      void tick().finally(arm);
    },
    stop() {
      stopped = true;
      if (timer !== null) clock.clearTimer(timer);
      timer = null;
    },
    tick,
    changed() {
      arm();
    },
    idle: () => running,
  };
}
