// Dates as pages write them: metadata values (ISO, RFC, "December 8, 2023"), date banners in page chrome
// ("Monday, December 11, 2023"), "Published …" lines and story datelines ("WASHINGTON, Dec. 8 (Reuters) -").
// Only whole, valid calendar dates are accepted; anything else is null, never a guess.

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTH_RE =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
const WEEKDAY_RE = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?";
const DAY_RE = "(?:[0-3]?\\d)(?:st|nd|rd|th)?";
const TIME_RE =
  "(?:(?:at\\s+)?[0-2]?\\d[:.][0-5]\\d(?:[:.][0-5]\\d)?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*(?:[A-Z]{2,5}|UTC[+-]\\d{1,2}(?::?\\d\\d)?|GMT[+-]\\d{1,2}(?::?\\d\\d)?))?)";

/** Month-name dates, with or without a year: groups md (month, day, year) or dm (day, month, year). */
export const WRITTEN_DATE_RE = `(?:(?:${WEEKDAY_RE},?\\s+)?(?:${MONTH_RE}\\s+${DAY_RE}(?:,?\\s+\\d{4})?|${DAY_RE}\\s+(?:of\\s+)?${MONTH_RE},?(?:\\s+\\d{4})?))`;

export interface DayDate {
  year: number | null;
  month: number;
  day: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function validDate(year: number, month: number, day: number): boolean {
  if (!(month >= 1 && month <= 12 && day >= 1 && year >= 1000 && year <= 9999)) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

export function toIso(d: DayDate): string | null {
  if (d.year === null) return null;
  return validDate(d.year, d.month, d.day) ? `${d.year}-${pad(d.month)}-${pad(d.day)}` : null;
}

function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, "")];
}

const WRITTEN_MD = new RegExp(`^(?:${WEEKDAY_RE},?\\s+)?(${MONTH_RE})\\s+([0-3]?\\d)(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?$`, "i");
const WRITTEN_DM = new RegExp(`^(?:${WEEKDAY_RE},?\\s+)?([0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE}),?(?:\\s+(\\d{4}))?$`, "i");

/** A month-name date ("Monday, December 11, 2023", "11 Dec 2023", "Dec. 8"), or null. */
export function parseWrittenDate(text: string): DayDate | null {
  const s = text.trim();
  let m = WRITTEN_MD.exec(s);
  if (m) {
    const month = monthNumber(m[1]!);
    const day = Number(m[2]);
    const year = m[3] ? Number(m[3]) : null;
    if (month && day >= 1 && day <= 31 && (year === null || validDate(year, month, day))) return { year, month, day };
    return null;
  }
  m = WRITTEN_DM.exec(s);
  if (m) {
    const month = monthNumber(m[2]!);
    const day = Number(m[1]);
    const year = m[3] ? Number(m[3]) : null;
    if (month && day >= 1 && day <= 31 && (year === null || validDate(year, month, day))) return { year, month, day };
  }
  return null;
}

const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const YEAR_ONLY = /^(\d{4})$/;

/** A metadata date value (front matter, sidecar, meta tag, JSON-LD) as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`,
 * or null when it is not a date. A timestamp keeps the calendar day as written. */
export function normalizeMetaDate(value: unknown): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  if (typeof value === "number" && Number.isInteger(value) && value >= 1000 && value <= 9999) return String(value);
  if (typeof value !== "string") return null;
  const s = value.trim();
  let m = ISO_DATE.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  m = ISO_MONTH.exec(s);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? s : null;
  if (YEAR_ONLY.test(s)) return s;
  // "Fri, 08 Dec 2023 10:00:00 GMT", "December 8, 2023 10:32 AM"
  const written = stripTime(s.replace(/^(?:published|posted|updated)(?:\s+on)?:?\s+/i, ""));
  const d = parseWrittenDate(written);
  return d ? toIso(d) : null;
}

const TRAILING_TIME = new RegExp(`(?:\\s*[,|–—-]?\\s*${TIME_RE})$`, "i");

function stripTime(s: string): string {
  return s
    .replace(TRAILING_TIME, "")
    .replace(/[\s,|–—-]+$/, "")
    .trim();
}

const BANNER_MAX = 60;

/** A line that is nothing but a date with its year (a date banner): its ISO day, or null. */
export function parseDateBanner(line: string): string | null {
  if (line.length > BANNER_MAX || !/\d{4}/.test(line)) return null;
  const s = stripTime(line.trim().replace(/^(?:today(?: is)?|date)\s*[:,]?\s*/i, ""));
  const iso = ISO_DATE.exec(s);
  if (iso && iso[0].trim() === s) return normalizeMetaDate(s);
  const d = parseWrittenDate(s);
  return d ? toIso(d) : null;
}

const PUBLISHED_LINE = /^(?:(?:first\s+)?published|posted|publication date|date published)(?:\s+on)?\s*[:\-–]?\s*(.+)$/i;
const UPDATED_LINE = /^(?:last\s+)?(?:updated|modified|edited)(?:\s+on)?\s*[:\-–]?\s*(.+)$/i;

/** "Published December 8, 2023" / "Posted on 2023-12-08 10:00": the ISO day, or null. */
export function parsePublishedLine(line: string): string | null {
  if (line.length > 80) return null;
  const m = PUBLISHED_LINE.exec(line.trim());
  if (!m) return null;
  // "Published 12:04 PM EST, December 8, 2023" puts the time first.
  const rest = m[1]!.replace(new RegExp(`^${TIME_RE}\\s*[,|–—-]?\\s*`, "i"), "");
  return parseDateBanner(rest.replace(/\s*[|–—]\s*(?:updated|modified).*$/i, ""));
}

const PUBLISHED_PREFIX = new RegExp(
  `^(?:first\\s+)?(?:published|posted)(?:\\s+on)?:?\\s+(${WRITTEN_DATE_RE}|\\d{4}-\\d{2}-\\d{2})(?:,?\\s*${TIME_RE})?\\s*(?:[-–—|:.]\\s*)?(?=\\p{Lu}|["“«])`,
  "iu",
);

/** "Published December 8, 2023 The army said …" at the start of a paragraph: the day and the prefix length. */
export function parsePublishedPrefix(paragraph: string): { value: string; length: number } | null {
  if (!/^(?:first\s+)?(?:published|posted)\b/i.test(paragraph)) return null;
  const m = PUBLISHED_PREFIX.exec(paragraph.slice(0, 120));
  if (!m) return null;
  const value = parseDateBanner(m[1]!);
  return value ? { value, length: m[0].length } : null;
}

/** "Updated December 9, 2023" lines: true when the line is only that. */
export function isUpdatedLine(line: string): boolean {
  if (line.length > 80 || /^\p{Ll}/u.test(line)) return false;
  const m = UPDATED_LINE.exec(line.trim());
  return !!m && (parseDateBanner(m[1]!) !== null || new RegExp(`^${TIME_RE}`, "i").test(m[1]!));
}

// WASHINGTON, Dec. 8 (Reuters) -   |   BAMAKO, Mali, December 8, 2023 —   |   NAIROBI (AFP) –
const DATELINE = new RegExp(
  `^((?:[A-Z][A-Z'’.\\-]+)(?:\\s+[A-Z][A-Z'’.\\-]+){0,3}(?:,\\s*[A-Z][A-Za-z.'’\\-]+(?:\\s+[A-Z][A-Za-z.'’\\-]+){0,2}){0,2})` +
    `(?:,?\\s+(${MONTH_RE}\\s+[0-3]?\\d(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|[0-3]?\\d\\s+${MONTH_RE}(?:\\s+\\d{4})?))?` +
    `(?:\\s*\\(([A-Za-z][A-Za-z .&'’-]{1,40})\\))?\\s*[-–—]{1,2}\\s+(?=\\S)`,
);

export interface Dateline {
  /** Length of the dateline prefix in the paragraph (to cut it from the story). */
  length: number;
  place: string;
  date: DayDate | null;
  agency: string | null;
}

/** A story dateline at the start of the first paragraph, or null. Needs a date or an agency in brackets,
 * so a sentence that merely starts with a capitalised word and a dash is not taken. */
const AGENCY_ONLY = /^\(([A-Za-z][A-Za-z .&'’-]{1,40})\)\s*[-–—]{1,2}\s+(?=\S)/;
const MIXED_CASE_PLACE = new RegExp(
  `^(\\p{Lu}[\\p{L}'’.\\-]+(?:\\s+\\p{Lu}[\\p{L}'’.\\-]+){0,2}(?:,\\s*\\p{Lu}[\\p{L}.'’\\-]+){0,2})` +
    `(?:,?\\s+(${MONTH_RE}\\s+[0-3]?\\d(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|[0-3]?\\d\\s+${MONTH_RE}(?:\\s+\\d{4})?))?` +
    `\\s*\\(([A-Za-z][A-Za-z .&'’-]{1,40})\\)\\s*[-–—]{1,2}\\s+(?=\\S)`,
  "u",
);

/** News agencies as datelines name them: an acronym or a known agency name. */
const NEWS_AGENCY =
  /^(?:[A-Z]{2,6}|Reuters|Xinhua|Anadolu|Yonhap|Bloomberg|dpa|Kyodo|Interfax|Tass|Sputnik|Bernama|Antara|Efe|Lusa|Ansa|Agence France-Presse|Associated Press|Europa Press|Press Association)$/;

/** "SALT LAKE CITY", "DAKAR", "EAST LANSING, Mich.": a place written in capitals opens a dateline on its own
 * (before a dash), unlike an acronym ("UN - about 12,000 …") or a label ("BREAKING —"). */
function isCapitalPlace(place: string): boolean {
  const head = place.split(",")[0]!.trim();
  return /^[A-Z][A-Z'’.-]{3,}(?:\s+[A-Z][A-Z'’.-]+){0,3}$|^[A-Z]{2,}(?:\s+[A-Z][A-Z'’.-]+){1,3}$/.test(head) && !DATELINE_LABELS.test(head);
}
const DATELINE_LABELS =
  /^(?:BREAKING|UPDATE|UPDATED|EXCLUSIVE|WATCH|LIVE|ANALYSIS|OPINION|EDITORIAL|CORRECTION|VIDEO|PHOTOS|NOTE|EDITOR'S NOTE|FACT CHECK)\b/;
/** "ACCRA Jan 9 Police in Ghana said …": an old wire dateline with a date and no dash. */
const DATED_NO_DASH = new RegExp(
  `^([A-Z][A-Z'’.-]{2,}(?:\\s+[A-Z][A-Z'’.-]+){0,3})\\s+(${MONTH_RE}\\s+[0-3]?\\d)\\s+(?=\\p{Lu}\\p{Ll})`,
  "u",
);

export function parseDateline(paragraph: string): Dateline | null {
  const head = paragraph.slice(0, 160);
  const noDash = DATED_NO_DASH.exec(head);
  if (noDash) {
    const date = parseWrittenDate(noDash[2]!);
    if (date) return { length: noDash[0].length, place: noDash[1]!, date, agency: null };
  }
  const agencyOnly = AGENCY_ONLY.exec(head);
  if (agencyOnly) return { length: agencyOnly[0].length, place: "", date: null, agency: agencyOnly[1]!.trim() };
  // "Bamako, Dec. 8 (AFP) –": a place in mixed case needs the agency in brackets
  let m = DATELINE.exec(head);
  if (!m) {
    m = MIXED_CASE_PLACE.exec(head);
    if (!m || !NEWS_AGENCY.test(m[3]!.trim()) || /^(?:The|A|An|In|On|At|But|And)\b/.test(m[1]!)) return null;
  }
  const date = m[2] ? parseWrittenDate(m[2]) : null;
  const agency = m[3]?.trim() ?? null;
  if (!date && !agency && !isCapitalPlace(m[1]!)) return null;
  if (m[2] && !date) return null;
  return { length: m[0].length, place: m[1]!.trim(), date, agency };
}

/** The latest day with this month and day on or before `ref` (`YYYY-MM-DD`). */
export function yearOnOrBefore(month: number, day: number, ref: string): string | null {
  const refYear = Number(ref.slice(0, 4));
  for (let y = refYear; y >= refYear - 1; y--) {
    const iso = toIso({ year: y, month, day });
    if (iso && iso <= ref) return iso;
  }
  return null;
}
