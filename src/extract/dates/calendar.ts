// Calendar arithmetic on plain civil dates (no time zone: a date in an article is a day, not an instant).

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

export const isoDay = ({ y, m, d }: Ymd): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
export const isoMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const isoYear = (y: number): string => pad(y, 4);
/** A day and month whose year the text does not give: `--12-01`. */
export const isoMonthDay = (m: number, d: number): string => `--${pad(m)}-${pad(d)}`;

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in a month; with no year, February has 29 (the most it can have). */
export function daysInMonth(m: number, y?: number): number {
  if (m === 2) return y === undefined || isLeap(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

export function isValidDay(y: number | undefined, m: number, d: number): boolean {
  return Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(m, y);
}

/** Parses `YYYY-MM-DD` (also with a time after it); null for anything else or an impossible day. */
export function parseIsoDay(s: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s ?? "");
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(ymd.y, ymd.m, ymd.d) ? ymd : null;
}

const toUtc = ({ y, m, d }: Ymd): number => Date.UTC(y, m - 1, d);
function fromUtc(t: number): Ymd {
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromUtc(toUtc(date) + days * 86_400_000);
}

/** Month arithmetic on a (year, month) pair. */
export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const i = y * 12 + (m - 1) + months;
  return { y: Math.floor(i / 12), m: (i % 12) + 1 };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: Ymd): number {
  return new Date(toUtc(date)).getUTCDay();
}

/** Compares two (month, day) pairs within a year. */
export function compareMonthDay(m1: number, d1: number, m2: number, d2: number): number {
  return m1 !== m2 ? m1 - m2 : d1 - d2;
}
