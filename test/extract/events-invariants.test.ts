// Invariants of date and event extraction on deterministic random token soup: no throw, the words as written
// are the text at the span, values are well-formed real days, spans stay inside the body, summaries are short.
import { describe, expect, it } from "vitest";
import { resolveDates, type DateReference } from "../../src/extract/dates.js";
import { extractEvents } from "../../src/extract/events.js";
import { splitSentences } from "../../src/extract/sentences.js";
import { fakeActors } from "./fake-actors-events.js";

const TOKENS = [
  "on",
  "in",
  "since",
  "by",
  "Monday",
  "Friday",
  "March",
  "May",
  "Dec.",
  "8",
  "31",
  "2015",
  "2,000",
  "1999",
  ",",
  ".",
  "“",
  "”",
  "said",
  "will",
  "the",
  "army",
  "which",
  "and",
  "to",
  "from",
  "last",
  "next",
  "week",
  "yesterday",
  "two",
  "days",
  "ago",
  "25/12/2023",
  "2023-02-30",
  "mid-",
  "the end of",
  "Feb",
  "29",
  "—",
  ";",
  "that",
  "(",
  ")",
  "\n",
  "today",
  "year",
  "early",
];
const VALUE = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}-\d{2})$/;
const REFS: (DateReference | null)[] = [
  null,
  { value: "2024-02-29", basis: "relative-to-publication" },
  { value: "2024", basis: "relative-to-page-date" },
];

function soup(seed: number, count: number): string[] {
  let s = seed;
  const r = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => {
    const n = 1 + Math.floor(r() * 25);
    return Array.from({ length: n }, () => TOKENS[Math.floor(r() * TOKENS.length)]).join(r() < 0.5 ? " " : "");
  });
}

describe("date and event invariants", () => {
  it("hold on random text", () => {
    soup(11, 3000).forEach((text, i) => {
      const ref = REFS[i % REFS.length]!;
      const found = resolveDates(text, ref);
      let last = -1;
      for (const m of found) {
        expect(text.slice(m.start, m.end)).toBe(m.date.asWritten);
        expect(m.start).toBeGreaterThanOrEqual(last);
        last = m.end;
        if (m.date.value !== null) expect(m.date.value).toMatch(VALUE);
        if (m.date.value && /^\d{4}-\d{2}-\d{2}$/.test(m.date.value)) {
          expect(new Date(`${m.date.value}T00:00:00Z`).toISOString().slice(0, 10)).toBe(m.date.value);
        }
      }
      const doc = {
        id: "x",
        file: "x.txt",
        hash: "h",
        format: "txt" as const,
        body: text,
        title: null,
        source: null,
        byline: null,
        bylineRole: null,
        url: null,
        pageDate: null,
        published: ref ? { value: ref.value, basis: "metadata" as const } : { value: null, basis: "none" as const },
      };
      for (const e of extractEvents(doc, splitSentences(text), fakeActors(text, [{ name: "army", kind: "armed-group" }]))) {
        expect(e.summary.length).toBeGreaterThan(0);
        expect(e.summary.length).toBeLessThanOrEqual(200);
        expect(e.span.start).toBeLessThanOrEqual(e.span.end);
        expect(e.span.end).toBeLessThanOrEqual(text.length);
      }
    });
  });
});
