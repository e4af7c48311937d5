// Date expressions in one sentence, resolved against the article's reference date.
//
// `resolveDates(text, reference)` is pure: a sentence and a reference in, the date mentions out, each with its
// value (`2023-12-08`, `2023-12`, `2015`, `--12-01` or null), precision, basis and the words as written
// ("On December 1", "since 2020", "on Friday"). Month-name dates, ISO dates, bare years, weekdays and relative
// words ("yesterday", "two days ago", "last week") are matched here with regexes: they are few, and doing them
// ourselves gives exact spans and the news reading of a weekday (the latest one on or before the reference in
// a past-tense clause; chrono-node would take the closest one, past or future). chrono-node parses the numeric
// forms ("08/12/2023") where its parsers help, and an ambiguous day/month order is refused rather than guessed.
// This file keeps the public entry points and the choice among candidates (lead words, tense); the patterns are
// in dates/patterns.ts, the arithmetic against the reference in dates/resolve.ts.

import type { CleanArticle } from "../corpus/types.js";
import type { DatePrecision, EventDate } from "../model/schema.js";
import { clauseBoundaries, clauseTense, type Tense } from "./dates/clauses.js";
import { addDays, isoDay, isoMonth, parseIsoDay } from "./dates/calendar.js";
import { LEAD_WORDS } from "./dates/lexicon.js";
import { ANY_HINT, type Candidate, collect } from "./dates/patterns.js";
import { type DateReference, parseReference, resolveKind } from "./dates/resolve.js";

export type { DateReference } from "./dates/resolve.js";
export type { Tense } from "./dates/clauses.js";

/** One date expression found in a text. Offsets are into the text given to `resolveDates`, end exclusive, and
 * cover the words as written (the lead word included: "On December 1"). */
export interface DateMention {
  start: number;
  end: number;
  date: EventDate;
  /** The tense of the clause the date is in, as used to resolve it (read only where it matters: a weekday, a
   * day or month without a year, with a reference date; "past" elsewhere). With `unknown` a weekday is taken
   * as past (news), a day or month as the nearest one. */
  tense: Tense;
  /** "a day after <the October 7 attack>": the date as written and where the phrase it dates starts; the
   * mention's own date is moved by the offset. */
  offsetFrom?: { date: EventDate; start: number };
  /** A length reaching back from the reference ("in seven months of fighting"): its words stay in the summary. */
  duration?: true;
  /** "comes two years after <what>": the date is that of the words after the phrase. */
  datesFollowing?: true;
  /** Written before the noun it dates: "the Nov. 5 election", "a 2015 peace deal". */
  attributive?: true;
}

/** Kinds of a date written out (a year, a month, a day of the month). */
const WRITTEN_KINDS = new Set(["day", "month-day", "month-year", "month", "year"]);

/** The reference date of an article: the publication date when it comes from metadata or a dateline, the page
 * date when it comes from page chrome (the day the page was shown, which the basis then says), else null. */
export function referenceFor(doc: Pick<CleanArticle, "published" | "pageDate">): DateReference | null {
  const { value, basis } = doc.published;
  if (value && /^\d{4}(?:-\d{2}){0,2}/.test(value)) {
    if (basis === "metadata" || basis === "dateline") return { value: value.slice(0, 10), basis: "relative-to-publication" };
    if (basis === "page-header") return { value: value.slice(0, 10), basis: "relative-to-page-date" };
  }
  if (doc.pageDate && /^\d{4}-\d{2}-\d{2}/.test(doc.pageDate)) return { value: doc.pageDate.slice(0, 10), basis: "relative-to-page-date" };
  return null;
}

// Hints, run before any pattern. Case-sensitive alternations of literals (month and weekday names are
/** A cheap test for whether a sentence can hold a date at all; the full matching runs only when it passes. */
export function mayHoldDate(text: string): boolean {
  return ANY_HINT.test(text);
}
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const LEAD_RE = new RegExp(
  `(?<![\\p{L}])(${[...LEAD_WORDS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join("|")})(?:\\s+|(?<=-))$`,
  "iu",
);

/** The lead words right before `start` ("in early", "On", "by the end of"), not reaching back past `floor`. */
function leadBefore(text: string, start: number, floor: number): { start: number; words: string[] } {
  let s = start;
  const words: string[] = [];
  for (let i = 0; i < 3; i++) {
    // A lead word is followed by white space or ends in "-": nothing else can match.
    const last = text[s - 1];
    if (s <= floor || last === undefined || (last !== "-" && !/\s/.test(last))) break;
    const from = Math.max(floor, s - 30);
    const m = LEAD_RE.exec(text.slice(from, s));
    if (!m) break;
    words.unshift(m[1]!.toLowerCase());
    s = from + m.index;
  }
  return { start: s, words };
}

const precisionRank: Record<DatePrecision, number> = { day: 4, "month-day": 3, month: 2, year: 1, none: 0 };

/** Finds and resolves every date expression in `text` (usually one sentence). `reference` is the article's
 * reference date (see `referenceFor`), or null when it has none: relative dates then stay unresolved. */
export function resolveDates(
  text: string,
  reference: DateReference | null,
  anchor: { year: number | null } = { year: null },
): DateMention[] {
  if (!mayHoldDate(text)) return [];
  const candidates = collect(text).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: (Candidate & { leadStart: number; leads: string[] })[] = [];
  for (const c of candidates) {
    const prev = kept[kept.length - 1];
    if (prev && c.start < prev.end) continue;
    const lead = leadBefore(text, c.start, prev?.end ?? 0);
    // "in 2020 and 2021": a year listed after a led year shares its lead
    const listed = prev?.kind.k === "year" && c.kind.k === "year" && /^\s*(?:,|,?\s*and|,?\s*or)\s*$/.test(text.slice(prev.end, c.start));
    if (c.needsLead && !listed && !lead.words.some((w) => c.needsLead!.has(w))) continue;
    kept.push({ ...c, leadStart: lead.start, leads: lead.words });
  }
  if (kept.length === 0) return [];
  // A length counted back from the reference ("in seven months of fighting") gives way to a date written out
  // in the same sentence: the length may run back from that date instead.
  if (kept.some((c) => c.duration || c.datesFollowing) && kept.some((c) => WRITTEN_KINDS.has(c.kind.k))) {
    for (let i = kept.length - 1; i >= 0; i--) if (kept[i]!.duration || kept[i]!.datesFollowing) kept.splice(i, 1);
    if (kept.length === 0) return [];
  }
  const ref = parseReference(reference);
  let boundaries: ReturnType<typeof clauseBoundaries> | undefined; // computed once, only when a tense is needed
  return kept.map((c) => {
    const leads = new Set(c.leads);
    const needsTense =
      ref !== null &&
      (c.kind.k === "weekday" || c.kind.k === "month-day" || c.kind.k === "month" || c.kind.k === "season" || c.kind.k === "weekend");
    let tense: Tense = "past";
    if (leads.has("last")) tense = "past";
    else if (leads.has("next") || leads.has("as soon as")) tense = "future";
    else if (c.attributive)
      tense = "unknown"; // "the Nov. 5 election": the nearest Nov. 5
    else if (needsTense) tense = clauseTense(text, c.leadStart, c.end, (boundaries ??= clauseBoundaries(text)));
    // The end or start of a span ("adjourned until April 2", "by June", "from May") may lie either side of the
    // reference whatever the verb's tense: the nearest such day or month.
    if (tense === "past" && c.kind.k !== "weekday" && c.leads.some((w) => SPAN_EDGE_LEADS.has(w))) tense = "unknown";
    const date = resolveKind(c.kind, ref, tense, leads);
    date.asWritten = text.slice(c.leadStart, c.end);
    const offsetFrom = shiftByOffset(text, c.leadStart, date);
    // "in November of that year": the last year the text wrote out; a year written out becomes the next anchor
    if (c.kind.k === "month-that-year" && anchor.year !== null) {
      date.value = isoMonth(anchor.year, c.kind.m);
      date.basis = "explicit";
    } else if (c.kind.k === "that-year" && anchor.year !== null) {
      date.value = String(anchor.year);
      date.basis = "explicit";
    } else if (date.basis === "explicit" && date.value && /^\d{4}/.test(date.value)) anchor.year = Number(date.value.slice(0, 4));
    const mention: DateMention = offsetFrom
      ? { start: c.leadStart, end: c.end, date, tense, offsetFrom }
      : { start: c.leadStart, end: c.end, date, tense };
    if (c.duration) mention.duration = true;
    if (c.attributive) mention.attributive = true;
    if (c.datesFollowing) mention.datesFollowing = true;
    return mention;
  });
}
const OFFSET_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
/** "a day after", "two weeks before", then (within a few words that hold no verb of saying or being) the date. */
const OFFSET_BEFORE =
  /\b(an?|one|two|three|four|five|six|seven|\d{1,2})\s+(day|week)s?\s+(after|before)\s+((?:(?!\b(?:said|says|was|were|is|are|had|has|have|and|but|when|which|who)\b)[^,.;:!?“”"])*?)$/i;

/** "began a day after the October 7 attack": the clause is dated by the offset from the day written, so a
 * resolved day moves by it and says so in asWritten. Months and years stay as they are (a day off a month is
 * still that month, or not knowable). */
function shiftByOffset(text: string, start: number, date: EventDate): DateMention["offsetFrom"] {
  if (date.precision !== "day" || date.value === null) return undefined;
  // "two weeks before June 20": "before" was read as the date's lead word
  const led = /^(?:after|before)\s+/i.exec(date.asWritten ?? "")?.[0] ?? "";
  const from = Math.max(0, start - 90);
  const m = OFFSET_BEFORE.exec(text.slice(from, start + led.length));
  if (!m || m[4]!.split(/\s+/).filter(Boolean).length > 6) return undefined;
  const day = parseIsoDay(date.value);
  const n = OFFSET_NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
  if (!day || !Number.isFinite(n)) return undefined;
  const anchor = {
    date: { ...date, asWritten: (date.asWritten ?? "").slice(led.length) },
    start: from + m.index + m[0].length - m[4]!.length,
  };
  const days = n * (m[2]!.toLowerCase() === "week" ? 7 : 1) * (m[3]!.toLowerCase() === "after" ? 1 : -1);
  date.value = isoDay(addDays(day, days));
  date.asWritten = `${m[1]} ${m[2]}${n > 1 ? "s" : ""} ${m[3]} ${m[4] ? "… " : ""}${(date.asWritten ?? "").slice(led.length)}`;
  return anchor;
}

const SPAN_EDGE_LEADS = new Set(["until", "till", "up until", "by", "from", "starting", "beginning", "no later than", "through"]);

/** Orders two mentions of the same happening ("Friday (Dec. 8)"): the more precise, then the explicit one. */
export function moreSpecific(a: EventDate, b: EventDate): EventDate {
  const ra = precisionRank[a.precision] * 2 + (a.value !== null ? 1 : 0);
  const rb = precisionRank[b.precision] * 2 + (b.value !== null ? 1 : 0);
  if (rb > ra) return b;
  if (rb === ra && b.basis === "explicit" && a.basis !== "explicit") return b;
  // "on Saturday (March 28th)": the calendar date written beats the weekday counted from the reference
  if (rb === ra && b.basis === "year-from-publication" && a.basis.startsWith("relative-")) return b;
  return a;
}
