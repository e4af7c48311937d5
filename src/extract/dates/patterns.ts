// Date patterns in one sentence: month-name dates ("December 1", "1 December 2023", "Dec. 2023"), ISO and
// numeric dates (the numeric ones through chrono-node, refused when day and month could be either way round),
// bare years, weekdays and relative words ("yesterday", "two days ago", "last week"). Each match becomes a
// Candidate with its span and Kind; which candidates need a lead word, and resolving them against the
// reference date, are left to dates.ts and resolve.ts.
import * as chrono from "chrono-node";
import { isValidDay, type Ymd } from "./calendar.js";
import {
  AMOUNT_BEFORE_BY,
  COUNT_WORDS,
  FULL_MONTH_RE,
  MONTH_LEADS,
  MONTH_RE,
  MONTHS,
  NUMBER_RE,
  NUMBER_WORDS,
  WEEKDAY_RE,
  WEEKDAYS,
  YEAR_LEADS,
} from "./lexicon.js";

// capitalised): measured several times faster than the same test with the /i flag or as a loop of includes().
const MONTH_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const RELATIVE_HINT = /day|night|week|month|year|orrow|morning|afternoon|evening|[Aa]go|spring|summer|autumn|fall/;
const YEAR_HINT = /\d{4}/;
const NUMERIC_HINT = /\d[/.]\d/;
const WEEKDAY_HINT = /[MTWFS][a-z]{2,5}day/;
export const ANY_HINT =
  /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day|night|week|month|year|orrow|morning|afternoon|evening|[Aa]go|spring|summer|autumn|fall|\d{4}|\d[/.]\d/;

export type Kind =
  | { k: "day"; y: number; m: number; d: number } // a full date as written
  | { k: "month-day"; m: number; d: number }
  | { k: "month-year"; y: number; m: number }
  | { k: "month"; m: number }
  | { k: "year"; y: number }
  | { k: "weekday"; wd: number; anchored?: boolean } // anchored: "the following Tuesday", another date's week
  | { k: "rel-day"; days: number } // relative to the reference: -1 yesterday
  | { k: "rel-month"; months: number; weeks?: number }
  | { k: "rel-year"; years: number }
  | { k: "season"; m: number }
  | { k: "weekend"; step: number } // the Saturday of the weekend: -1 last, 0 the (past) one, 1 next
  | { k: "month-that-year"; m: number }
  | { k: "that-year" }; // "later that year", "that same year": the year the text last named // "in November of that year": the year the text last named // "in the autumn": dated to its year only, through its middle month

export interface Candidate {
  start: number;
  end: number;
  kind: Kind;
  /** A date naming a happening, before its noun: "the Nov. 5 election", "the March 4 deadline". */
  attributive?: boolean;
  /** Needs a lead word from this set to count ("in 2015", "in March"). */
  needsLead?: ReadonlySet<string>;
  /** A span reaching back from the reference, written as a length ("in seven months of fighting"): the words
   * are part of what happened and stay in its summary. */
  duration?: boolean;
  /** "comes two years after <what>": the date is that of the words after the phrase, not of its clause. */
  datesFollowing?: boolean;
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
const THAT_YEAR = /\b(?:(?:later|earlier|in|during)\s+)?that\s+(?:same\s+)?year\b(?![-’'])/gi;
const MONTH_THAT_YEAR = new RegExp(`(${FULL_MONTH_RE})\\s+(?:of\\s+)?that\\s+(?:same\\s+)?year\\b`, "g");
const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;
const NUMERIC = /(?<![\d/.])\d{1,2}([/.])\d{1,2}\1\d{4}(?![\d/]|\.\d)/g;
const YEAR = /(?<![\p{L}\p{N},.$€£#/])(1[89]\d\d|20\d\d|2100)(?![\p{L}\p{N}]|[.,]\d|\s*%)/gu;
const WEEKDAY = new RegExp(
  `(?<!(?:Good|Black|Cyber|Super|Holy|Easter|Ash|Palm|Boxing|Bloody)\\s)(${WEEKDAY_RE})(?![A-Za-z])(?:\\s+(morning|afternoon|evening|night))?`,
  "g",
);
const REL_DAY_WORD = /\b(today|yesterday|tomorrow|tonight)\b/gi;
const REL_UNIT = /\b(last|this past|this|next|earlier this|later this)\s+(week|month|year|night|morning|afternoon|evening|weekend)\b/gi;
/** A span reaching back to the reference: "in recent months", "over the past three years", "in the last year";
 * it is dated by where it starts (a "recent" span by the reference itself). */
const RECENT_SPAN = new RegExp(
  `\\b(?:in|over|during|within)\\s+(?:recent\\s+(weeks|months)|the\\s+(?:past|last)\\s+(?:(${NUMBER_RE})\\s+)?(weeks?|months?|years?))\\b`,
  "gi",
);
/** "in the autumn", "this spring", "by the summer": a season with no year (winter straddles two: left out). */
// "in the fall" is as often a tumble ("hurt in the fall"): the American word counts only after this/next/last.
const SEASON =
  /\b(?:(?:in|during|by|until|over|through)\s+the\s+(spring|summer|autumn)|(?:this|next|last)\s+(spring|summer|autumn|fall))\b(?!\s+of\b)/gi;
const SEASON_MONTH: Record<string, number> = { spring: 4, summer: 7, autumn: 10, fall: 10 };
/** "at the weekend", "over the weekend": the last weekend (the next one in a clause about the future), dated
 * by its Saturday, the way a span is dated by its start. */
const THE_WEEKEND = /\b(?:at|over|during)\s+the\s+weekend\b/gi;
/** A length of time reaching up to the reference: "in seven months of fighting", "after nine years at the
 * helm", "completed three years in office". Counted back from the reference only when the clause speaks from
 * now: a present perfect ("have been killed in seven months of …"), a tenure ("at the helm", "in office"), or
 * a verb of completing ("completed", "marks"). */
const DURATION = new RegExp(
  `\\b(?:(in|after|over|following)|completed|completing|marked|marking|marks)\\s+(${NUMBER_RE})\\s+(week|month|year)s?\\s+(?:of|at|in|as)\\s+(?:the\\s+)?([\\p{L}-]+)`,
  "giu",
);
const DURATION_HINT = /(?:eek|onth|ear)s? (?:of|at|in|as) /;
const TENURE = /^(?:helm|office|power|charge|post|job|top)$/i;
const PERFECT = /\b(?:has|have|[’']ve)\s+(?:\p{L}+\s+)?\p{Ll}+(?:ed|en|wn|ne|un|t)\b/u;
/** "The vote comes two years after the army seized power": what follows "after" happened that long before the
 * reference (the present "comes" is the time of the report). */
const COMES_AFTER = new RegExp(
  `\\bcomes\\s+(?:just\\s+|only\\s+|barely\\s+|nearly\\s+|almost\\s+|exactly\\s+)?(${NUMBER_RE})\\s+(day|week|month|year)s?\\s+after\\b`,
  "gi",
);
const AGO = new RegExp(`\\b(${NUMBER_RE})\\s+(day|week|month|year|decade)s?\\s+ago\\b`, "gi");

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

export function collect(text: string): Candidate[] {
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
    for (let m = /that (?:same )?year/.test(text) ? first(MONTH_THAT_YEAR, text) : null; m; m = MONTH_THAT_YEAR.exec(text))
      out.push({ start: m.index, end: m.index + m[0].length, kind: { k: "month-that-year", m: monthOf(m[1]!) } });
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
      // "a 2020 coup", "the 2015 peace deal": a year before the noun it dates needs no lead word
      if (isAttributive(text, m.index, end)) out.push({ start: m.index, end, kind: { k: "year", y: Number(m[1]) }, attributive: true });
      else out.push({ start: m.index, end, kind: { k: "year", y: Number(m[1]) }, needsLead: YEAR_LEADS });
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
  for (let m = /that (?:same )?year/i.test(text) ? first(THAT_YEAR, text) : null; m; m = THAT_YEAR.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length, kind: { k: "that-year" } });
  if (RELATIVE_HINT.test(text)) {
    for (let m = first(REL_DAY_WORD, text); m; m = REL_DAY_WORD.exec(text)) {
      const w = m[1]!.toLowerCase();
      const days = w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0;
      out.push({ start: m.index, end: m.index + m[0].length, kind: { k: "rel-day", days } });
    }
    for (let m = first(REL_UNIT, text); m; m = REL_UNIT.exec(text)) {
      const which = m[1]!.toLowerCase();
      const unit = m[2]!.toLowerCase();
      const step = which === "last" || which === "this past" ? -1 : which === "next" ? 1 : 0;
      const start = m.index;
      const end = m.index + m[0].length;
      if (unit === "year") out.push({ start, end, kind: { k: "rel-year", years: step } });
      else if (unit === "month") out.push({ start, end, kind: { k: "rel-month", months: step } });
      else if (unit === "week") out.push({ start, end, kind: { k: "rel-month", months: 0, weeks: step } });
      else if (unit === "weekend") out.push({ start, end, kind: { k: "weekend", step } });
      else if (unit === "night") out.push({ start, end, kind: { k: "rel-day", days: step === 0 ? 0 : step } });
      else if (step === 0) out.push({ start, end, kind: { k: "rel-day", days: 0 } }); // this morning
    }
    for (let m = first(RECENT_SPAN, text); m; m = RECENT_SPAN.exec(text)) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (m[1]) {
        out.push({
          start,
          end,
          kind: m[1].toLowerCase() === "weeks" ? { k: "rel-month", months: 0, weeks: 0 } : { k: "rel-year", years: 0 },
        });
        continue;
      }
      const plural = /s$/i.test(m[3]!);
      const n = m[2] ? numberOf(m[2]) : 1;
      if (!Number.isFinite(n) || n <= 0 || (m[2] !== undefined) !== plural) continue; // "the past years": no span
      const unit = m[3]!.toLowerCase().replace(/s$/, "");
      // "in the last year" is the last twelve months: dated by the month they start in
      if (unit === "year" && !plural) out.push({ start, end, kind: { k: "rel-month", months: -12 } });
      else if (unit === "year") out.push({ start, end, kind: { k: "rel-year", years: -n } });
      else if (unit === "month") out.push({ start, end, kind: { k: "rel-month", months: -n } });
      else out.push({ start, end, kind: { k: "rel-month", months: 0, weeks: -n } });
    }
    for (let m = /spring|summer|autumn|fall/i.test(text) ? first(SEASON, text) : null; m; m = SEASON.exec(text)) {
      const which = /^(this|next|last)\b/i.exec(m[0])?.[1]?.toLowerCase();
      const start = which ? m.index + which.length + 1 : m.index;
      out.push({ start, end: m.index + m[0].length, kind: { k: "season", m: SEASON_MONTH[(m[1] ?? m[2])!.toLowerCase()]! } });
    }
    for (let m = /weekend/i.test(text) ? first(THE_WEEKEND, text) : null; m; m = THE_WEEKEND.exec(text))
      out.push({ start: m.index, end: m.index + m[0].length, kind: { k: "weekend", step: 0 } });
    for (let m = DURATION_HINT.test(text) ? first(DURATION, text) : null; m; m = DURATION.exec(text)) {
      const n = numberOf(m[2]!);
      if (!Number.isFinite(n) || n <= 0) continue;
      if (m[1] && !TENURE.test(m[4]!) && !PERFECT.test(text)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, kind: backFromReference(n, m[3]!), duration: true });
    }
    for (let m = /comes /.test(text) ? first(COMES_AFTER, text) : null; m; m = COMES_AFTER.exec(text)) {
      const n = numberOf(m[1]!);
      if (!Number.isFinite(n) || n <= 0) continue;
      const start = m.index + m[0].indexOf(m[1]!, 5);
      out.push({ start, end: m.index + m[0].length, kind: backFromReference(n, m[2]!), datesFollowing: true });
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
      else out.push({ start, end, kind: { k: "rel-year", years: unit === "decade" ? -10 * n : -n } });
    }
  }
  return out;
}

/** N units back from the reference: a year to its year, a month to its month, a week to its month (the way
 * "last week" is), a day to its day. */
function backFromReference(n: number, unit: string): Kind {
  switch (unit.toLowerCase()) {
    case "year":
      return { k: "rel-year", years: -n };
    case "month":
      return { k: "rel-month", months: -n };
    case "week":
      return { k: "rel-month", months: 0, weeks: -n };
    default:
      return { k: "rel-day", days: -n };
  }
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
