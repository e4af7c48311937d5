// Word tokens with body offsets, and runs of capitalised words (proper-name candidates) with their connectors.
import type { Sentence } from "../types.js";
import { ORG_HEADS } from "../lexicon/words.js";

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter (or is a name particle like "al-Mawloud"). */
  cap: boolean;
  /** Two or more capitals and no lower-case letter ("AMA", "U.S."). */
  allCaps: boolean;
  /** Followed by a possessive 's, which is not part of the token. */
  poss: boolean;
  /** First word of its sentence, or first after an opening quote or colon: capitalised by position. */
  initial: boolean;
  /** Text between the previous token and this one. */
  gap: string;
  sentence: number;
  /** Index of the token in its sentence. */
  i: number;
}

const _WORD = /[\p{L}\p{N}][\p{L}\p{N}\-'’.&]*/gu;
const PARTICLE = /^(al|el|ad|an|as|ash|at|az|ar|bin|ibn|abu|ben|bou|de|di|du|da|van|von|le|la|d|o)[-'’]\p{Lu}/u;

const UPPER = /^\p{Lu}/u;
const LETTER = /\p{L}/u;

function isUpperChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER.test(ch);
}

function isLowerChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  return LETTER.test(ch) && !UPPER.test(ch);
}

/** Gap text that puts the next word at the start of a clause: an opening quote, a colon, a full stop. */
function opensClause(gap: string): boolean {
  for (let i = gap.length - 1; i >= 0; i--) {
    const ch = gap[i]!;
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\u00a0") continue;
    return '«“"‘:([.!?'.includes(ch);
  }
  return false;
}

const LN = /^[\p{L}\p{N}]$/u;
/** Non-ASCII code points that are letters or digits, memoised: most articles use a handful. */
const LN_CACHE = new Map<number, boolean>();
function isLetterOrDigitCode(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  let v = LN_CACHE.get(cp);
  if (v === undefined) {
    v = LN.test(String.fromCodePoint(cp));
    LN_CACHE.set(cp, v);
  }
  return v;
}
/** Characters a word may continue with besides letters and digits: - ' ’ . & */
function isWordPunct(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38;
}
/** A separator where a name particle ends ("al-", "ibn-", "d’"): cheap test before the PARTICLE regex. */
function particleSep(text: string): boolean {
  for (let x = 1; x <= 3 && x < text.length; x++) {
    const c = text.charCodeAt(x);
    if (c === 45 || c === 39 || c === 0x2019) return true;
  }
  return false;
}
const DOTTED_CAPS = /^(?:\p{Lu}\.){2,}$/u;
const TRAILING_PUNCT = /[-'’.&]+$/u;

/** Tokens of one sentence: the words `[\p{L}\p{N}][\p{L}\p{N}\-'’.&]*`, scanned by hand (no regex per word). */
export function tokenize(body: string, s: Sentence): Token[] {
  const out: Token[] = [];
  let prevEnd = s.start;
  const text0 = s.text;
  const len = text0.length;
  let p = 0;
  while (p < len) {
    // find the next word start
    let cp = text0.charCodeAt(p);
    let w = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && p + 1 < len) {
      cp = text0.codePointAt(p)!;
      if (cp > 0xffff) w = 2;
    }
    if (!isLetterOrDigitCode(cp)) {
      p += w;
      continue;
    }
    const mIndex = p;
    p += w;
    while (p < len) {
      let c = text0.charCodeAt(p);
      let cw = 1;
      if (c >= 0xd800 && c <= 0xdbff && p + 1 < len) {
        c = text0.codePointAt(p)!;
        if (c > 0xffff) cw = 2;
      }
      if (isWordPunct(c) || isLetterOrDigitCode(c)) p += cw;
      else break;
    }
    let text = text0.slice(mIndex, p);
    let poss = false;
    const last = text[text.length - 1]!;
    if (text.length > 2 && last === "s" && (text[text.length - 2] === "'" || text[text.length - 2] === "’")) {
      text = text.slice(0, -2);
      poss = true;
    } else if (last === "." || last === "-" || last === "'" || last === "’" || last === "&") {
      if (!DOTTED_CAPS.test(text)) text = text.replace(TRAILING_PUNCT, "");
    }
    const start = s.start + mIndex;
    const end = start + text.length;
    const gap = body.slice(prevEnd, start);
    const first = text[0]!;
    const cap = isUpperChar(first) || (isLowerChar(first) && particleSep(text) && PARTICLE.test(text));
    let allCaps = false;
    if (cap && text.length >= 2) {
      allCaps = true;
      let letters = 0;
      for (let x = 0; x < text.length; x++) {
        const code = text.charCodeAt(x);
        if (code >= 97 && code <= 122) {
          allCaps = false;
          break;
        }
        if (code >= 65 && code <= 90) {
          letters++;
          continue;
        }
        if (code < 128) continue;
        const ch = code >= 0xd800 && code <= 0xdbff && x + 1 < text.length ? text.slice(x, x + 2) : text[x]!;
        const one = ch.codePointAt(0)! > 0xffff ? ch : text[x]!;
        if (isLowerChar(one)) {
          allCaps = false;
          break;
        }
        if (isUpperChar(one)) letters++;
        if (one.length === 2) x++;
      }
      if (letters < 2) allCaps = false;
    }
    out.push({
      text,
      lower: text.toLowerCase(),
      start,
      end,
      cap,
      allCaps,
      poss,
      initial: out.length === 0 || opensClause(gap),
      gap,
      sentence: s.index,
      i: out.length,
    });
    prevEnd = poss ? end + 2 : end;
  }
  return out;
}

/** Lower-case words that may sit inside a name ("Ministry of Foreign Affairs", "Ould Cheikh El …"). */
export const CONNECTORS = new Set([
  "of",
  "the",
  "de",
  "del",
  "della",
  "di",
  "da",
  "das",
  "do",
  "dos",
  "du",
  "la",
  "le",
  "van",
  "von",
  "der",
  "den",
  "ter",
  "bin",
  "ibn",
  "al",
  "el",
  "ben",
  "bint",
  "y",
]);

const ABBREV_TITLES = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "gen",
  "col",
  "sen",
  "rep",
  "gov",
  "lt",
  "sgt",
  "capt",
  "prof",
  "rev",
  "maj",
  "adm",
  "cpt",
  "brig",
  "amb",
  "pres",
  "hon",
]);

/** "on" and "for" join a name only after an organisation's head noun ("Authority on Development"). */
const ORG_CONNECTORS = new Set(["on", "for"]);
function hasHead(tokens: Token[], i: number, j: number): boolean {
  for (let x = i; x <= j; x++) if (ORG_HEADS.has(tokens[x]!.lower)) return true;
  return false;
}

const ONE_UPPER = /^\p{Lu}$/u;

/** One or more plain spaces and nothing else (what `/^ +$/` tests, without a regex). */
export function onlySpaces(gap: string): boolean {
  if (gap.length === 0) return false;
  for (let x = 0; x < gap.length; x++) if (gap.charCodeAt(x) !== 32) return false;
  return true;
}

/** Runs of capitalised tokens, with inner connectors, split at punctuation. Indices into `tokens`. */
export function capitalRuns(tokens: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.cap) {
      i++;
      continue;
    }
    let j = i;
    // extend: next cap token, or connectors followed by a cap token, with only spaces between
    for (;;) {
      if (tokens[j]!.poss) break;
      let k = j + 1;
      while (
        k < tokens.length &&
        !tokens[k]!.cap &&
        (CONNECTORS.has(tokens[k]!.lower) || (ORG_CONNECTORS.has(tokens[k]!.lower) && hasHead(tokens, i, j))) &&
        onlySpaces(tokens[k]!.gap)
      )
        k++;
      const next = tokens[k];
      // "Mr. Okafor", "John F. Kennedy": an abbreviated title or an initial keeps its full stop inside the name
      const abbrev = k === j + 1 && next && next.gap === ". " && (ABBREV_TITLES.has(tokens[j]!.lower) || ONE_UPPER.test(tokens[j]!.text));
      if (!next?.cap || (!onlySpaces(next.gap) && !abbrev) || (next.initial && !abbrev)) break;
      j = k;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}
