// Sentence splitting with character offsets into the article body.
//
// Intl.Segmenter (ICU, built into Node) finds the candidate boundaries; on top of it we keep together what
// ICU splits wrongly in news text: abbreviations ("Gen.", "U.S."), initials ("J. Smith") and a terminator
// followed by a lower-case word. Paragraph breaks ("\n\n" or a single "\n") always end a sentence.
import type { Sentence } from "./types.js";

const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "adm", "gov", "sen", "rep",
    "rev", "jr", "sr", "hon", "pres", "amb", "cmdr", "brig", "insp", "supt", "no", "nos", "vs", "v", "etc", "inc",
    "ltd", "co", "corp", "dept", "univ", "assn", "bros", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "approx",
    "est", "fig", "al", "e.g", "i.e", "u.s", "u.k", "u.n", "u.s.a", "a.m", "p.m", "ph.d", "mt", "ft", "ave", "blvd",
  ].map((a) => a.toLowerCase()),
);

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Whether the text before a candidate boundary ends in an abbreviation or an initial. */
function endsInAbbreviation(before: string): boolean {
  const m = /([A-Za-z][A-Za-z.]*)\.\s*$/.exec(before);
  if (!m) return false;
  const word = m[1]!;
  if (/^[A-Z]$/.test(word)) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Splits one paragraph (no line breaks) starting at `offset` in the body. */
function splitParagraph(text: string, offset: number): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  for (const seg of segmenter.segment(text)) {
    const start = offset + seg.index;
    const end = start + seg.segment.length;
    const prev = pieces[pieces.length - 1];
    const first = seg.segment.trimStart()[0] ?? "";
    const prevText = prev ? text.slice(prev.start - offset, prev.end - offset) : "";
    const glue = prev && (endsInAbbreviation(prevText) || /^[a-z,;:)]/.test(first) || !/[.!?…"”»’')\]]\s*$/.test(prevText));
    if (prev && glue) prev.end = end;
    else pieces.push({ start, end });
  }
  return pieces;
}

export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const re = /[^\n]+/g;
  let lastEnd = -1;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (lastEnd >= 0 && body.slice(lastEnd, m.index).includes("\n")) paragraph++;
    lastEnd = m.index + m[0].length;
    for (const { start, end } of splitParagraph(m[0], m.index)) {
      // Trim surrounding white space so that `text` starts and ends on a character of the sentence.
      let s = start;
      let e = end;
      while (s < e && /\s/.test(body[s]!)) s++;
      while (e > s && /\s/.test(body[e - 1]!)) e--;
      if (e > s) sentences.push({ index: sentences.length, start: s, end: e, text: body.slice(s, e), paragraph });
    }
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
