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

/** MASK for every code unit but line breaks (what `.replace(/[^\n]/g, MASK)` gives, without a regex). */
function maskOf(s: string): string {
  return s.includes("\n")
    ? s
        .split("\n")
        .map((p) => MASK.repeat(p.length))
        .join("\n")
    : MASK.repeat(s.length);
}

/** The body with every top-level quote (marks included) replaced by MASK characters, offsets unchanged. */
export function maskQuotes(body: string, quotes: readonly QuoteSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const q of quotes) {
    if (q.depth > 0 || q.open < at) continue;
    parts.push(body.slice(at, q.open), maskOf(body.slice(q.open, q.end)));
    at = q.end;
  }
  parts.push(body.slice(at));
  return parts.join("");
}

// The token grammar, as a regex (kept as the reference the scanner below is tested against):
// a run of MASK | a number with separators | a word | one other mark; white space separates.
export const TOKEN_REFERENCE = /\u0001+|\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}](?:[\p{L}\p{N}.'’-]*[\p{L}\p{N}])?\.?|[^\s\p{L}\p{N}\u0001]/gu;
const TITLE_ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gov",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "maj",
  "adm",
  "sen",
  "rep",
  "rev",
  "supt",
  "insp",
  "cmdr",
  "brig",
]);
const KEEP_DOT = /^(\p{L}|(\p{L}\.)+\p{L}?)\.$/u;

// Character classes of the grammar by code point: ASCII from a table, others from Unicode regexes (cached).
const SPACE = 1;
const LETTER = 2;
const DIGIT = 3; // \p{N}: a word character that can also open a number
const MASK_C = 4;
const OTHER = 0;
const IS_L = /^\p{L}$/u;
const IS_N = /^\p{N}$/u;
const IS_S = /^\s$/u;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_CLASS[c] = c === 1 ? MASK_C : IS_S.test(ch) ? SPACE : IS_L.test(ch) ? LETTER : IS_N.test(ch) ? DIGIT : OTHER;
}
const wideClass = new Map<number, number>();
function classOf(cp: number): number {
  if (cp < 128) return ASCII_CLASS[cp]!;
  let k = wideClass.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = IS_S.test(ch) ? SPACE : IS_L.test(ch) ? LETTER : IS_N.test(ch) ? DIGIT : OTHER;
    wideClass.set(cp, k);
  }
  return k;
}
/** Code point at i (a lone surrogate stands for itself, as in a /u regex). */
function cpAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000 : c;
}
const width = (cp: number): number => (cp > 0xffff ? 2 : 1);
const isWordClass = (k: number): boolean => k === LETTER || k === DIGIT;

/** End of the token of TOKEN_REFERENCE that starts at i (text[i] is not white space), and whether it is a
 * word or number (else a mark or a MASK run). Same match as the regex, without its per-position cost. */
function tokenEnd(text: string, i: number, cp: number, k: number): number {
  const n = text.length;
  if (k === MASK_C) {
    let j = i + 1;
    while (j < n && text.charCodeAt(j) === 1) j++;
    return j;
  }
  if (!isWordClass(k)) return i + width(cp);
  if (k === DIGIT) {
    // \p{N}+(?:[.,]\p{N}+)+ : digits, then at least one separator followed by digits.
    let j = i;
    while (j < n) {
      const c = cpAt(text, j);
      if (classOf(c) !== DIGIT) break;
      j += width(c);
    }
    let groups = 0;
    for (;;) {
      const sep = text.charCodeAt(j);
      if ((sep !== 46 && sep !== 44) || j + 1 >= n) break;
      const c = cpAt(text, j + 1);
      if (classOf(c) !== DIGIT) break;
      j += 1 + width(c);
      while (j < n) {
        const d = cpAt(text, j);
        if (classOf(d) !== DIGIT) break;
        j += width(d);
      }
      groups++;
    }
    if (groups > 0) return j;
  }
  // [\p{L}\p{N}](?:[\p{L}\p{N}.'’\-]*[\p{L}\p{N}])?\.? : the run of word characters and inner marks,
  // ending at its last letter or digit, then an optional dot.
  let j = i + width(cp);
  let e = j;
  while (j < n) {
    const c = cpAt(text, j);
    const kc = classOf(c);
    if (isWordClass(kc)) {
      j += width(c);
      e = j;
    } else if (c === 46 || c === 39 || c === 0x2019 || c === 45) j++;
    else break;
  }
  return text.charCodeAt(e) === 46 ? e + 1 : e;
}

/** Tokens of masked[start, end). A word keeps inner apostrophes, hyphens and dots ("AU's", "al-Mawloud",
 * "U.S."); a trailing dot is kept only for a single letter or a known abbreviation shape ("J.", "U.S."). */
export function tokenize(masked: string, start: number, end: number, quotes: readonly QuoteSpan[]): Token[] {
  const out: Token[] = [];
  const text = masked.slice(start, end);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = cpAt(text, i);
    const k = classOf(cp);
    if (k === SPACE) {
      i += width(cp);
      continue;
    }
    const e = tokenEnd(text, i, cp, k);
    let word = text.slice(i, e);
    const s = start + i;
    i = e;
    if (k === MASK_C) {
      const quote = quoteAt(quotes, s);
      out.push({ text: word, lower: word, start: s, end: s + word.length, kind: "quote", ...(quote ? { quote } : {}) });
      continue;
    }
    if (isWordClass(k)) {
      // "said." → "said" + "."; keep "J." and "U.S." whole.
      // "Mr. Okafor", "Gov. Abbott": a title's abbreviation keeps its dot (and is looked up without it).
      if (word.charCodeAt(word.length - 1) === 46 && TITLE_ABBREVIATIONS.has(lowerOf(word.slice(0, -1)))) {
        out.push({ text: word, lower: lowerOf(word.slice(0, -1)), start: s, end: s + word.length, kind: "word" });
        continue;
      }
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
