// Resolving one date pattern (a Kind) against the article's reference date: a weekday to the latest one on or
// before the reference in a past clause (the next one in a future clause), a day or month without a year to
// the year the tense points to (the nearest one when the tense is unknown), relative words by arithmetic. What
// the tense is, and which words lead the date, are dates.ts's and clauses.ts's.

import type { DateBasis, DatePrecision, EventDate } from "../../model/schema.js";
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
} from "./calendar.js";
import type { Tense } from "./clauses.js";
import type { Kind } from "./patterns.js";

/** The date relative expressions are read against, and what that date is. */
export interface DateReference {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. A weekday or "yesterday" needs a full day; a month and day without a
   * year needs at least the year. */
  value: string;
  basis: "relative-to-publication" | "relative-to-page-date";
}

export interface ParsedReference {
  day: Ymd | null;
  y: number;
  m: number | null;
  basis: DateReference["basis"];
}

// The last reference parsed: the sentences of one article all share it.
let lastReference: { value: string; basis: DateReference["basis"]; parsed: ParsedReference | null } | null = null;

export function parseReference(r: DateReference | null): ParsedReference | null {
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

export function resolveKind(k: Kind, ref: ParsedReference | null, tense: Tense, leads: Set<string>): EventDate {
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
    case "weekend": {
      if (!ref?.day) return date(null, "day", "unresolved");
      const dow = weekday(ref.day);
      let delta: number;
      if (k.step < 0 || (k.step === 0 && tense !== "future"))
        delta = -((dow + 1) % 7); // the Saturday on or before
      else {
        delta = (6 - dow + 7) % 7; // the Saturday on or after
        if (k.step > 0 && delta < 2) delta += 7;
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
    case "season": {
      // Read as its middle month, the way a bare month is, then kept to the year: a season is no month.
      const asMonth = resolveKind({ k: "month", m: k.m }, ref, tense, leads);
      return date(asMonth.value?.slice(0, 4) ?? null, "year", asMonth.basis);
    }
    case "that-year":
      return date(null, "year", "unresolved");
    case "month-that-year": // the year comes from the text before: dates.ts gives it, or it stays open
      return date(null, "month", "unresolved");
    case "rel-year":
      if (!ref) return date(null, "year", "unresolved");
      return date(isoYear(ref.y + k.years), "year", ref.basis);
  }
}
/** The year that puts a point of the year (`pos`, in any unit that keeps the order) nearest to the reference's
 * point `refPos` in year `refYear`; half a year either way. */
function nearestYear(refYear: number, pos: number, refPos: number): number {
  const span = pos > 12 || refPos > 12 ? 12 * 31 : 12; // days-ish or months
  const diff = pos - refPos;
  if (diff > span / 2) return refYear - 1;
  if (diff < -span / 2) return refYear + 1;
  return refYear;
}
