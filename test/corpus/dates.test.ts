// Dates as pages write them: metadata values, date banners, "Published" lines, story datelines.
import { describe, expect, it } from "vitest";
import { normalizeMetaDate, parseDateBanner, parseDateline, parsePublishedLine, yearOnOrBefore } from "../../src/corpus/dates.js";

describe("normalizeMetaDate", () => {
  it.each([
    ["2023-12-08", "2023-12-08"],
    ["2023-12-08T23:59:00-05:00", "2023-12-08"],
    ["2023/12/8", "2023-12-08"],
    ["2023-12", "2023-12"],
    ["2023", "2023"],
    [2023, "2023"],
    [new Date(Date.UTC(2023, 11, 8)), "2023-12-08"],
    ["December 8, 2023", "2023-12-08"],
    ["Fri, 08 Dec 2023 10:00:00 GMT", "2023-12-08"],
    ["8 December 2023", "2023-12-08"],
    ["2023-13-01", null],
    ["2023-02-29", null],
    ["2024-02-29", "2024-02-29"],
    ["yesterday", null],
    ["", null],
    [null, null],
    [{}, null],
  ])("%j → %j", (input, out) => {
    expect(normalizeMetaDate(input)).toBe(out);
  });
});

describe("parseDateBanner", () => {
  it.each([
    ["Monday, December 11, 2023", "2023-12-11"],
    ["Mon, Dec 11, 2023", "2023-12-11"],
    ["11 December 2023", "2023-12-11"],
    ["December 11th, 2023", "2023-12-11"],
    ["Monday 11th of December 2023", "2023-12-11"],
    ["2023-12-11", "2023-12-11"],
    ["Dec. 11, 2023 | 10:32 AM", "2023-12-11"],
    ["Today is Monday, December 11, 2023", "2023-12-11"],
    ["Monday, December 11", null],
    ["December 2023", null],
    ["On December 11, 2023, the talks resumed.", null],
    ["December 32, 2023", null],
  ])("%j → %j", (line, out) => {
    expect(parseDateBanner(line)).toBe(out);
  });
});

describe("parsePublishedLine", () => {
  it.each([
    ["Published December 8, 2023", "2023-12-08"],
    ["Published on 2023-12-08 10:00", "2023-12-08"],
    ["Posted: Dec 8, 2023", "2023-12-08"],
    ["Published 12:04 PM EST, December 8, 2023", "2023-12-08"],
    ["Published December 8, 2023 | Updated December 9, 2023", "2023-12-08"],
    ["Published by the council in 2023", null],
    ["Updated December 9, 2023", null],
  ])("%j → %j", (line, out) => {
    expect(parsePublishedLine(line)).toBe(out);
  });
});

describe("parseDateline", () => {
  it("WASHINGTON, Dec. 8 (Reuters) -", () => {
    const d = parseDateline("WASHINGTON, Dec. 8 (Reuters) - The Senate voted on Friday.");
    expect(d).toMatchObject({ place: "WASHINGTON", date: { year: null, month: 12, day: 8 }, agency: "Reuters" });
    expect("WASHINGTON, Dec. 8 (Reuters) - The Senate voted on Friday.".slice(d!.length)).toBe("The Senate voted on Friday.");
  });

  it("BAMAKO, Mali, December 8, 2023 —", () => {
    expect(parseDateline("BAMAKO, Mali, December 8, 2023 — Troops moved north.")).toMatchObject({
      place: "BAMAKO, Mali",
      date: { year: 2023, month: 12, day: 8 },
      agency: null,
    });
  });

  it("NEW YORK (AP) —", () => {
    expect(parseDateline("NEW YORK (AP) — Stocks fell.")).toMatchObject({ place: "NEW YORK", date: null, agency: "AP" });
  });

  it.each([
    ["(Reuters) - The army said.", { place: "", date: null, agency: "Reuters" }],
    ["Bamako, Dec. 8 (AFP) – The army said.", { place: "Bamako", date: { year: null, month: 12, day: 8 }, agency: "AFP" }],
    ["Rabat, Morocco (MAP) – The ministry said.", { place: "Rabat, Morocco", date: null, agency: "MAP" }],
    // a place in capitals before a dash is a dateline on its own (news pages drop the date and agency)
    ["WASHINGTON - The Senate voted.", { place: "WASHINGTON", date: null, agency: null }],
  ])("%j", (p, expected) => {
    expect(parseDateline(p)).toMatchObject(expected);
  });

  it.each([
    "The army said - without giving details - that it had responded.",
    "Bamako - The army said.",
    "The Army (Fama) - which denies it - said so.",
    "UN - the United Nations - said nothing.",
    "WASHINGTON, Smarch 8 (Reuters) - x",
  ])("not a dateline: %j", (p) => {
    expect(parseDateline(p)).toBeNull();
  });
});

describe("yearOnOrBefore", () => {
  it.each([
    [12, 8, "2023-12-11", "2023-12-08"],
    [12, 30, "2024-01-02", "2023-12-30"],
    [2, 29, "2024-03-01", "2024-02-29"],
    [2, 29, "2023-03-01", null],
  ])("%i/%i before %s → %j", (m, d, ref, out) => {
    expect(yearOnOrBefore(m, d, ref)).toBe(out);
  });
});
