// Text folding shared by every index and query: diacritics and case folded, punctuation to spaces, so that
// "Touareg", "TOUAREG" and "Touâreg" are one word and "al-Mawloud" is two.

const MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_NON_WORD = /[^a-z0-9]+/g;
// ASCII plus general punctuation (curly quotes, dashes, ellipsis, spaces), guillemets, middle dot and no-break
// space: none of these decomposes to a letter or digit, so each is a word break either way (checked in tests)
const ASCII_PUNCT = /^[\x00-\x7f\u2000-\u206f\u00ab\u00bb\u00b7\u00a0]*$/;
const WIDE_PUNCT = /[\u2000-\u206f\u00ab\u00bb\u00b7\u00a0]/g;

/** Folds case and diacritics and turns every run of punctuation or space into one space. */
export function normalize(text: string): string {
  // plain ASCII (most names and news text) takes the fast path: same result, a tenth of the time
  if (ASCII.test(text)) return text.toLowerCase().replace(ASCII_NON_WORD, " ").trim();
  // news text with typographic quotes and dashes: the same fast path once they are spaces (no NFKD pass)
  if (ASCII_PUNCT.test(text)) return text.replace(WIDE_PUNCT, " ").toLowerCase().replace(ASCII_NON_WORD, " ").trim();
  return text.normalize("NFKD").replace(MARKS, "").toLowerCase().replace(NON_WORD, " ").trim();
}

/** The words of a text, folded (see `normalize`). */
export function tokenize(text: string): string[] {
  const n = normalize(text);
  return n === "" ? [] : n.split(" ");
}

/** Every string made by deleting one character (the deletion neighbourhood of edit distance 1). */
export function deletions(token: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < token.length; i++) {
    const d = token.slice(0, i) + token.slice(i + 1);
    if (out[out.length - 1] !== d) out.push(d);
  }
  return out;
}

/** Longest query looked at: a name or topic is short; a pasted paragraph is cut so that it cannot slow the
 * search down for everyone. */
export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_WORDS = 12;

/** A query, folded (see `normalize`) and cut to its first MAX_QUERY_WORDS words and MAX_QUERY_CHARS. */
export function normalizeQuery(query: string): string {
  const n = normalize(query.length > MAX_QUERY_CHARS * 4 ? query.slice(0, MAX_QUERY_CHARS * 4) : query);
  if (n === "") return n;
  return n.split(" ").slice(0, MAX_QUERY_WORDS).join(" ").slice(0, MAX_QUERY_CHARS).trim();
}
