// The digest of a channel or of a since-mark, read against the schedules database: which articles the channel
// has been briefed on (its mark), and when each article was first seen (the "added at" of `--since 24h`).
// The scheduler, /briefing since and `newsdesk digest` all go through here.
import type { Summary } from "../../src/model/schema.js";
import type { ScheduleStore } from "../../src/schedule/store.js";
import type { CommandContext } from "../reply.js";
import { buildDigest, type Digest } from "./digest.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Records the summary's articles as seen at `now` (an article already known keeps its first time). */
export function recordSeen(store: ScheduleStore, summary: Summary, now: number): void {
  store.recordSeen(summary.articles.map((a) => ({ id: a.id, at: now })));
}

/** What was first seen at or after `from` (ms). */
export function sinceDigest(
  store: ScheduleStore,
  ctx: CommandContext,
  from: number,
  topic: string | null,
  label: string,
  now: number,
): Digest {
  recordSeen(store, ctx.summary, now);
  const first = store.firstSeen();
  return buildDigest(ctx, { isNew: (a) => (first.get(a.id) ?? now) >= from, topic, sinceLabel: label });
}

/** The channel's digest: what it has not been briefed on. For a channel never briefed, what arrived from 24 hours
 * before `firstFrom` (the schedule's creation, or now) on: a first briefing is not the whole corpus, and one that
 * failed leaves the next to cover the same ground. */
export function channelDigest(
  store: ScheduleStore,
  ctx: CommandContext,
  channelId: string,
  topic: string | null,
  now: number,
  firstFrom: number = now,
): Digest {
  const seen = store.briefed(channelId, topic);
  if (seen.size === 0) {
    const label = firstFrom >= now ? "in the last 24 hours" : "since the day before this briefing was scheduled";
    return sinceDigest(store, ctx, Math.min(firstFrom, now) - DAY_MS, topic, label, now);
  }
  recordSeen(store, ctx.summary, now);
  return buildDigest(ctx, { isNew: (a) => !seen.has(a.id), topic, sinceLabel: "since the last briefing" });
}
