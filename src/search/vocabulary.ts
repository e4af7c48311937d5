// The candidate stage's word lookup: every indexed word with the records it occurs in, reachable exactly,
// by prefix (autocomplete) or with one typo (one character deleted, inserted, replaced, or two swapped),
// found through a deletion-neighbourhood map instead of scanning the vocabulary.
import { deletions } from "./normalize.js";

/** How a query word matched an indexed word. */
export type WordMatch = "exact" | "prefix" | "typo";

export const MATCH_WEIGHT: Record<WordMatch, number> = { exact: 1, prefix: 0.9, typo: 0.7 };

/** Shortest query word that may match with a typo (shorter words match exactly or as a prefix). */
const MIN_TYPO_LENGTH = 3;
/** At most this many indexed words are expanded from one prefix. */
const MAX_PREFIX_WORDS = 200;

export class Vocabulary {
  private readonly postings = new Map<string, number[]>();
  private readonly deletionMap = new Map<string, string[]>();
  private sorted: string[] | null = null;

  /** `typos: false` skips the deletion map (exact and prefix lookups only; cheaper to build). */
  constructor(private readonly withTypos = true) {}

  /** Records that `record` contains `word` (call once per distinct word of a record). */
  add(word: string, record: number): void {
    const list = this.postings.get(word);
    if (list) {
      if (list[list.length - 1] !== record) list.push(record);
      return;
    }
    this.postings.set(word, [record]);
    this.sorted = null;
    if (this.withTypos && word.length >= MIN_TYPO_LENGTH) {
      for (const d of deletions(word)) {
        const words = this.deletionMap.get(d);
        if (words) words.push(word);
        else this.deletionMap.set(d, [word]);
      }
    }
  }

  get size(): number {
    return this.postings.size;
  }

  /** The records containing `word`, in insertion order. */
  records(word: string): readonly number[] {
    return this.postings.get(word) ?? [];
  }

  has(word: string): boolean {
    return this.postings.has(word);
  }

  /** Indexed words within one edit of `word` (itself excluded). */
  typos(word: string): string[] {
    if (!this.withTypos || word.length < MIN_TYPO_LENGTH) return [];
    const found = new Set<string>();
    // an indexed word with one more character
    for (const w of this.deletionMap.get(word) ?? []) found.add(w);
    for (const d of deletions(word)) {
      // one fewer character
      if (d.length >= 2 && this.postings.has(d)) found.add(d);
      // one replaced or two swapped
      for (const w of this.deletionMap.get(d) ?? []) found.add(w);
    }
    found.delete(word);
    return [...found];
  }

  /** Indexed words that start with `prefix` (itself excluded), at most `limit`, shortest first. */
  prefixed(prefix: string, limit = MAX_PREFIX_WORDS): string[] {
    if (prefix === "") return [];
    const sorted = this.sortedWords();
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < sorted.length && out.length < limit; i++) {
      const w = sorted[i] as string;
      if (!w.startsWith(prefix)) break;
      if (w !== prefix) out.push(w);
    }
    return out.sort((a, b) => a.length - b.length);
  }

  /** Every way `word` can match: exact, typo and (when `asPrefix`) prefix. Prefix words are taken shortest
   * first until they hold `maxPrefixRecords` records; unless `typosIfCompleted`, typos are skipped for a
   * prefix that completes to something (in autocomplete an unfinished word is not a typo). */
  expand(word: string, asPrefix: boolean, typosIfCompleted = true, maxPrefixRecords = 600): { word: string; how: WordMatch }[] {
    const out: { word: string; how: WordMatch }[] = [];
    if (this.postings.has(word)) out.push({ word, how: "exact" });
    let completed = false;
    if (asPrefix) {
      let records = 0;
      for (const w of this.prefixed(word)) {
        out.push({ word: w, how: "prefix" });
        completed = true;
        records += this.records(w).length;
        if (records >= maxPrefixRecords) break;
      }
    }
    if (typosIfCompleted || !completed) for (const w of this.typos(word)) out.push({ word: w, how: "typo" });
    return out;
  }

  private sortedWords(): string[] {
    if (!this.sorted) this.sorted = [...this.postings.keys()].sort();
    return this.sorted;
  }
}
