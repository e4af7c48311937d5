// Clause boundaries inside one sentence: where one happening ends and the next begins. Used to give each date
// the words that belong to it (two dates in one sentence for two happenings make two events) and to read the
// tense of the clause a date sits in.
import { FUTURE_MARKERS, INTENT_INFINITIVE, PAST_MARKERS, PRESENT_MARKERS } from "./lexicon.js";

/** A boundary between clauses, strongest first (priority 1 is the strongest). `at` is where the next clause
 * starts being cut: the boundary text itself belongs to neither side. */
export interface Boundary {
  start: number;
  end: number;
  priority: number;
}

const SUBORDINATORS =
  "and|but|while|whereas|which|who|whom|whose|when|where|as|after|before|because|although|though|since|until|so|yet|or|then|saying|adding|prompting|leaving|forcing|deepening|marking";

const BOUNDARY_RE = new RegExp(
  [
    "(?<p1>\\s*[;—–]\\s*|\\s+-{1,2}\\s+|:\\s+)",
    `(?<p2>,\\s+(?=(?:${SUBORDINATORS})\\b)|,\\s+(?=[a-z]+ing\\b)|(?<=[,.!?…])["”»’]\\s+|\\s+["“«](?=[A-Za-z]))`,
    "(?<p3>,\\s+)",
    "(?<p4>\\s+(?=(?:and|but|while|whereas|then|who|whose|which)\\s))",
    "(?<p5>\\s+(?=that\\s))",
  ].join("|"),
  "g",
);

/** All clause boundaries of a sentence. */
export function clauseBoundaries(text: string): Boundary[] {
  const out: Boundary[] = [];
  BOUNDARY_RE.lastIndex = 0; // exec in a loop: cheaper than matchAll, which copies the pattern
  for (let m = BOUNDARY_RE.exec(text); m; m = BOUNDARY_RE.exec(text)) {
    const g = m.groups ?? {};
    const priority = g.p1 !== undefined ? 1 : g.p2 !== undefined ? 2 : g.p3 !== undefined ? 3 : g.p4 !== undefined ? 4 : 5;
    out.push({ start: m.index, end: m.index + m[0].length, priority });
  }
  return out;
}

/** The window of text whose verbs govern a date at [start, end): from the clause boundary before it to the one
 * after it, where a reporting "that" also separates the saying from what is said ("said on Monday that it will
 * vote on Friday": Monday is read with "said", Friday with "will vote"). */
export function clauseWindow(
  text: string,
  start: number,
  end: number,
  boundaries = clauseBoundaries(text),
): { start: number; end: number } {
  let left = 0;
  let right = text.length;
  for (const b of boundaries) {
    // A comma right before the date sets it off as an apposition ("at its next meeting, on Sept. 17").
    if (b.end <= start && !(b.priority === 3 && !/\S/.test(text.slice(b.end, start)))) left = Math.max(left, b.end);
  }
  const fronted = !/\S/.test(text.slice(left, start));
  for (const b of boundaries) {
    if (b.start < end) continue;
    // The comma after a date that opens its clause only sets it off ("On Friday, the army …").
    if (b.priority === 3 && fronted && !/\S/.test(text.slice(end, b.start))) continue;
    right = Math.min(right, b.start);
    break;
  }
  return { start: left, end: right };
}

/** A word "to" before white space: every match of INTENT_INFINITIVE holds one. */
const TO_WORD = /\bto\s/i;

/** `unknown`: no verb says (no past form, no future or schedule marker). */
export type Tense = "past" | "future" | "unknown";

/** Future when the clause around the date speaks of the future ("will", "is due to", "next", "plans to", "agreed
 * to run … from June") or, with no verb in the past, in the present of a schedule ("the deadline is on Nov. 15",
 * "the law expires on Dec. 31"); past when a verb is in the past; else unknown (the caller decides: a weekday
 * in news is then past, a day of the month the nearest). */
const SAID_RIGHT_BEFORE = /\b(?:said|told\s+\p{L}+|announced|confirmed|reported|added|stated|declared|wrote|posted)\s+$/iu;

export function clauseTense(text: string, start: number, end: number, boundaries?: Boundary[]): Tense {
  const w = clauseWindow(text, start, end, boundaries);
  // "said on Monday it would strike": the date tells when the saying was, whatever the words said
  if (SAID_RIGHT_BEFORE.test(text.slice(Math.max(w.start, start - 24), start))) return "past";
  const words = text.slice(w.start, start) + " " + text.slice(end, w.end);
  if (FUTURE_MARKERS.test(words)) return "future";
  // An infinitive after a verb of intent, before the date: "agreed to run night shifts from June", "expect the
  // first shift to start on June 3", "urged them to leave by Friday".
  const lead = text.slice(w.start, start);
  if (TO_WORD.test(lead) && INTENT_INFINITIVE.test(lead)) return "future"; // "to" first: far cheaper to rule out
  if (PAST_MARKERS.test(words)) return "past";
  return PRESENT_MARKERS.test(words) ? "future" : "unknown";
}

/** A word that can carry a clause: a finite verb of a common kind, or a past form in -ed. */
export const VERB_LIKE =
  /\b(?:\p{L}+ed|is|are|was|were|has|have|had|will|would|could|can|may|might|must|shall|should|said|says|say|began|begins|took|takes|made|makes|went|goes|came|comes|left|leaves|won|wins|lost|loses|fell|falls|rose|rises|struck|strikes|hit|hits|killed|kills|met|meets|held|holds|gave|gives|got|gets|told|tells|sent|sends|set|sets|put|puts|ran|runs|saw|sees|found|finds|led|leads|spoke|speaks|announced|fled|flees|became|becomes)\b/iu;

/** Splits a sentence among several dates: for each pair of neighbouring dates, the cut goes at the strongest
 * clause boundary between them (the last of that strength). Returns one [start, end) segment per date, or
 * `null` where a date belongs to the same happening as the one before it (a range or a list: "from 2010 to
 * 2015", "on Monday and Tuesday"). Two dates with no boundary between them share one segment (the same
 * object): "agreed on Thursday to run night shifts from June" is one clause telling of two dated things. */
export function splitAmongDates(text: string, dates: { start: number; end: number }[]): ({ start: number; end: number } | null)[] {
  const boundaries = clauseBoundaries(text);
  let current = { start: 0, end: text.length };
  const out: ({ start: number; end: number } | null)[] = [current];
  for (let i = 1; i < dates.length; i++) {
    const a = dates[i - 1]!.end;
    const b = dates[i]!.start;
    if (/^[\s,()\-–]*(?:(?:and|or|to|until|till|through|into)[\s,()\-–]*)?$/i.test(text.slice(a, b))) {
      out.push(null);
      continue;
    }
    let best: Boundary | null = null;
    for (const bd of boundaries) {
      if (bd.start < a || bd.end > b) continue;
      // The comma right after a date that opens the clause only sets it off: "On Friday, the army …".
      if (bd.priority === 3 && !/\S/.test(text.slice(a, bd.start)) && !/\S/.test(text.slice(current.start, dates[i - 1]!.start))) continue;
      // "soldiers and civilians during an offensive … on 24 January": a bare "and" that joins two nouns, with no
      // verb after it before the next date, opens no clause
      if (bd.priority === 4 && /^\s*(?:and|or)\s/i.test(text.slice(bd.start, bd.end + 4)) && !VERB_LIKE.test(text.slice(bd.end, b)))
        continue;
      if (!best || bd.priority < best.priority || (bd.priority === best.priority && bd.start > best.start)) best = bd;
    }
    if (!best) {
      out.push(current);
      continue;
    }
    current.end = best.start; // the boundary text itself belongs to neither side
    current = { start: best.end, end: text.length };
    out.push(current);
  }
  return out;
}
