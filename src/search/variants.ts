// How a name may be written differently and still be the same name, for lookups:
// - transliteration variants of names from Arabic and other scripts (Gaddafi, Kadhafi, Qaddafi; Mohamed,
//   Mohammed, Muhammad; Moamer, Muammar): a word's consonant skeleton, with the letters transliterations swap
//   for one another folded together;
// - a leading article or a possessive around the name ("the CMA", "the FLA's statement" → "cma", "fla").
// Both work on text already folded by `normalize`. What counts as a match stays with actor-search.ts.

/** Shortest word given a skeleton: shorter words have too few consonants to tell apart ("Mali", "Mile"). */
export const MIN_SKELETON_WORD = 5;

const DIGRAPHS: [RegExp, string][] = [
  [/dh/g, "d"],
  [/th/g, "t"],
  [/kh/g, "k"],
  [/gh/g, "g"],
  [/ph/g, "f"],
  [/sh/g, "s"],
  [/ch/g, "s"],
  [/ou/g, "u"],
];
const LETTERS: Record<string, string> = { q: "k", g: "k", c: "k", z: "s", w: "", y: "", h: "" };

/** The consonant skeleton of one folded word ("kadhafi", "gaddafi", "qaddafi" → "kdf"; "mohamed", "muhammad"
 * → "mmd"; "osama", "usama" → "_sm"), or null when the word is too short to have a telling one. */
export function skeleton(word: string): string | null {
  if (word.length < MIN_SKELETON_WORD || !/^[a-z]+$/.test(word)) return null;
  // doubled letters are one ("Gaddafi", "Mohammed"), then digraphs fold ("Kadhafi")
  let w = word.replace(/(.)\1+/g, "$1");
  for (const [re, to] of DIGRAPHS) w = w.replace(re, to);
  // the first letter stays (a vowel as "_"): "Wagner" and "Gunner" share no skeleton
  let out = "aeiou".includes(w[0]!) ? "_" : LETTERS[w[0]!] || w[0]!;
  for (const ch of w.slice(1)) {
    if ("aeiou".includes(ch)) continue;
    out += LETTERS[ch] ?? ch;
  }
  return out.replace("_", "").length >= 2 && out.length >= 3 ? out : null;
}

const ARTICLES = new Set(["the", "a", "an"]);

/** The forms of a folded query to look up besides itself: without a leading article ("the cma" → "cma"), and
 * the name before a possessive ("the fla s statement" → "fla"). */
export function lookupForms(norm: string): string[] {
  const forms = [norm];
  let words = norm.split(" ");
  if (words.length > 1 && ARTICLES.has(words[0]!)) {
    words = words.slice(1);
    forms.push(words.join(" "));
  }
  const s = words.indexOf("s");
  if (s > 0) forms.push(words.slice(0, s).join(" "));
  return [...new Set(forms)];
}
