// Small word-shape tests shared by the cleaning rules: prose or not, title case, a bare personal name.

const SMALL_WORDS = new Set(
  "a an and as at but by for from in into of on onto or over per the to up via vs with nor off out than upon".split(" "),
);

/** Words that start sentences and are never part of a bare name line. */
const NOT_NAME_WORDS = new Set(
  (
    "The A An In On At But And Or For After Before When While This That These Those He She They We It I You His Her " +
    "Their Our Its My Your There Here Then So Yet If As Of To By From With Without Since Until Meanwhile However " +
    "Also Still Now Today Yesterday Tomorrow Read More Share Follow Related Home Photo Image Video Credit Source " +
    "Advertisement Sponsored Subscribe Comments Tags Menu Search Latest News Live Watch Listen Sign Log"
  ).split(" "),
);

// End-of-line tests scan back from the end by character code: an end-anchored regex (/[.!?]["”]*$/) is tried at
// every position of a paragraph. `endsWithTerminal(line, colon)` is /[.!?…(:;)]["'”’»)\]]*$/: the closing marks
// are skipped, then the character before them must end a sentence (no closing mark ends one, so this is the same
// test).
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93; // " ' ” ’ » ) ]
}

function endsWithTerminal(line: string, colon: boolean): boolean {
  let i = line.length - 1;
  while (i >= 0 && isCloser(line.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = line.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || (colon && (c === 58 || c === 59)); // . ! ? … : ;
}

/** /[.!?…:;]["'”’»)\]]*$/: ends like a sentence or a label ("He said:"). */
function isTerminal(line: string): boolean {
  return endsWithTerminal(line, true);
}

/** The last character of `line` is one of `chars`. */
export function endsWithChar(line: string, chars: string): boolean {
  return line.length > 0 && chars.includes(line[line.length - 1]!);
}

export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) === 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Whether `s` has at least `n` space-separated words: stops counting once it has (a paragraph costs no more
 * than its first words). */
export function hasWords(s: string, n: number): boolean {
  if (n <= 0) return true;
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) === 32;
    if (!space && !inWord && ++count >= n) return true;
    inWord = !space;
  }
  return false;
}

/** A line of story text: it ends like a sentence, or it is too long to be a label. */
export function isProse(line: string): boolean {
  if (isTerminal(line)) return !endsWithChar(line, ":;") || hasWords(line, 2); // "Related:" is a label, "He said:" prose
  if (hasWords(line, 25)) return true;
  return endsWithChar(line, '”»"’') && hasWords(line, 4);
}

/** Ends with a full stop (optionally inside closing quotes or brackets): such a line is never chrome. */
export function endsWithFullStop(line: string): boolean {
  return endsWithTerminal(line, false);
}

const CAPITALISED = /^[\p{Lu}\p{N}"'“‘«(]/u;

/** Most significant words capitalised ("Response from the Malian Army"). */
export function isTitleCase(line: string): boolean {
  const words = line.split(" ").filter((w) => w.length > 1 || /\p{L}|\p{N}/u.test(w));
  if (words.length === 0 || !CAPITALISED.test(words[0]!)) return false;
  let significant = 0;
  let capitalised = 0;
  for (const w of words) {
    if (SMALL_WORDS.has(w.toLowerCase())) continue;
    significant++;
    if (CAPITALISED.test(w)) capitalised++;
  }
  return significant > 0 && capitalised / significant >= 0.7;
}

const NAME_WORD =
  "(?:\\p{Lu}[\\p{L}'’.\\-]*|(?:al|el|ag)-\\p{Lu}[\\p{L}'’\\-]*|al|el|de|da|das|do|dos|du|la|le|van|von|der|den|bin|ben|ibn|ould|ag|di|del|della|y)";
const NAME_SHAPE = new RegExp(`^${NAME_WORD}(?: ${NAME_WORD}){1,4}$`, "u");
const NAME_PARTICLES = new Set("al el de da das do dos du la le van von der den bin ben ibn ould ag di del della y".split(" "));
const NAME_TOKEN = /^\p{Lu}[\p{L}'’.-]*$/u;

/** 2–5 capitalised name words and nothing else ("Rachid Raha", "Muhammad al-Mawloud Ramadan",
 * "Mohamed Ould Cheikh El Ghazouani"), particles between them. */
export function isBareName(line: string): boolean {
  if (line.length > 60 || line.length < 3 || isTerminal(line) || !NAME_SHAPE.test(line)) return false;
  const tokens = line.split(" ");
  if (tokens.length < 2 || tokens.length > 5) return false;
  let nameWords = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (NAME_PARTICLES.has(t) || /^(?:al|el|ag)-\p{Lu}/u.test(t)) {
      if (i === 0 || i === tokens.length - 1) return false;
      continue;
    }
    if (!NAME_TOKEN.test(t) || NOT_NAME_WORDS.has(t) || (t.endsWith(".") && t.length > 2)) return false;
    nameWords++;
  }
  return nameWords >= 2 && nameWords <= 5;
}

/** Begins with an opening quote mark (a quote paragraph). */
export function startsWithQuote(line: string): boolean {
  return /^["“«„‘'‹]/.test(line);
}

/** A bullet or numbered list item. */
export function isListItem(line: string): boolean {
  return /^(?:[-•*–·▪]\s|\d{1,2}[.)]\s)/.test(line);
}
