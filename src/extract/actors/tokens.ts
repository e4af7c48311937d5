// Word tokens with body offsets, and runs of capitalised words (proper-name candidates) with their connectors.
import type { Sentence } from "../types.js";

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
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\-'’.&]*/gu;
const PARTICLE = /^(al|el|ad|an|as|ash|at|az|ar|bin|ibn|abu|ben|bou|de|di|du|da|van|von|le|la|d|o)[-'’]\p{Lu}/u;

export function tokenize(body: string, s: Sentence): Token[] {
  const out: Token[] = [];
  let prevEnd = s.start;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s.text); m; m = WORD.exec(s.text)) {
    let text = m[0];
    let poss = false;
    if (/['’]s$/.test(text) && text.length > 2) {
      text = text.slice(0, -2);
      poss = true;
    } else if (/^(?:\p{Lu}\.){2,}$/u.test(text)) {
      // "U.S." keeps its dots
    } else {
      text = text.replace(/[-'’.&]+$/u, "");
    }
    const start = s.start + m.index;
    const end = start + text.length;
    const gap = body.slice(prevEnd, start);
    const letters = text.replace(/[^\p{L}]/gu, "");
    out.push({
      text,
      lower: text.toLowerCase(),
      start,
      end,
      cap: /^\p{Lu}/u.test(text) || PARTICLE.test(text),
      allCaps: letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters),
      poss,
      initial: out.length === 0 || /[«“"‘:(\[]\s*$/.test(gap) || /[.!?]\s*$/.test(gap),
      gap,
      sentence: s.index,
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
      while (k < tokens.length && !tokens[k]!.cap && CONNECTORS.has(tokens[k]!.lower) && /^ +$/.test(tokens[k]!.gap)) k++;
      const next = tokens[k];
      if (!next || !next.cap || !/^ +$/.test(next.gap) || next.initial) break;
      j = k;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}
