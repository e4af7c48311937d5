// The orders answers are shown in. Timeline: dated events oldest first; a day whose year the text does not
// give (`--12-01`) takes the year of its article's publication when known, else the latest year the corpus's
// dates reach (news is about the recent past), and is shown as "year unknown"; a year alone sorts before the
// months of that year; unresolved relative dates, then undated events, come last, in article order.
// Statements: newest article first (by publication date; undated articles last), then in reading order.
import type { Event, Statement, Summary } from "../model/schema.js";

/** Plain string order (ISO dates sort by it): no locale collator, whose first use costs milliseconds. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function yearOf(value: string | null | undefined): number | null {
  const m = value ? /^(\d{4})/.exec(value) : null;
  return m ? Number(m[1]) : null;
}

/** Each event's position in timeline order (0 first), and the year assumed for a `--MM-DD` date (0 if none). */
export function timelineRanks(summary: Summary): { rank: Int32Array; assumedYear: Int32Array } {
  const published = new Map(summary.articles.map((a) => [a.id, yearOf(a.published.value)]));
  let latest = 0;
  for (const e of summary.events) latest = Math.max(latest, yearOf(e.date.value) ?? 0);
  for (const a of summary.articles) latest = Math.max(latest, yearOf(a.published.value) ?? 0);
  const articleOrder = new Map(summary.articles.map((a, i) => [a.id, i]));
  const n = summary.events.length;
  const dk = new Float64Array(n);
  const wk = new Float64Array(n);
  const assumedYear = new Int32Array(n);
  summary.events.forEach((e, i) => {
    wk[i] = (articleOrder.get(e.article) ?? n) * 1e7 + e.sentence * 1e3 + Math.min(999, e.span.start / 1e4);
    dk[i] = dateKey(e, published.get(e.article) ?? null, latest, (y) => (assumedYear[i] = y));
  });
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (dk[a] as number) - (dk[b] as number) || (wk[a] as number) - (wk[b] as number),
  );
  const rank = new Int32Array(n);
  order.forEach((e, r) => (rank[e] = r));
  return { rank, assumedYear };
}

function dateKey(e: Event, publishedYear: number | null, latestYear: number, assume: (y: number) => void): number {
  const v = e.date.value;
  if (v) {
    let m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(v);
    if (m) return Number(m[1]) * 1e4 + Number(m[2] ?? 0) * 100 + Number(m[3] ?? 0);
    m = /^--(\d{2})-(\d{2})/.exec(v);
    if (m) {
      const year = publishedYear ?? (latestYear || 9999);
      assume(year);
      // after a fully dated event of the same day
      return year * 1e4 + Number(m[1]) * 100 + Number(m[2]) + 0.5;
    }
  }
  return e.date.basis === "unresolved" ? 1e8 : 2e8;
}

/** Statement order: newest article first, undated articles last, then reading order. Gives each statement's
 * numeric key and the articles in that order. */
export function statementKeys(summary: Summary): { key: Float64Array; articles: Summary["articles"] } {
  const articles = [...summary.articles].sort(
    (a, b) => byCodeUnits(b.published.value ?? "", a.published.value ?? "") || byCodeUnits(a.id, b.id),
  );
  const rank = new Map(articles.map((a, i) => [a.id, i]));
  const key = new Float64Array(summary.statements.length);
  summary.statements.forEach((s: Statement, i) => {
    key[i] = (rank.get(s.article) ?? articles.length) * 1e7 + s.sentence * 1e3 + Math.min(999, s.span.start / 1e4);
  });
  return { key, articles };
}
