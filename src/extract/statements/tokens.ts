// Word tokens with body offsets. Quoted spans are masked first, so that a whole quote is one `quote` token:
// the rules that look for verbs of saying and their subjects never read inside the quoted words.
import type { QuoteSpan } from "./quotes.js";

export interface Token {
  text: string;
  /** Lower case, for lookups; an acronym ("WHO", "US", "IT") keeps its capitals so that it is never taken for
   * a function word. */
  lower: string;
  start: number;
  end: number;
  kind: "word" | "punct" | "quote";
  /** For a quote token: the quote it stands for. */
  quote?: QuoteSpan;
}

const MASK = "\u0001";

/** The body with every top-level quote (marks included) replaced by MASK characters, offsets unchanged. */
export function maskQuotes(body: string, quotes: readonly QuoteSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const q of quotes) {
    if (q.depth > 0 || q.open < at) continue;
    parts.push(body.slice(at, q.open), body.slice(q.open, q.end).replace(/[^\n]/g, MASK));
    at = q.end;
  }
  parts.push(body.slice(at));
  return parts.join("");
}

// Groups: 1 a masked quote, 2 a number or word, 3 one punctuation mark.
const TOKEN = /(\u0001+)|(\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}](?:[\p{L}\p{N}.'’\-]*[\p{L}\p{N}])?\.?)|([^\s\p{L}\p{N}\u0001])/gu;
const KEEP_DOT = /^(\p{L}|(\p{L}\.)+\p{L}?)\.$/u;

/** Tokens of masked[start, end). A word keeps inner apostrophes, hyphens and dots ("AU's", "al-Mawloud",
 * "U.S."); a trailing dot is kept only for a single letter or a known abbreviation shape ("J.", "U.S."). */
export function tokenize(masked: string, start: number, end: number, quotes: readonly QuoteSpan[]): Token[] {
  const out: Token[] = [];
  const text = masked.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let word = m[0];
    const s = start + m.index;
    if (m[1] !== undefined) {
      const quote = quoteAt(quotes, s);
      out.push({ text: word, lower: word, start: s, end: s + word.length, kind: "quote", ...(quote ? { quote } : {}) });
      continue;
    }
    if (m[2] !== undefined) {
      // "said." → "said" + "."; keep "J." and "U.S." whole.
      if (word.charCodeAt(word.length - 1) === 46 && !KEEP_DOT.test(word)) {
        word = word.slice(0, -1);
        out.push({ text: word, lower: lowerOf(word), start: s, end: s + word.length, kind: "word" });
        out.push({ text: ".", lower: ".", start: s + word.length, end: s + word.length + 1, kind: "punct" });
        continue;
      }
      out.push({ text: word, lower: lowerOf(word), start: s, end: s + word.length, kind: "word" });
    } else out.push({ text: word, lower: word, start: s, end: s + word.length, kind: "punct" });
  }
  return out;
}

/** The top-level quote covering offset `pos` (quotes sorted by opening offset). */
function quoteAt(quotes: readonly QuoteSpan[], pos: number): QuoteSpan | undefined {
  let lo = 0;
  let hi = quotes.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.open <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let k = best; k >= 0; k--) {
    const q = quotes[k]!;
    if (q.depth === 0 && q.open <= pos && pos < q.end) return q;
    if (q.depth === 0 && q.end <= pos) break;
  }
  return undefined;
}

const ALL_CAPS = /^\p{Lu}{2,}$/u;

/** An ASCII lower-case letter at index i: the word cannot be all capitals. */
const lowerAt = (word: string, i: number): boolean => {
  const c = word.charCodeAt(i);
  return c >= 97 && c <= 122;
};

/** Whether a word is already in lower case in plain ASCII (toLowerCase would return it unchanged). */
function plainLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return false;
  }
  return true;
}

const lowerOf = (word: string): string => {
  // Most words: lower case already, or a capital then a lower-case letter (never all capitals).
  if (lowerAt(word, 0) || lowerAt(word, 1)) return plainLower(word) ? word : word.toLowerCase();
  return ALL_CAPS.test(word) ? word : word.toLowerCase();
};

/** Words in a piece of text (letters or digits). */
export function countWords(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
