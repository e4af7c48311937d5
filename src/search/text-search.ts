// Statements and events by their words: an inverted index (exact words, a prefix for the last word) gives the records covering the most query words; fuse.js orders the best few.
import Fuse from "fuse.js";
import { normalize, normalizeQuery } from "./normalize.js";
import { MATCH_WEIGHT, Vocabulary } from "./vocabulary.js";
import { drain, type Steps } from "../steps.js";

/** Function words that carry no topic: left out of queries when the query has other words. */
export const STOPWORDS = new Set(
  (
    "a an the of in on at to for from by with about and or but not is are was were be been has have had do does did " +
    "what who whom which when where why how that this these those it its their his her they them he she we you i " +
    "say says said tell told me us our all any some"
  ).split(" "),
);

const MAX_SCORED = 60;
/** A query word found in more records than this only re-weighs what rarer words found. */
const COMMON_WORD_RECORDS = 2000;
const FUSE_OPTIONS = { ignoreLocation: true, threshold: 0.6, ignoreDiacritics: true } as const;

export interface TextHit {
  /** Index of the record. */
  index: number;
  score: number;
}

export class TextSearch {
  /** Exact words and prefixes only: typos in a topic are caught by the actor search, which runs first. */
  private vocab: Vocabulary | null = null;
  private norms: string[] = [];

  /** The index is built on the first search, not here, so that swapping in a new summary stays fast. */
  constructor(
    private readonly texts: () => Iterable<string>,
    /** The texts are already folded by `normalize` (the caller caches them). */
    private readonly normalized = false,
  ) {}

  private built(): Vocabulary {
    return this.vocab ?? drain(this.prepare());
  }

  /** Builds the index now, with pause points (the live store does, so that no answer pays for it). */
  *prepare(): Steps<Vocabulary> {
    if (this.vocab) return this.vocab;
    const vocab = new Vocabulary(false);
    const norms: string[] = [];
    let i = 0;
    for (const text of this.texts()) {
      const norm = this.normalized ? text : normalize(text);
      norms.push(norm);
      if (norm !== "") for (const w of norm.split(" ")) vocab.add(w, i);
      if ((++i & 4095) === 0) yield;
    }
    // a search made between two pause points built it meanwhile: keep that one
    if (this.vocab) return this.vocab;
    this.norms = norms;
    return (this.vocab = vocab);
  }

  /** Records whose folded text holds `phrase` (already folded) as whole words, in record order: read from the
   * postings of its rarest word, not by scanning every record. */
  containing(phrase: string): number[] {
    const words = phrase.split(" ").filter(Boolean);
    if (words.length === 0) return [];
    const vocab = this.built();
    let rarest: readonly number[] | null = null;
    for (const w of words) {
      const r = vocab.records(w);
      if (rarest === null || r.length < rarest.length) rarest = r;
    }
    const needle = ` ${words.join(" ")} `;
    return (rarest ?? []).filter((r) => ` ${this.norms[r] as string} `.includes(needle));
  }

  /** Query words that select records: stopwords dropped unless nothing else is left. */
  static queryWords(query: string): string[] {
    const words = normalizeQuery(query).split(" ").filter(Boolean);
    const content = words.filter((w) => !STOPWORDS.has(w));
    return content.length > 0 ? content : words;
  }

  /** Records covering at least half the query words, best first. */
  search(query: string, limit = 50): TextHit[] {
    const words = TextSearch.queryWords(query);
    const n = words.length;
    if (n === 0) return [];
    const vocab = this.built();
    const acc = new Map<number, number[]>();
    // rarest words first; a common word then only re-weighs the records the rarer ones found
    const plan = words.map((word, i) => {
      const ex = vocab.expand(word, i === n - 1 && word.length >= 3);
      let total = 0;
      for (const e of ex) total += vocab.records(e.word).length;
      return { word, i, ex, total };
    });
    plan.sort((a, b) => a.total - b.total);
    for (const { word, i, ex, total } of plan) {
      if (total > COMMON_WORD_RECORDS && acc.size > 0) {
        for (const [r, weights] of acc) {
          const norm = ` ${this.norms[r] as string} `;
          if (norm.includes(` ${word} `)) weights[i] = MATCH_WEIGHT.exact;
          else if (i === n - 1 && word.length >= 3 && norm.includes(` ${word}`)) weights[i] = MATCH_WEIGHT.prefix;
        }
        continue;
      }
      let budget = COMMON_WORD_RECORDS;
      for (const e of ex) {
        const w = MATCH_WEIGHT[e.how];
        for (const r of vocab.records(e.word)) {
          let weights = acc.get(r);
          if (!weights) {
            // one common word alone: its first records are enough to fill a page of answers
            if (budget-- <= 0) break;
            acc.set(r, (weights = new Array<number>(n).fill(0)));
          }
          if (w > (weights[i] as number)) weights[i] = w;
        }
      }
    }
    let hits: TextHit[] = [];
    for (const [index, weights] of acc) {
      let sum = 0;
      for (const w of weights) sum += w;
      const coverage = sum / n;
      if (coverage >= 0.5) hits.push({ index, score: 1 - coverage });
    }
    if (hits.length > 4 * MAX_SCORED) {
      // a common word: keep only the records covering as much of the query as the best ones
      let best = 1;
      for (const h of hits) if (h.score < best) best = h.score;
      hits = hits.filter((h) => h.score <= best + 0.05);
    }
    hits.sort((x, y) => x.score - y.score || x.index - y.index);
    const pattern = words.join(" ").slice(0, 32);
    // fuse.js orders the best few; the rest keep their coverage order behind them
    const scored = hits.slice(0, MAX_SCORED).map((h) => {
      const m = Fuse.match(pattern, this.norms[h.index] as string, FUSE_OPTIONS);
      return { index: h.index, score: 0.7 * h.score + 0.3 * (m.isMatch ? m.score : 1) };
    });
    scored.sort((x, y) => x.score - y.score || x.index - y.index);
    const worst = scored.length ? (scored[scored.length - 1] as TextHit).score : 0;
    for (const h of hits.slice(MAX_SCORED, limit)) scored.push({ index: h.index, score: Math.max(worst, 0.7 * h.score + 0.3) });
    return scored.slice(0, limit);
  }
}
