// Statements and events by their words: an inverted index (exact words, a prefix for the last word) gives the records covering the most query words; fuse.js orders the best few.
import Fuse from "fuse.js";
import { normalize } from "./normalize.js";
import { MATCH_WEIGHT, Vocabulary } from "./vocabulary.js";

/** Function words that carry no topic: left out of queries when the query has other words. */
export const STOPWORDS = new Set(
  (
    "a an the of in on at to for from by with about and or but not is are was were be been has have had do does did " +
    "what who whom which when where why how that this these those it its their his her they them he she we you i " +
    "say says said tell told me us our all any some"
  ).split(" "),
);

const MAX_SCORED = 100;
const FUSE_OPTIONS = { ignoreLocation: true, threshold: 0.6, ignoreDiacritics: true } as const;

export interface TextHit {
  /** Index of the record. */
  index: number;
  score: number;
}

export class TextSearch {
  /** Exact words and prefixes only: typos in a topic are caught by the actor search, which runs first. */
  private vocab: Vocabulary | null = null;
  private readonly norms: string[] = [];

  /** The index is built on the first search, not here, so that swapping in a new summary stays fast. */
  constructor(private readonly texts: () => Iterable<string>) {}

  private built(): Vocabulary {
    if (this.vocab) return this.vocab;
    const vocab = new Vocabulary(false);
    let i = 0;
    for (const text of this.texts()) {
      const norm = normalize(text);
      this.norms.push(norm);
      if (norm !== "") for (const w of norm.split(" ")) vocab.add(w, i);
      i++;
    }
    return (this.vocab = vocab);
  }

  /** Query words that select records: stopwords dropped unless nothing else is left. */
  static queryWords(query: string): string[] {
    const words = normalize(query).split(" ").filter(Boolean);
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
    words.forEach((word, i) => {
      for (const e of vocab.expand(word, i === n - 1 && word.length >= 3)) {
        const w = MATCH_WEIGHT[e.how];
        for (const r of vocab.records(e.word)) {
          let weights = acc.get(r);
          if (!weights) acc.set(r, (weights = new Array<number>(n).fill(0)));
          if (w > (weights[i] as number)) weights[i] = w;
        }
      }
    });
    const hits: TextHit[] = [];
    for (const [index, weights] of acc) {
      let sum = 0;
      for (const w of weights) sum += w;
      const coverage = sum / n;
      if (coverage >= 0.5) hits.push({ index, score: 1 - coverage });
    }
    hits.sort((x, y) => x.score - y.score || x.index - y.index);
    const pattern = words.join(" ");
    const scored = hits.slice(0, Math.max(limit, MAX_SCORED)).map((h) => {
      const m = Fuse.match(pattern.slice(0, 32), this.norms[h.index] as string, FUSE_OPTIONS);
      return { index: h.index, score: 0.7 * h.score + 0.3 * (m.isMatch ? m.score : 1) };
    });
    scored.sort((x, y) => x.score - y.score || x.index - y.index);
    return scored.slice(0, limit);
  }
}
