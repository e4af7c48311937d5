// One line saying what happened, from a dated clause: the clause without its date phrases (the date is shown
// beside it), quote marks, the trailing source ("officials said") or a leading conjunction, at most 200
// characters; and the noun phrase a relative clause hangs on. events.ts cuts the clauses; this file words them.

import { isSpace } from "./sentences.js";
export const MAX_SUMMARY = 200;

const QUOTE_MARKS = /[“”«»„"‹›]|(?<![\p{L}])[‘’']|[‘’'](?![\p{L}])/gu;
const TRAILING_ATTRIBUTION =
  /,\s*(?:[^,]{1,60}?\s+)?(?:said|says|say|told\s+[^,]{1,40}|added|adds|reported|reports|announced|confirmed|claimed|according\s+to\s+[^,]{1,60})(?:\s+(?:on|in|late|early)\s+[^,]{1,30})?\s*$/i;
const LEADING_DISCOURSE =
  /^(?:for (?:its|his|her|their|our) part|meanwhile|however|in addition|additionally|also|separately|furthermore|moreover|in an? (?:[\w-]+ )?(?:statement|letter|post|interview|release|speech|note|message|video|tweet|filing)|in response|in turn|at the same time|on the other hand)\s*,?\s+/i;
const LEADING_ATTRIBUTION = /^according\s+to\s+[^,]{1,60},\s*/i;

const QUOTE_THEN_SOURCE =
  /^[“"«‘](.+?)[,.!?…]?\s*[”"»’]\s*,?\s+([^“"«‘]{1,80}?\b(?:said|says|told|added|adds|asked|explained|declared|insisted|warned|wrote|posted|tweeted)\b[^“"«‘]{0,60}?)[.!?]?$/;

/** The clause with its date phrases taken out, and the comma that set a date off with them ("On Thursday, the
 * …", "The group, in 2015, signed …", "began on March 4, when …", "said on Monday, March 4, that …"). A comma
 * before a participle, a conjunction, a relative clause or the source stays ("struck on Friday, blaming …"). */
export function withoutDates(clause: string, dateSpans: { start: number; end: number }[]): string {
  let text = "";
  let pos = 0;
  let removed = false;
  for (const d of [...dateSpans].sort((a, b) => a.start - b.start)) {
    if (d.start < pos) continue;
    if (/^[’']s\b/.test(clause.slice(d.end, d.end + 3))) continue; // "up to Thursday's announcement": a possessive stays
    const between = clause.slice(pos, d.start);
    // "between March 2022 and July 2023": the connector of a range goes with its dates.
    if (!(removed && /^[\s,()\-–]*(?:(?:and|or|to|until|till|through)[\s,()\-–]*)?$/i.test(between))) text += between;
    pos = d.end;
    removed = true;
    const comma = /^\s*,\s*/.exec(clause.slice(pos));
    if (!comma) continue;
    const after = clause.slice(pos + comma[0].length);
    const bracketed = /,\s*$/.test(text) && !/,\s*(?:which|who|whose|whom|where)\b[^,]*,\s*$/i.test(text);
    // Only a comma that set the date off goes: the date opened the clause ("On Thursday, the …"), sat between
    // two commas ("The group, in 2019, signed"), or had a clause about itself ("on March 4, when …").
    if (!/\S/.test(text) || bracketed || /^(?:when|where|that)\b/.test(after)) {
      if (bracketed) text = text.replace(/,\s*$/, " ");
      pos += comma[0].length;
      text += " ";
    }
  }
  return text + clause.slice(pos);
}

/** One line saying what happened: the clause without its date phrase (the date is shown beside it), without
 * quote marks, trailing "officials said", or a leading conjunction, at most 200 characters. A quote followed by
 * its source reads "Source said: quote". A relative clause ("which troops entered") gets the noun it hangs on
 * when `antecedent` gives it. */
export function summarize(clause: string, dateSpans: { start: number; end: number }[], antecedent?: string): string {
  let text = withoutDates(clause, dateSpans).replace(/\s+/g, " ").trim();
  const qa = QUOTE_THEN_SOURCE.exec(text);
  if (qa && qa[2]!.split(" ").length <= 8) text = `${qa[2]!.trim()}: ${qa[1]!.trim()}`;
  text = text
    .replace(QUOTE_MARKS, "")
    .replace(/\s+/g, " ")
    .replace(/\s+([,;:.!?)])/g, "$1");
  if (text.includes("(")) text = text.replace(/\(\s*\)/g, "");
  if (text.includes(")")) text = withoutUnopenedBrackets(text); // "in London yesterday (March 26th)" without its dates
  if (text.includes(", speaking,") || text.includes(", writing,")) text = text.replace(/, (?:speaking|writing),/g, ""); // its date went
  text = text
    .replace(/,\s*,/g, ",")
    .trim()
    .replace(/^[,;:—–\-\s]+/, "")
    .replace(/^(?:and|but|while|whereas|then|so|yet|or|when|as)\s+/i, "")
    .replace(LEADING_DISCOURSE, "")
    .replace(/^(?:saying|adding|claiming|insisting|warning|noting|explaining|arguing)\s+(?:that\s+)?/i, "")
    .replace(/^[,;:\s]+/, "");
  text = trimEndPunctuation(text);
  if (/\b(?:said|says|say|told|added|adds|reported|reports|announced|confirmed|claimed|according)\b/i.test(text)) {
    const withoutSource = text.replace(TRAILING_ATTRIBUTION, "").replace(LEADING_ATTRIBUTION, "");
    if (withoutSource.split(/\s+/).length >= 3) text = withoutSource;
  }
  text = trimEndPunctuation(text);
  // "is scheduled for" once its date is out: a preposition left dangling at the end goes too
  text = text.replace(/\s+(?:for|on|in|at|by|until|till|since|from|of|to|before|after|during)$/i, "");
  if (!/[\p{L}\p{N}]/u.test(text)) return "";
  if (antecedent && /^(?:which|who|whom|whose|where)\b/i.test(text)) text = `${antecedent}, ${text}`;
  // "a chase that began …"
  else if (antecedent && /^that\s/i.test(text) && DETERMINERS.has(antecedent.split(" ")[0]!.toLowerCase())) text = `${antecedent} ${text}`;
  return clip(text[0]!.toUpperCase() + text.slice(1));
}

/** The text without a closing bracket that no opening one before it matches. */
function withoutUnopenedBrackets(text: string): string {
  let depth = 0;
  let out = "";
  for (const c of text) {
    if (c === "(") depth++;
    else if (c === ")") {
      if (depth === 0) continue;
      depth--;
    }
    out += c;
  }
  return out;
}

/** The text without white space and punctuation at its end: /[\s.,;:!?—–-]+$/ without the regex's scan from
 * every position. */
function trimEndPunctuation(text: string): string {
  let e = text.length;
  while (e > 0 && (".,;:!?—–-".includes(text[e - 1]!) || isSpace(text.charCodeAt(e - 1)))) e--;
  return e === text.length ? text : text.slice(0, e);
}

/** At most MAX_SUMMARY characters, cut at a word with an ellipsis. */
export function clip(text: string): string {
  if (text.length <= MAX_SUMMARY) return text;
  const cut = text.slice(0, MAX_SUMMARY - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > MAX_SUMMARY / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…`;
}

const NP_STOP =
  /^(?:over|in|at|of|on|to|from|with|by|for|into|near|across|against|about|under|after|before|during|and|or|but|that|said|says|is|are|was|were|has|have|had)$/i;

export const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our"]);

/** The noun phrase right before a relative clause: "… drones over the Kursk region, which …" → "the Kursk
 * region". At most five words, stopping at a preposition, a conjunction or a verb of saying or being; with
 * `fromDeterminer`, from its last determiner on ("had retaken the town" → "the town"). */
export function antecedentBefore(textBefore: string, fromDeterminer = false): string | undefined {
  const words = textBefore.replace(/[\s,]+$/, "").split(/\s+/);
  const np: string[] = [];
  for (let i = words.length - 1; i >= 0 && np.length < 5; i--) {
    const w = words[i]!;
    if (NP_STOP.test(w) || /[.;:!?”"»]$/.test(w)) break;
    np.unshift(w);
  }
  // "had retaken the town": the noun phrase starts at its determiner
  const det = fromDeterminer ? np.findLastIndex((w) => DETERMINERS.has(w.toLowerCase())) : -1;
  const phrase = (det > 0 ? np.slice(det) : np).join(" ").replace(/^[“"«(]+/, "");
  return /[\p{L}]/u.test(phrase) ? phrase : undefined;
}
