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

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\-'’.&]*/gu;
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
    return "«“\"‘:([.!?".includes(ch);
  }
  return false;
}

export function tokenize(body: string, s: Sentence): Token[] {
  const out: Token[] = [];
  let prevEnd = s.start;
  const re = WORD;
  re.lastIndex = 0;
  const text0 = s.text;
  for (let m = re.exec(text0); m; m = re.exec(text0)) {
    let text = m[0];
    let poss = false;
    const last = text[text.length - 1]!;
    if (text.length > 2 && last === "s" && (text[text.length - 2] === "'" || text[text.length - 2] === "’")) {
      text = text.slice(0, -2);
      poss = true;
    } else if (last === "." || last === "-" || last === "'" || last === "’" || last === "&") {
      if (!/^(?:\p{Lu}\.){2,}$/u.test(text)) text = text.replace(/[-'’.&]+$/u, "");
    }
    const start = s.start + m.index;
    const end = start + text.length;
    const gap = body.slice(prevEnd, start);
    const first = text[0]!;
    const cap = isUpperChar(first) || (isLowerChar(first) && PARTICLE.test(text));
    let allCaps = false;
    if (cap && text.length >= 2) {
      allCaps = true;
      let letters = 0;
      for (const ch of text) {
        if (isLowerChar(ch)) {
          allCaps = false;
          break;
        }
        if (isUpperChar(ch)) letters++;
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
  "of", "the", "de", "del", "della", "di", "da", "das", "do", "dos", "du", "la", "le", "van", "von", "der", "den",
  "ter", "bin", "ibn", "al", "el", "ben", "bint", "y",
]);

const ABBREV_TITLES = new Set(["mr", "mrs", "ms", "dr", "gen", "col", "sen", "rep", "gov", "lt", "sgt", "capt", "prof", "rev", "maj", "adm", "cpt", "brig", "amb", "pres", "hon"]);

/** "on" and "for" join a name only after an organisation's head noun ("Authority on Development"). */
const ORG_CONNECTORS = new Set(["on", "for"]);
function hasHead(tokens: Token[], i: number, j: number): boolean {
  for (let x = i; x <= j; x++) if (ORG_HEADS.has(tokens[x]!.lower)) return true;
  return false;
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
      while (k < tokens.length && !tokens[k]!.cap && (CONNECTORS.has(tokens[k]!.lower) || (ORG_CONNECTORS.has(tokens[k]!.lower) && hasHead(tokens, i, j))) && /^ +$/.test(tokens[k]!.gap)) k++;
      const next = tokens[k];
      // "Mr. Okafor", "John F. Kennedy": an abbreviated title or an initial keeps its full stop inside the name
      const abbrev = k === j + 1 && next && /^\. $/.test(next.gap) && (ABBREV_TITLES.has(tokens[j]!.lower) || /^\p{Lu}$/u.test(tokens[j]!.text));
      if (!next || !next.cap || (!/^ +$/.test(next.gap) && !abbrev) || (next.initial && !abbrev)) break;
      j = k;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}
