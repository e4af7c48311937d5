// Sentence splitting with character offsets into the article body.
//
// Candidate boundaries follow the Unicode sentence-break rules (UAX #29, what ICU's Intl.Segmenter applies),
// scanned by hand for the characters news copy is made of: several times faster than the segmenter. A paragraph
// holding any other character (another script, a control or format character) goes through Intl.Segmenter.
// On top of the candidates we keep together what the rules split wrongly in news text: abbreviations ("Gen.",
// "U.S."), initials ("J. Smith") and a terminator followed by a lower-case word. Paragraph breaks ("\n\n" or a
// single "\n") always end a sentence.
import type { Sentence } from "./types.js";

/** Abbreviations that never end a sentence: a title or a word that stands before a name or a number ("Gen.
 * Smith", "Jan. 5"). */
const TITLES = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "cpt",
  "maj",
  "adm",
  "gov",
  "sen",
  "rep",
  "rev",
  "hon",
  "pres",
  "amb",
  "cmdr",
  "brig",
  "insp",
  "supt",
  "vs",
  "v",
  "mt",
  "ft",
  "approx",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
]);

/** Abbreviations that may also end a sentence ("… in St. Louis" / "… on Main St. The …", "Acme Inc. said" /
 * "… of Acme Inc. It …"): they end one only before a word that opens sentences. Dotted abbreviations ("U.S.",
 * "p.m.") and a single capital initial ("J.") are read the same way. */
const ENDINGS = new Set([
  "st",
  "jr",
  "sr",
  "etc",
  "inc",
  "ltd",
  "co",
  "corp",
  "dept",
  "univ",
  "assn",
  "bros",
  "est",
  "al",
  "ave",
  "blvd",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thur",
  "thurs",
  "fri",
  "sat",
  "sun",
]);

/** Dotted abbreviations: "U.S.", "p.m.", "e.g." */
const DOTTED = new Set(["u.s", "u.k", "u.n", "u.s.a", "a.m", "p.m", "e.g", "i.e", "ph.d"]);

/** Dotted capital initials ("K.P.", "J.R.R."): like a single initial, they go with the name that follows. */
const INITIALS = /^(?:[A-Z]\.){2,3}$/;

/** Capitalised words that open sentences far more often than they follow an abbreviation inside a name:
 * determiners, pronouns, conjunctions, prepositions and sentence adverbs. */
const OPENERS = new Set(
  (
    "The A An He She It They We I You This That These Those There Here His Her Its Their Our My Your " +
    "In On At As By For From With After Before During Since While When Where If But And Or So Yet Then " +
    "However Meanwhile Also Still Now Today Yesterday Earlier Later Some Many Most All No One Two Both Each " +
    "Such What Who Why How According"
  ).split(" "),
);
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** JavaScript's `\s`. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Whether a candidate boundary after text[from, to) falls inside a sentence because of an abbreviation or an
 * initial (the word of letters and dots before a final "."): always after a title ("Gov. Abbott"); after a
 * dotted abbreviation, a single initial or an abbreviation that may end a sentence, only when the next word
 * (at `next`) is not one that opens sentences ("U.S. Army", "J. Smith", "St. Louis" but "… in the U.S. The
 * …", "… at 9 a.m. In …"). */
function endsInAbbreviation(text: string, from: number, to: number, next: number): boolean {
  let e = to;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  if (e <= from || text.charCodeAt(e - 1) !== 46) return false;
  const dot = e - 1;
  let s = dot;
  while (s > from && (isAsciiLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 46)) s--;
  while (s < dot && !isAsciiLetter(text.charCodeAt(s))) s++;
  if (s >= dot) return false;
  const word = text.slice(s, dot).toLowerCase();
  if (TITLES.has(word)) return true;
  // "No. 10", "Fig. 3": before a number only ("voted no. Then …" ends a sentence)
  if (word === "no" || word === "nos" || word === "fig") return isDigit(text.charCodeAt(next));
  const initial = dot - s === 1 && text.charCodeAt(s) >= 65 && text.charCodeAt(s) <= 90; // "J. Smith"
  if (!initial && !ENDINGS.has(word) && !DOTTED.has(word) && !INITIALS.test(text.slice(s, e))) return false;
  let w = next;
  while (w < text.length && isAsciiLetter(text.charCodeAt(w))) w++;
  return !OPENERS.has(text.slice(next, w));
}

/** Whether the last non-space character of text[from, to) ends a sentence: . ! ? … or a closing quote/bracket. */
function endsInTerminator(text: string, from: number, to: number): boolean {
  let e = to;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  if (e <= from) return false;
  const c = text[e - 1]!;
  return ".!?…\"”»’')]".includes(c);
}

// Sentence-break classes (UAX #29) of the characters the hand scan knows.
const OTHER = 0,
  SP = 1,
  LOWER = 2,
  UPPER = 3,
  NUMERIC = 4,
  ATERM = 5,
  STERM = 6,
  CLOSE = 7,
  SCONTINUE = 8;
const UNKNOWN = -1;

function sbClass(c: number): number {
  if (c < 128) {
    if (c >= 97 && c <= 122) return LOWER;
    if (c >= 65 && c <= 90) return UPPER;
    if (c >= 48 && c <= 57) return NUMERIC;
    if (c === 32 || c === 9 || c === 11 || c === 12) return SP;
    if (c === 46) return ATERM;
    if (c === 33 || c === 63) return STERM;
    if (c === 34 || c === 39 || c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125) return CLOSE;
    if (c === 44 || c === 45 || c === 58 || c === 59) return SCONTINUE;
    if (c < 32 || c === 127) return UNKNOWN;
    return OTHER;
  }
  if (c >= 0xc0 && c <= 0xff) {
    if (c === 0xd7 || c === 0xf7) return OTHER;
    return c <= 0xde ? UPPER : LOWER;
  }
  switch (c) {
    case 0xa0:
      return SP;
    case 0xab:
    case 0xbb:
    case 0x2018:
    case 0x2019:
    case 0x201c:
    case 0x201d:
      return CLOSE;
    case 0x2013:
    case 0x2014:
      return SCONTINUE;
    case 0x2026:
    case 0x20ac:
    case 0xa3:
    case 0xb0:
    case 0xa7:
    case 0x2022:
      return OTHER;
  }
  return UNKNOWN;
}

/** Candidate sentence ends in text[0, n) by UAX #29, or null when the text holds a character the scan does not
 * classify. */
function candidateEnds(text: string): number[] | null {
  const n = text.length;
  const cls = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const k = sbClass(text.charCodeAt(i));
    if (k === UNKNOWN) return null;
    cls[i] = k;
  }
  const ends: number[] = [];
  let i = 0;
  while (i < n) {
    const k = cls[i]!;
    if (k !== ATERM && k !== STERM) {
      i++;
      continue;
    }
    if (k === ATERM && i + 1 < n) {
      const next = cls[i + 1]!;
      if (next === NUMERIC) {
        i++;
        continue;
      } // SB6
      if (next === UPPER && i > 0 && (cls[i - 1] === UPPER || cls[i - 1] === LOWER)) {
        i++;
        continue;
      } // SB7
    }
    let j = i + 1;
    while (j < n && cls[j] === CLOSE) j++;
    while (j < n && cls[j] === SP) j++;
    if (j >= n) break; // the end of the text ends the last segment
    const after = cls[j]!;
    if (after === SCONTINUE || after === ATERM || after === STERM) {
      i = j;
      continue;
    } // SB8a
    if (k === ATERM) {
      let p = j;
      while (p < n) {
        const q = cls[p]!;
        if (q === LOWER || q === UPPER || q === ATERM || q === STERM) break;
        p++;
      }
      if (p < n && cls[p] === LOWER) {
        i = j;
        continue;
      } // SB8
    }
    ends.push(j);
    i = j;
  }
  ends.push(n);
  return ends;
}

/** Splits one paragraph (no line breaks) starting at `offset` in the body. */
function splitParagraph(text: string, offset: number): { start: number; end: number }[] {
  let ends = candidateEnds(text);
  if (!ends) {
    ends = [];
    for (const seg of segmenter.segment(text)) ends.push(seg.index + seg.segment.length);
  }
  const pieces: { start: number; end: number }[] = [];
  let segStart = 0;
  for (const segEnd of ends) {
    let f = segStart;
    while (f < segEnd && isSpace(text.charCodeAt(f))) f++;
    const first = f < segEnd ? text.charCodeAt(f) : -1;
    const prev = pieces[pieces.length - 1];
    const glue =
      prev &&
      (endsInAbbreviation(text, prev.start - offset, prev.end - offset, f) ||
        (first >= 97 && first <= 122) ||
        first === 44 ||
        first === 59 ||
        first === 58 ||
        first === 41 ||
        !endsInTerminator(text, prev.start - offset, prev.end - offset));
    if (prev && glue) prev.end = offset + segEnd;
    else pieces.push({ start: offset + segStart, end: offset + segEnd });
    segStart = segEnd;
  }
  return pieces;
}

export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lastEnd = -1;
  let pos = 0;
  const n = body.length;
  while (pos < n) {
    if (body.charCodeAt(pos) === 10) {
      pos++;
      continue;
    }
    let lineEnd = body.indexOf("\n", pos);
    if (lineEnd < 0) lineEnd = n;
    if (lastEnd >= 0 && lastEnd < pos) paragraph++; // a line break lies between this line and the last one
    lastEnd = lineEnd;
    for (const { start, end } of splitParagraph(body.slice(pos, lineEnd), pos)) {
      // Trim surrounding white space so that `text` starts and ends on a character of the sentence.
      let s = start;
      let e = end;
      while (s < e && isSpace(body.charCodeAt(s))) s++;
      while (e > s && isSpace(body.charCodeAt(e - 1))) e--;
      if (e > s) sentences.push({ index: sentences.length, start: s, end: e, text: body.slice(s, e), paragraph });
    }
    pos = lineEnd;
  }
  return sentences;
}
/** Index of the sentence containing body offset `pos` (the last sentence starting at or before it). */
export function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
