// Date expressions in one sentence, resolved against the article's reference date.
//
// `resolveDates(text, reference)` is pure: a sentence and a reference in, the date mentions out, each with its
// value (`2023-12-08`, `2023-12`, `2015`, `--12-01` or null), precision, basis and the words as written
// ("On December 1", "since 2020", "on Friday"). Month-name dates, ISO dates, bare years, weekdays and relative
// words ("yesterday", "two days ago", "last week") are matched here with regexes: they are few, and doing them
// ourselves gives exact spans and the news reading of a weekday (the latest one on or before the reference in
// a past-tense clause; chrono-node would take the closest one, past or future). chrono-node parses the numeric
// forms ("08/12/2023") where its parsers help, and an ambiguous day/month order is refused rather than guessed.
import * as chrono from "chrono-node";
import type { CleanArticle } from "../corpus/types.js";
import type { DateBasis, DatePrecision, EventDate } from "../model/schema.js";
import {
  addDays,
  addMonths,
  compareMonthDay,
  isoDay,
  isoMonth,
  isoMonthDay,
  isoYear,
  isValidDay,
  parseIsoDay,
  weekday,
  type Ymd,
} from "./dates/calendar.js";
import { clauseBoundaries, clauseTense, type Tense } from "./dates/clauses.js";
import {
  AMOUNT_BEFORE_BY,
  COUNT_WORDS,
  FULL_MONTH_RE,
  LEAD_WORDS,
  MONTH_LEADS,
  MONTH_RE,
  MONTHS,
  NUMBER_RE,
  NUMBER_WORDS,
  WEEKDAY_RE,
  WEEKDAYS,
  YEAR_LEADS,
} from "./dates/lexicon.js";

export type { Tense } from "./dates/clauses.js";

/** The date relative expressions are read against, and what that date is. */
export interface DateReference {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. A weekday or "yesterday" needs a full day; a month and day without a
   * year needs at least the year. */
  value: string;
  basis: "relative-to-publication" | "relative-to-page-date";
}

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
}

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
// capitalised): measured several times faster than the same test with the /i flag or as a loop of includes().
const MONTH_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const RELATIVE_HINT = /day|night|week|month|year|orrow|morning|afternoon|evening|[Aa]go/;
const YEAR_HINT = /\d{4}/;
const NUMERIC_HINT = /\d[/.]\d/;
const WEEKDAY_HINT = /[MTWFS][a-z]{2,5}day/;
const ANY_HINT =
  /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day|night|week|month|year|orrow|morning|afternoon|evening|[Aa]go|\d{4}|\d[/.]\d/;

/** A cheap test for whether a sentence can hold a date at all; the full matching runs only when it passes. */
export function mayHoldDate(text: string): boolean {
  return ANY_HINT.test(text);
}

type Kind =
  | { k: "day"; y: number; m: number; d: number } // a full date as written
  | { k: "month-day"; m: number; d: number }
  | { k: "month-year"; y: number; m: number }
  | { k: "month"; m: number }
  | { k: "year"; y: number }
  | { k: "weekday"; wd: number; anchored?: boolean } // anchored: "the following Tuesday", another date's week
  | { k: "rel-day"; days: number } // relative to the reference: -1 yesterday
  | { k: "rel-month"; months: number; weeks?: number }
  | { k: "rel-year"; years: number };

interface Candidate {
  start: number;
  end: number;
  kind: Kind;
  /** A date naming a happening, before its noun: "the Nov. 5 election", "the March 4 deadline". */
  attributive?: boolean;
  /** Needs a lead word from this set to count ("in 2015", "in March"). */
  needsLead?: ReadonlySet<string>;
}

const DAY = "(?<![\\d,.])(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])";
const YEAR4 = "(\\d{4})(?![\\d])";
/** The end of a range of days: "Sept. 17-18", "17-18 September". */
const DAY_RANGE_END = "(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?(?![\\d:]))?";
const MONTH_FIRST = new RegExp(`(?:${WEEKDAY_RE},?\\s+)?(${MONTH_RE})\\s+${DAY}${DAY_RANGE_END}(?:(?:,\\s*|\\s+)${YEAR4})?`, "g");
const DAY_FIRST = new RegExp(
  `(?:${WEEKDAY_RE},?\\s+)?(?:the\\s+)?${DAY}${DAY_RANGE_END}\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+${YEAR4})?`,
  "g",
);
const MONTH_YEAR = new RegExp(`(${MONTH_RE})(?:\\s+of)?,?\\s+${YEAR4}`, "g");
const BARE_MONTH = new RegExp(`${FULL_MONTH_RE}`, "g");
const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;
const NUMERIC = /(?<![\d/.])\d{1,2}([/.])\d{1,2}\1\d{4}(?![\d/]|\.\d)/g;
const YEAR = /(?<![\p{L}\p{N},.$€£#/])(1[89]\d\d|20\d\d|2100)(?![\p{L}\p{N}]|[.,]\d|\s*%)/gu;
const WEEKDAY = new RegExp(
  `(?<!(?:Good|Black|Cyber|Super|Holy|Easter|Ash|Palm|Boxing|Bloody)\\s)(${WEEKDAY_RE})(?![A-Za-z])(?:\\s+(morning|afternoon|evening|night))?`,
  "g",
);
const REL_DAY_WORD = /\b(today|yesterday|tomorrow|tonight)\b/gi;
const REL_UNIT = /\b(last|this|next|earlier this|later this)\s+(week|month|year|night|morning|afternoon|evening|weekend)\b/gi;
const AGO = new RegExp(`\\b(${NUMBER_RE})\\s+(day|week|month|year)s?\\s+ago\\b`, "gi");

const monthOf = (s: string): number => MONTHS.get(s.toLowerCase().replace(/\.$/, "")) ?? 0;
const numberOf = (s: string): number => NUMBER_WORDS.get(s.toLowerCase()) ?? Number(s);

/** The first match of a global pattern in `text`; call `re.exec(text)` for the next ones until it gives null
 * (which leaves `lastIndex` at 0). Cheaper than `matchAll`, which copies the pattern and makes an iterator. */
function first(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(text);
}

/** The next word after `pos`, lower case. */
function nextWord(text: string, pos: number): string {
  return (/^\s+([\p{L}]+)/u.exec(text.slice(pos, pos + 30))?.[1] ?? "").toLowerCase();
}

/** A year-like number is a count when a count noun follows it ("2015 fighters") or a lower-case plural does. */
function looksLikeCount(text: string, end: number): boolean {
  const w = nextWord(text, end);
  if (!w) return false;
  if (COUNT_WORDS.has(w)) return true;
  return /^[a-z]{3,}s$/.test(w) && !/(?:ss|us|is|as|ys)$/.test(w) && text.slice(end, end + 2) === " " + w[0];
}

function isAttributive(text: string, start: number, end: number): boolean {
  return (
    /\b(?:the|a|an|this|that|its|their|his|her)\s+$/i.test(text.slice(Math.max(0, start - 8), start)) &&
    /^\s+[a-z]{3,}/.test(text.slice(end, end + 12))
  );
}

function collect(text: string): Candidate[] {
  const out: Candidate[] = [];
  const hasMonth = MONTH_HINT.test(text);
  const hasYear = YEAR_HINT.test(text);
  if (hasMonth) {
    for (let m = first(MONTH_FIRST, text); m; m = MONTH_FIRST.exec(text)) {
      const mon = monthOf(m[1]!);
      const d = Number(m[2]);
      let year = m[3] !== undefined ? Number(m[3]) : undefined;
      let end = m.index + m[0].length;
      if (year !== undefined && (year < 1800 || year > 2100 || looksLikeCount(text, end))) {
        year = undefined;
        end = m.index + m[0].search(/(?:,\s*|\s+)\d{4}$/);
      }
      if (!isValidDay(year, mon, d)) continue;
      out.push({
        start: m.index,
        end,
        kind: year !== undefined ? { k: "day", y: year, m: mon, d } : { k: "month-day", m: mon, d },
        attributive: isAttributive(text, m.index, end),
      });
    }
    for (let m = first(DAY_FIRST, text); m; m = DAY_FIRST.exec(text)) {
      const mon = monthOf(m[2]!);
      const d = Number(m[1]);
      let year = m[3] !== undefined ? Number(m[3]) : undefined;
      let end = m.index + m[0].length;
      if (year !== undefined && (year < 1800 || year > 2100 || looksLikeCount(text, end))) {
        year = undefined;
        end = m.index + m[0].search(/,?\s+\d{4}$/);
      }
      if (!isValidDay(year, mon, d)) continue;
      // "12 May" is a date; "killed 12 March marchers" is rare enough, but a lower-case month word never counts.
      out.push({
        start: m.index,
        end,
        kind: year !== undefined ? { k: "day", y: year, m: mon, d } : { k: "month-day", m: mon, d },
        attributive: isAttributive(text, m.index, end),
      });
    }
    for (let m = first(MONTH_YEAR, text); m; m = MONTH_YEAR.exec(text)) {
      const y = Number(m[2]);
      if (y < 1800 || y > 2100 || looksLikeCount(text, m.index + m[0].length)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, kind: { k: "month-year", y, m: monthOf(m[1]!) } });
    }
    for (let m = first(BARE_MONTH, text); m; m = BARE_MONTH.exec(text)) {
      if (/^[’']s\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue; // "in May's cabinet": the name
      out.push({ start: m.index, end: m.index + m[0].length, kind: { k: "month", m: monthOf(m[0]) }, needsLead: MONTH_LEADS });
    }
  }
  if (hasYear) {
    for (let m = first(ISO, text); m; m = ISO.exec(text)) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (y >= 1800 && y <= 2100 && isValidDay(y, mo, d))
        out.push({ start: m.index, end: m.index + m[0].length, kind: { k: "day", y, m: mo, d } });
    }
  }
  if (NUMERIC_HINT.test(text)) {
    for (let m = first(NUMERIC, text); m; m = NUMERIC.exec(text)) {
      const day = numericDate(m[0]);
      if (day) out.push({ start: m.index, end: m.index + m[0].length, kind: { k: "day", ...day } });
    }
  }
  if (hasYear) {
    for (let m = first(YEAR, text); m; m = YEAR.exec(text)) {
      const end = m.index + m[0].length;
      if (looksLikeCount(text, end)) continue;
      if (text[m.index - 1] === "-" && !/mid-$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      if (/\s/.test(text[m.index - 1] ?? "")) {
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        if (/\bby\s+$/i.test(before) && AMOUNT_BEFORE_BY.test(before.replace(/\s*by\s+$/i, ""))) continue;
      }
      out.push({ start: m.index, end, kind: { k: "year", y: Number(m[1]) }, needsLead: YEAR_LEADS });
    }
  }
  if (WEEKDAY_HINT.test(text)) {
    for (let m = first(WEEKDAY, text); m; m = WEEKDAY.exec(text)) {
      const end = m.index + m[0].length;
      // A habit ("every Friday") is no date; a weekday that starts a name ("the Sunday Times") neither.
      if (/\b(?:every|each|most|some|other|on alternate)\s+$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      const next = /^\s+(\p{Lu}[\p{L}]*)/u.exec(text.slice(end, end + 30))?.[1];
      const led = /\b(?:on|by|since|until|till|from|last|this|next|early|late|before|after)\s+$/i.test(
        text.slice(Math.max(0, m.index - 8), m.index),
      );
      if (!led && next && !MONTHS.has(next.toLowerCase().replace(/\.$/, "")) && !/^(?:I|The|A|An)$/.test(next)) continue;
      // "the previous Friday", "the following Tuesday", "that Friday": counted from a date the text gave before,
      // not from the reference; without knowing which, it stays unresolved.
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const anchored =
        /(?:\b(?:the|that)\s+(?:previous|following|next|same|preceding)|\b(?:that|the))\s+$/i.test(before) &&
        !/\b(?:said|says|say|announced|claimed|reported|confirmed|added|warned|insisted|believe[sd]?|stated)\s+that\s+$/i.test(before); // "said that Friday's attack": a complement
      out.push({ start: m.index, end, kind: { k: "weekday", wd: WEEKDAYS.get(m[1]!.toLowerCase())!, anchored } });
    }
  }
  if (RELATIVE_HINT.test(text)) {
    for (let m = first(REL_DAY_WORD, text); m; m = REL_DAY_WORD.exec(text)) {
      const w = m[1]!.toLowerCase();
      const days = w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0;
      out.push({ start: m.index, end: m.index + m[0].length, kind: { k: "rel-day", days } });
    }
    for (let m = first(REL_UNIT, text); m; m = REL_UNIT.exec(text)) {
      const which = m[1]!.toLowerCase();
      const unit = m[2]!.toLowerCase();
      const step = which === "last" ? -1 : which === "next" ? 1 : 0;
      const start = m.index;
      const end = m.index + m[0].length;
      if (unit === "year") out.push({ start, end, kind: { k: "rel-year", years: step } });
      else if (unit === "month") out.push({ start, end, kind: { k: "rel-month", months: step } });
      else if (unit === "week" || unit === "weekend") out.push({ start, end, kind: { k: "rel-month", months: 0, weeks: step } });
      else if (unit === "night") out.push({ start, end, kind: { k: "rel-day", days: step === 0 ? 0 : step } });
      else if (step === 0) out.push({ start, end, kind: { k: "rel-day", days: 0 } }); // this morning
    }
    for (let m = /ago/i.test(text) ? first(AGO, text) : null; m; m = AGO.exec(text)) {
      const n = numberOf(m[1]!);
      const unit = m[2]!.toLowerCase();
      const start = m.index;
      const end = m.index + m[0].length;
      if (!Number.isFinite(n) || n <= 0) continue;
      if (unit === "day") out.push({ start, end, kind: { k: "rel-day", days: -n } });
      else if (unit === "week")
        out.push({ start, end, kind: { k: "rel-day", days: -7 * n } }); // "two weeks ago": that day
      else if (unit === "month") out.push({ start, end, kind: { k: "rel-month", months: -n } });
      else out.push({ start, end, kind: { k: "rel-year", years: -n } });
    }
  }
  return out;
}

/** A numeric date ("08/12/2023", "8.12.2023") through chrono-node, refused when day and month could be either
 * way round (both ≤ 12 and different): a wrong date is worse than none. */
function numericDate(s: string): Ymd | null {
  const parts = s.split(/[/.]/).map(Number);
  const [a, b] = parts;
  if (a === undefined || b === undefined) return null;
  if (a <= 12 && b <= 12 && a !== b) return null;
  const parsed = chrono.strict.parse(s, new Date(Date.UTC(2000, 0, 1)))[0];
  const c = parsed?.start;
  if (!c?.isCertain("day") || !c.isCertain("month") || !c.isCertain("year")) return null;
  // chrono reads "a/b/yyyy" month-first; a day-first date (first part > 12) it reads day-first.
  const ymd = { y: c.get("year")!, m: c.get("month")!, d: c.get("day")! };
  return ymd.y >= 1800 && ymd.y <= 2100 && isValidDay(ymd.y, ymd.m, ymd.d) ? ymd : null;
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
export function resolveDates(text: string, reference: DateReference | null): DateMention[] {
  if (!mayHoldDate(text)) return [];
  const candidates = collect(text).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: (Candidate & { leadStart: number; leads: string[] })[] = [];
  for (const c of candidates) {
    const prev = kept[kept.length - 1];
    if (prev && c.start < prev.end) continue;
    const lead = leadBefore(text, c.start, prev?.end ?? 0);
    if (c.needsLead && !lead.words.some((w) => c.needsLead!.has(w))) continue;
    kept.push({ ...c, leadStart: lead.start, leads: lead.words });
  }
  if (kept.length === 0) return [];
  const ref = parseReference(reference);
  let boundaries: ReturnType<typeof clauseBoundaries> | undefined; // computed once, only when a tense is needed
  return kept.map((c) => {
    const leads = new Set(c.leads);
    const needsTense = ref !== null && (c.kind.k === "weekday" || c.kind.k === "month-day" || c.kind.k === "month");
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
    return { start: c.leadStart, end: c.end, date, tense };
  });
}

interface ParsedReference {
  day: Ymd | null;
  y: number;
  m: number | null;
  basis: DateReference["basis"];
}

// The last reference parsed: the sentences of one article all share it.
let lastReference: { value: string; basis: DateReference["basis"]; parsed: ParsedReference | null } | null = null;

function parseReference(r: DateReference | null): ParsedReference | null {
  if (!r) return null;
  if (lastReference && lastReference.value === r.value && lastReference.basis === r.basis) return lastReference.parsed;
  const parsed = parseReferenceOnce(r);
  lastReference = { value: r.value, basis: r.basis, parsed };
  return parsed;
}

function parseReferenceOnce(r: DateReference): ParsedReference | null {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(r.value);
  if (!m) return null;
  return { day: parseIsoDay(r.value), y: Number(m[1]), m: m[2] ? Number(m[2]) : null, basis: r.basis };
}

const date = (value: string | null, precision: DatePrecision, basis: DateBasis): EventDate => ({
  value,
  precision,
  basis,
  asWritten: null,
});

function resolveKind(k: Kind, ref: ParsedReference | null, tense: Tense, leads: Set<string>): EventDate {
  switch (k.k) {
    case "day":
      return date(isoDay(k), "day", "explicit");
    case "month-year":
      return date(isoMonth(k.y, k.m), "month", "explicit");
    case "year":
      return date(isoYear(k.y), "year", "explicit");
    case "month-day": {
      if (!ref || (ref.m === null && ref.day === null)) return date(isoMonthDay(k.m, k.d), "month-day", "explicit");
      // With only a reference month we compare on the month alone.
      const rd = ref.day?.d ?? (tense === "future" ? 1 : 31);
      const cmp = compareMonthDay(k.m, k.d, ref.m!, rd);
      let y = ref.y;
      if (tense === "past" && cmp > 0) y--;
      if (tense === "future" && cmp < 0) y++;
      if (tense === "unknown") y = nearestYear(ref.y, (k.m - 1) * 31 + k.d, (ref.m! - 1) * 31 + rd);
      if (!isValidDay(y, k.m, k.d)) return date(isoMonthDay(k.m, k.d), "month-day", "explicit"); // 29 February
      return date(isoDay({ y, m: k.m, d: k.d }), "day", "year-from-publication");
    }
    case "month": {
      if (!ref || ref.m === null) return date(null, "month", "unresolved");
      let y = ref.y;
      const past = leads.has("last") || (tense === "past" && !leads.has("next"));
      if (tense === "unknown" && !leads.has("last") && !leads.has("next")) y = nearestYear(ref.y, k.m, ref.m);
      else {
        if (past && k.m > ref.m) y--;
        if (!past && k.m < ref.m) y++;
        if (leads.has("last") && k.m === ref.m) y--;
        if (leads.has("next") && k.m === ref.m) y++;
      }
      return date(isoMonth(y, k.m), "month", "year-from-publication");
    }
    case "weekday": {
      if (!ref?.day || k.anchored) return date(null, "day", "unresolved");
      const dow = weekday(ref.day);
      let delta: number;
      if (tense !== "future") {
        delta = -((dow - k.wd + 7) % 7);
        if (delta === 0 && leads.has("last")) delta = -7;
      } else {
        delta = (k.wd - dow + 7) % 7;
        if (delta === 0 && leads.has("next")) delta = 7;
      }
      return date(isoDay(addDays(ref.day, delta)), "day", ref.basis);
    }
    case "rel-day":
      if (!ref?.day) return date(null, "day", "unresolved");
      return date(isoDay(addDays(ref.day, k.days)), "day", ref.basis);
    case "rel-month": {
      // A week is given to the month it falls in: the summary has no week precision, and a day would be false.
      if (k.weeks !== undefined) {
        if (!ref?.day) return date(null, "month", "unresolved");
        const d = addDays(ref.day, 7 * k.weeks);
        return date(isoMonth(d.y, d.m), "month", ref.basis);
      }
      if (!ref || ref.m === null) return date(null, "month", "unresolved");
      const { y, m } = addMonths(ref.y, ref.m, k.months);
      return date(isoMonth(y, m), "month", ref.basis);
    }
    case "rel-year":
      if (!ref) return date(null, "year", "unresolved");
      return date(isoYear(ref.y + k.years), "year", ref.basis);
  }
}

const SPAN_EDGE_LEADS = new Set(["until", "till", "up until", "by", "from", "starting", "beginning", "no later than", "through"]);

/** The year that puts a point of the year (`pos`, in any unit that keeps the order) nearest to the reference's
 * point `refPos` in year `refYear`; half a year either way. */
function nearestYear(refYear: number, pos: number, refPos: number): number {
  const span = pos > 12 || refPos > 12 ? 12 * 31 : 12; // days-ish or months
  const diff = pos - refPos;
  if (diff > span / 2) return refYear - 1;
  if (diff < -span / 2) return refYear + 1;
  return refYear;
}

/** Orders two mentions of the same happening ("Friday (Dec. 8)"): the more precise, then the explicit one. */
export function moreSpecific(a: EventDate, b: EventDate): EventDate {
  const ra = precisionRank[a.precision] * 2 + (a.value !== null ? 1 : 0);
  const rb = precisionRank[b.precision] * 2 + (b.value !== null ? 1 : 0);
  if (rb > ra) return b;
  if (rb === ra && b.basis === "explicit" && a.basis !== "explicit") return b;
  return a;
}
