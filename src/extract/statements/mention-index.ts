// The actor mentions of an article, indexed by offset: the statements of a long article ask for the mentions
// of each span and sentence, and a scan of all mentions per question made a 3.5 MB article quadratic.
// Answers are exactly those of filtering `mentions` (same mentions, same order).
import type { Mention } from "../types.js";

export interface MentionIndex {
  /** The mentions overlapping [start, end), in the order of the mention list. */
  overlapping(start: number, end: number): Mention[];
  /** The mentions lying inside [from, to], in the order of the mention list. */
  within(from: number, to: number): Mention[];
}

export function indexMentions(mentions: readonly Mention[]): MentionIndex {
  let sorted = true;
  for (let i = 1; i < mentions.length && sorted; i++) if (mentions[i]!.start < mentions[i - 1]!.start) sorted = false;
  // Few mentions: a scan is cheaper than an index.
  if (mentions.length <= 32) {
    return {
      overlapping: (start, end) => mentions.filter((m) => m.start < end && m.end > start),
      within: (from, to) => mentions.filter((m) => m.start >= from && m.end <= to),
    };
  }
  // The actors' list is sorted by start already: positions in it are the order; otherwise sort a copy.
  const order = sorted ? null : mentions.map((_, i) => i).sort((a, b) => mentions[a]!.start - mentions[b]!.start || a - b);
  const at = (k: number): number => (order ? order[k]! : k);
  const starts = order ? order.map((i) => mentions[i]!.start) : mentions.map((m) => m.start);
  let longest = 0;
  for (const m of mentions) longest = Math.max(longest, m.end - m.start);
  /** First position in `order` whose mention starts at or after `pos`. */
  const lowerBound = (pos: number): number => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const collect = (from: number, to: number, keep: (m: Mention) => boolean): Mention[] => {
    const hits: number[] = [];
    for (let k = from; k < to; k++) if (keep(mentions[at(k)]!)) hits.push(at(k));
    if (order && hits.length > 1) hits.sort((a, b) => a - b);
    return hits.map((i) => mentions[i]!);
  };
  return {
    overlapping(start, end) {
      // A mention overlapping the range starts before its end and no earlier than `longest` before its start.
      const to = lowerBound(end);
      return collect(lowerBound(start - longest), to, (m) => m.start < end && m.end > start);
    },
    within(from, to) {
      return collect(lowerBound(from), lowerBound(to + 1), (m) => m.start >= from && m.end <= to);
    },
  };
}
