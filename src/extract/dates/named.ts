// A date before the noun it dates ("cancelled a 2015 peace deal"): the date is the noun's (the deal was made in
// 2015), not the clause's (the cancelling is today's news). The event is the noun phrase; a later "the peace
// deal …" in the article may say more of the same thing ("the signing of the peace deal between the government
// and the rebels"), and then tells it instead. After a preposition of time ("seized power in a 2020 coup") the
// clause's own happening is the noun's, and the clause keeps the date.

/** A preposition of time and a determiner before the date: the clause happened in or around the noun's time. */
const TIME_PREPOSITION_BEFORE =
  /\b(?:in|during|at|amid|under|since|after|before|following|until|by|throughout)\s+(?:the|a|an|this|that|its|their|his|her)\s+$/i;

/** Whether a date written before its noun ("a 2015 peace deal") dates the noun rather than its clause. */
export function datesItsNoun(text: string, start: number): boolean {
  return !TIME_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/** Words that end a noun phrase: a clause word, a verb of being or saying, a preposition that opens an adjunct. */
const PHRASE_END = new Set(
  "after before since because when while that which who whom whose as on in at by for from into over under amid during and but or is are was were has have had will would could can said says than".split(
    " ",
  ),
);
/** Prepositions that join a complement to the noun ("deal with the rebels", "the bid for a share"). */
const COMPLEMENT = new Set(["with", "of", "between", "for", "to", "against"]);

/** The noun phrase right after a date: its noun words ("peace deal", at most four, up to a complement) and the
 * phrase with complements ("peace deal with separatist rebels", at most twelve words, up to a comma or a clause
 * word). Null when no noun follows. */
export function nounAfter(text: string, end: number): { noun: string; phrase: string; end: number } | null {
  const rest = text.slice(end, end + 160);
  const stop = rest.search(/[,;:.!?()“”"]/);
  const words = (stop >= 0 ? rest.slice(0, stop) : rest).split(/\s+/).filter(Boolean);
  const noun: string[] = [];
  const phrase: string[] = [];
  for (const w of words) {
    const lower = w.toLowerCase();
    if (!/^[\p{L}’'-]+$/u.test(w) || PHRASE_END.has(lower) || phrase.length >= 12) break;
    if (COMPLEMENT.has(lower) && noun.length === 0) break;
    if (!COMPLEMENT.has(lower) && noun.length === phrase.length && noun.length < 4) noun.push(w);
    phrase.push(w);
  }
  // a complement that ends the phrase has nothing after it: "the 2015 deal with" is the deal
  while (phrase.length > noun.length && COMPLEMENT.has(phrase[phrase.length - 1]!.toLowerCase())) phrase.pop();
  if (noun.length === 0) return null;
  const last = phrase[phrase.length - 1]!;
  return { noun: noun.join(" "), phrase: phrase.join(" "), end: end + rest.indexOf(last, rest.indexOf(phrase[0]!)) + last.length };
}

/** A later definite mention of a noun of two words or more ("… after the signing of the peace deal between Bamako
 * and the rebels, …"): the phrase it heads, with a noun of action before it ("the signing of"), up to the end
 * of its clause; null when the sentence does not name it or says nothing more than its name. */
export function laterMention(text: string, noun: string): { start: number; end: number } | null {
  if (!noun.includes(" ")) return null;
  const at = text.toLowerCase().indexOf(`the ${noun.toLowerCase()}`);
  if (at < 0 || (at > 0 && /[\p{L}]/u.test(text[at - 1]!))) return null;
  let start = at;
  const action = /\bthe\s+\p{Ll}+\s+of\s+$/u.exec(text.slice(Math.max(0, at - 30), at));
  if (action) start = at - action[0].length;
  const after = at + 4 + noun.length;
  const stop = text.slice(after).search(/[,;:!?()“”"]|\.(?:\s|$)/);
  const end = stop >= 0 ? after + stop : text.length;
  if (end - after < 8 && start === at) return null;
  return { start, end };
}
