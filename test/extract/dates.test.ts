import { describe, expect, it } from "vitest";
import { mayHoldDate, referenceFor, resolveDates, type DateReference } from "../../src/extract/dates.js";

// 2024-05-15 is a Wednesday.
const PUB: DateReference = { value: "2024-05-15", basis: "relative-to-publication" };
const PAGE: DateReference = { value: "2024-05-15", basis: "relative-to-page-date" };

type Row = [
  name: string,
  sentence: string,
  ref: DateReference | null,
  value: string | null,
  precision: string,
  basis: string,
  asWritten: string,
];

const only = (sentence: string, ref: DateReference | null) => {
  const found = resolveDates(sentence, ref);
  expect(found, `dates in: ${sentence}`).toHaveLength(1);
  return found[0]!;
};

describe("resolveDates: one date per sentence", () => {
  it.each<Row>([
    // Full dates, written out in every usual way.
    ["month day year", "The council voted on June 3, 2019 to close the mine.", PUB, "2019-06-03", "day", "explicit", "on June 3, 2019"],
    ["day month year", "Floods hit the valley on 3 June 2019.", null, "2019-06-03", "day", "explicit", "on 3 June 2019"],
    ["abbreviated month", "The ferry sank on Aug. 21, 2020 off the coast.", null, "2020-08-21", "day", "explicit", "on Aug. 21, 2020"],
    ["ordinal with of", "Voting closed on the 21st of August 2020.", null, "2020-08-21", "day", "explicit", "on the 21st of August 2020"],
    [
      "weekday before a full date",
      "Police arrived on Tuesday, March 5, 2019, witnesses said.",
      PUB,
      "2019-03-05",
      "day",
      "explicit",
      "on Tuesday, March 5, 2019",
    ],
    ["ISO date", "The decree dated 2022-11-30 was published.", null, "2022-11-30", "day", "explicit", "2022-11-30"],
    ["numeric day first, unambiguous", "The bridge reopened on 25/12/2021.", null, "2021-12-25", "day", "explicit", "on 25/12/2021"],
    // Month and day without a year.
    ["month day, no reference", "On March 9, the miners walked out.", null, "--03-09", "month-day", "explicit", "On March 9"],
    [
      "month day, past, year from the reference",
      "On March 9, the miners walked out.",
      PUB,
      "2024-03-09",
      "day",
      "year-from-publication",
      "On March 9",
    ],
    [
      "month day after the reference, past: last year",
      "The miners walked out on November 2.",
      PUB,
      "2023-11-02",
      "day",
      "year-from-publication",
      "on November 2",
    ],
    [
      "month day, future: the next one",
      "The miners will walk out on February 2.",
      PUB,
      "2025-02-02",
      "day",
      "year-from-publication",
      "on February 2",
    ],
    ["day month, no reference", "Talks began on 14 July.", null, "--07-14", "month-day", "explicit", "on 14 July"],
    // Month and year, bare months.
    ["month year", "The dam was finished in March 2021.", PUB, "2021-03", "month", "explicit", "in March 2021"],
    ["bare month with a reference", "Prices rose sharply in February.", PUB, "2024-02", "month", "year-from-publication", "in February"],
    [
      "bare month later than the reference, past",
      "Prices rose sharply in September.",
      PUB,
      "2023-09",
      "month",
      "year-from-publication",
      "in September",
    ],
    ["bare month without a reference", "Prices rose sharply in February.", null, null, "month", "unresolved", "in February"],
    // Bare years.
    ["in YEAR", "The treaty was signed in 1994 in Geneva.", null, "1994", "year", "explicit", "in 1994"],
    ["since YEAR", "The party has governed since 2012.", PUB, "2012", "year", "explicit", "since 2012"],
    ["early YEAR", "The plant closed in early 2008.", null, "2008", "year", "explicit", "in early 2008"],
    ["mid-YEAR", "Work resumed in mid-2017 after a pause.", null, "2017", "year", "explicit", "in mid-2017"],
    ["the end of YEAR", "Troops will leave by the end of 2026.", PUB, "2026", "year", "explicit", "by the end of 2026"],
    // Weekdays: the latest such day on or before the reference in a past clause, the next one in a future clause.
    ["weekday, past", "Rebels seized the airport on Monday.", PUB, "2024-05-13", "day", "relative-to-publication", "on Monday"],
    [
      "weekday, capitalised at the start",
      "On Sunday, rebels seized the airport.",
      PUB,
      "2024-05-12",
      "day",
      "relative-to-publication",
      "On Sunday",
    ],
    [
      "weekday, past, the reference day itself",
      "Rebels seized the airport on Wednesday.",
      PUB,
      "2024-05-15",
      "day",
      "relative-to-publication",
      "on Wednesday",
    ],
    [
      "weekday, past, day after the reference's weekday",
      "Rebels seized the airport on Thursday.",
      PUB,
      "2024-05-09",
      "day",
      "relative-to-publication",
      "on Thursday",
    ],
    ["weekday, future", "The court will rule on Friday.", PUB, "2024-05-17", "day", "relative-to-publication", "on Friday"],
    [
      "weekday, future with is to",
      "The envoy is to visit the camps on Saturday.",
      PUB,
      "2024-05-18",
      "day",
      "relative-to-publication",
      "on Saturday",
    ],
    [
      "weekday, future with is due to",
      "The minister is due to visit on Monday.",
      PUB,
      "2024-05-20",
      "day",
      "relative-to-publication",
      "on Monday",
    ],
    [
      "last weekday, same weekday as the reference",
      "Rebels seized the airport last Wednesday.",
      PUB,
      "2024-05-08",
      "day",
      "relative-to-publication",
      "last Wednesday",
    ],
    ["next weekday", "The vote is next Monday.", PUB, "2024-05-20", "day", "relative-to-publication", "next Monday"],
    [
      "weekday against a page date",
      "Rebels seized the airport on Monday.",
      PAGE,
      "2024-05-13",
      "day",
      "relative-to-page-date",
      "on Monday",
    ],
    [
      "a weekday counted from another date stays unresolved",
      "He was arrested after an attack the previous Friday.",
      PUB,
      null,
      "day",
      "unresolved",
      "Friday",
    ],
    [
      "a weekday after a reporting that is not anchored",
      "Police said that Sunday's blast killed two.",
      PUB,
      "2024-05-12",
      "day",
      "relative-to-publication",
      "Sunday",
    ],
    ["that weekday stays unresolved", "That Sunday, the rains came.", PUB, null, "day", "unresolved", "Sunday"],
    ["weekday with no reference stays unresolved", "Rebels seized the airport on Monday.", null, null, "day", "unresolved", "on Monday"],
    [
      "weekday after on, before a capitalised name",
      "On Monday President Okoro signed the decree.",
      PUB,
      "2024-05-13",
      "day",
      "relative-to-publication",
      "On Monday",
    ],
    [
      "weekday with a part of the day",
      "Shots were heard on Saturday night.",
      PUB,
      "2024-05-11",
      "day",
      "relative-to-publication",
      "on Saturday night",
    ],
    ["by weekday", "More than 30 boats had left by Tuesday.", PUB, "2024-05-14", "day", "relative-to-publication", "by Tuesday"],
    // Relative words.
    ["yesterday", "The mayor resigned yesterday.", PUB, "2024-05-14", "day", "relative-to-publication", "yesterday"],
    ["today", "Today the schools reopened.", PUB, "2024-05-15", "day", "relative-to-publication", "Today"],
    ["N days ago", "The mayor resigned three days ago.", PUB, "2024-05-12", "day", "relative-to-publication", "three days ago"],
    ["N weeks ago is that day", "The mayor resigned two weeks ago.", PUB, "2024-05-01", "day", "relative-to-publication", "two weeks ago"],
    ["a quarter of a year", "Profits fell in the first quarter of 2023.", null, "2023", "year", "explicit", "in the first quarter of 2023"],
    ["as recently as", "The border was open as recently as 2019.", null, "2019", "year", "explicit", "as recently as 2019"],
    ["dating back to", "The feud dates back to 1987.", null, "1987", "year", "explicit", "back to 1987"],
    ["last week, to its month", "The mayor resigned last week.", PUB, "2024-05", "month", "relative-to-publication", "last week"],
    ["last month", "The mayor resigned last month.", PUB, "2024-04", "month", "relative-to-publication", "last month"],
    ["last year", "The mayor resigned last year.", PUB, "2023", "year", "relative-to-publication", "last year"],
    ["two years ago", "The mayor resigned two years ago.", PUB, "2022", "year", "relative-to-publication", "two years ago"],
    ["a decade ago", "The mill shut a decade ago.", PUB, "2014", "year", "relative-to-publication", "a decade ago"],
    ["this past weekend", "Fans marched this past weekend.", PUB, "2024-05-11", "day", "relative-to-publication", "this past weekend"],
    ["yesterday without a reference", "The mayor resigned yesterday.", null, null, "day", "unresolved", "yesterday"],
    ["last year without a reference", "The mayor resigned last year.", null, null, "year", "unresolved", "last year"],
  ])("%s", (_name, sentence, ref, value, precision, basis, asWritten) => {
    const m = only(sentence, ref);
    expect(m.date).toEqual({ value, precision, basis, asWritten });
    expect(sentence.slice(m.start, m.end)).toBe(asWritten);
  });
});

describe("resolveDates: numbers and names that are not dates", () => {
  it.each([
    ["a count with a thousands separator", "Some 2,000 people marched in the capital."],
    ["a year-like count before a plural noun", "In all 2015 fighters surrendered."],
    ["a year-like count after a preposition and before a plural", "The army deployed in 2015 vehicles and tanks."],
    ["an amount after a verb of change", "Exports rose by 2010 tonnes."],
    ["a number with no temporal preposition", "Resolution 2085 authorised the mission."],
    ["a decade", "Unrest grew in the 1990s."],
    ["May the name", "May said the talks had failed."],
    ["a month word with no preposition", "March organisers said the route had changed."],
    ["a weekday plural (a habit, not a day)", "Markets open on Fridays."],
    ["a named day", "Shops were busy on Good Friday."],
    ["a day and month that could be read either way", "The report is dated 04/05/2023."],
    ["a percentage", "Turnout was 1900 % higher."],
    ["a clock time", "The curfew starts by 1800 GMT."],
    ["a weekday that starts a name", "She told the Sunday Times the plan was dead."],
    ["a habit", "Protesters gather every Friday outside parliament."],
    ["a month that is a person's name", "Critics in May's cabinet resigned."],
  ])("%s", (_name, sentence) => {
    expect(resolveDates(sentence, PUB)).toEqual([]);
  });

  it("skips sentences with no date word before any matching", () => {
    expect(mayHoldDate("The coalition accused the army of abuses.")).toBe(false);
    expect(mayHoldDate("It happened on Monday.")).toBe(true);
  });
});

describe("resolveDates: several dates and tense per clause", () => {
  it("reads each weekday with the verb of its own clause", () => {
    const found = resolveDates("Talks will resume on Monday, the union said on Tuesday.", PUB);
    expect(found.map((m) => [m.date.asWritten, m.date.value, m.tense])).toEqual([
      ["on Monday", "2024-05-20", "future"],
      ["on Tuesday", "2024-05-14", "past"],
    ]);
  });

  it("reads a date in a relative clause with the relative clause's verb", () => {
    const found = resolveDates("Police said the suspect, who was arrested Sunday, would appear in court Friday.", PUB);
    expect(found.map((m) => [m.date.asWritten, m.date.value])).toEqual([
      ["Sunday", "2024-05-12"],
      ["Friday", "2024-05-17"],
    ]);
  });

  it.each([
    ["a schedule in the present is ahead", "The deadline is midnight on June 1.", "2024-06-01"],
    ["an expiry in the present is ahead", "The licence, granted in 2019, expires on July 31.", "2024-07-31"],
    ["'slated for' is ahead, though it ends in -ed", "The vote is slated for Feb. 2.", "2025-02-02"],
    ["the present perfect is past", "Prices have been frozen since June 1.", "2023-06-01"],
    ["'the next' is no future marker", "The troops left on Monday for the next leg of the tour.", "2024-05-13"],
    ["a possessive weekday", "Monday's vote was close.", "2024-05-13"],
  ])("%s", (_name, sentence, value) => {
    expect(resolveDates(sentence, PUB).at(-1)!.date.value).toBe(value);
  });

  it.each([
    ["a date naming a happening is the nearest one, ahead", "Both will run in the Nov. 5 election.", "2024-11-05"],
    ["a date naming a happening is the nearest one, behind", "Few forgot the March 3 attack.", "2024-03-03"],
    ["a month with no tense is the nearest one", "Officials meet again in September.", "2024-09"],
    ["a month with no tense, nearest behind", "Officials meet again in January.", "2024-01"],
    ["as soon as reads ahead", "The bank could cut rates as soon as March.", "2025-03"],
    ["an apposition after a comma reads with the clause before", "The board will decide at its next meeting, on March 2.", "2025-03-02"],
    ["the end of a span is the nearest such day", "The court adjourned the case until June 2.", "2024-06-02"],
    ["the end of a span, nearest behind", "The curfew lasted until April 20.", "2024-04-20"],
    ["since stays in the past", "Prices have been frozen since June 2.", "2023-06-02"],
    ["a range of days takes its first day", "Leaders meet on Sept. 17-18 in Rome.", "2024-09-17"],
    ["a day-first range of days takes its first day", "Leaders met on 17-18 April in Rome.", "2024-04-17"],
  ])("%s", (_name, sentence, value) => {
    expect(resolveDates(sentence, PUB)[0]!.date.value).toBe(value);
  });

  it("separates the saying from what is said at a reporting 'that'", () => {
    const found = resolveDates("The party said on Monday that it will vote on Friday.", PUB);
    expect(found.map((m) => m.date.value)).toEqual(["2024-05-13", "2024-05-17"]);
  });

  it("keeps a year after a month day apart when it is a count", () => {
    const found = resolveDates("On June 4, 2000 people gathered.", PUB);
    expect(found.map((m) => [m.date.value, m.date.asWritten])).toEqual([["2023-06-04", "On June 4"]]); // past clause: the last June 4 before May 15
  });

  it("finds a date in every form in one sentence, in order", () => {
    const found = resolveDates("Founded in 1990, the group split in May 2004, regrouped on 2 March 2011 and struck yesterday.", PUB);
    expect(found.map((m) => m.date.value)).toEqual(["1990", "2004-05", "2011-03-02", "2024-05-14"]);
  });
});

describe("referenceFor", () => {
  it.each([
    ["metadata", { value: "2024-05-15", basis: "metadata" }, null, { value: "2024-05-15", basis: "relative-to-publication" }],
    ["dateline", { value: "2024-05-15", basis: "dateline" }, null, { value: "2024-05-15", basis: "relative-to-publication" }],
    ["page header", { value: "2024-05-15", basis: "page-header" }, "2024-05-15", { value: "2024-05-15", basis: "relative-to-page-date" }],
    ["only a page date", { value: null, basis: "none" }, "2024-05-15", { value: "2024-05-15", basis: "relative-to-page-date" }],
    ["nothing", { value: null, basis: "none" }, null, null],
  ] as const)("%s", (_name, published, pageDate, expected) => {
    expect(referenceFor({ published: { ...published }, pageDate })).toEqual(expected);
  });

  it("a month-only publication date still gives a bare month its year, but not a weekday its day", () => {
    const ref = { value: "2024-05", basis: "relative-to-publication" } as const;
    expect(only("Prices rose in March.", ref).date.value).toBe("2024-03");
    expect(only("Prices rose on Monday.", ref).date).toMatchObject({ value: null, basis: "unresolved" });
  });
});

describe("resolveDates: spans back from the reference and offsets from a date", () => {
  it.each<Row>([
    ["in recent months", "The mayor drew criticism in recent months.", PUB, "2024", "year", "relative-to-publication", "in recent months"],
    ["in recent months, no reference", "The mayor drew criticism in recent months.", null, null, "year", "unresolved", "in recent months"],
    [
      "over the past N years",
      "She led the agency over the past three years.",
      PUB,
      "2021",
      "year",
      "relative-to-publication",
      "over the past three years",
    ],
    [
      "in the last year: twelve months, by the month they start in",
      "Rents doubled in the last year.",
      PUB,
      "2023-05",
      "month",
      "relative-to-publication",
      "in the last year",
    ],
    [
      "over the past two months",
      "Sales slipped over the past two months.",
      PUB,
      "2024-03",
      "month",
      "relative-to-publication",
      "over the past two months",
    ],
    [
      "at the weekend: its Saturday",
      "The minister resigned at the weekend.",
      PUB,
      "2024-05-11",
      "day",
      "relative-to-publication",
      "at the weekend",
    ],
    ["last weekend", "The minister resigned last weekend.", PUB, "2024-05-11", "day", "relative-to-publication", "last weekend"],
    [
      "the weekend ahead in a future clause",
      "The minister will resign over the weekend.",
      PUB,
      "2024-05-18",
      "day",
      "relative-to-publication",
      "over the weekend",
    ],
    ["the weekend without a reference", "The minister resigned at the weekend.", null, null, "day", "unresolved", "at the weekend"],
    [
      "a length of time up to now, in a present perfect",
      "Some 80 people have died in five months of fighting.",
      PUB,
      "2023-12",
      "month",
      "relative-to-publication",
      "in five months of fighting",
    ],
    [
      "a tenure up to now",
      "After six years at the helm, the coach quit.",
      PUB,
      "2018",
      "year",
      "relative-to-publication",
      "After six years at the helm",
    ],
    [
      "a verb of completing a length of time",
      "Aides said the mayor had completed two years in office.",
      PUB,
      "2022",
      "year",
      "relative-to-publication",
      "completed two years in office",
    ],
    [
      "'comes N years after': what follows is that long before the reference",
      "The strike comes two years after the union signed a wage deal.",
      PUB,
      "2022",
      "year",
      "relative-to-publication",
      "two years after",
    ],
    [
      "'comes a week after' to the month of that week",
      "The vote comes a week after the mayor quit.",
      PUB,
      "2024-05",
      "month",
      "relative-to-publication",
      "a week after",
    ],
    [
      "a day after a date",
      "The strikes began a day after the harbour fire of March 3, 2019.",
      null,
      "2019-03-04",
      "day",
      "explicit",
      "a day after … March 3, 2019",
    ],
    [
      "two weeks before a date",
      "Talks stalled two weeks before June 20, 2018.",
      null,
      "2018-06-06",
      "day",
      "explicit",
      "two weeks before June 20, 2018",
    ],
  ])("%s", (_name, sentence, ref, value, precision, basis, asWritten) => {
    expect(only(sentence, ref)).toMatchObject({ date: { value, precision, basis, asWritten } });
  });

  it.each([
    ["a length of time in a past narrative", "He was freed after three years in jail."],
    ["a length of time with no reference point", "The talks broke down after two years of haggling."],
    ["'came N years after': counted from a time the text does not give", "The strike came two years after the deal."],
  ])("%s is no date", (_name, sentence) => {
    expect(resolveDates(sentence, PUB)).toHaveLength(0);
  });

  it("a length of time up to now gives way to a date written out in the sentence", () => {
    expect(resolveDates("After six years in office, the mayor resigned in 2019.", PUB).map((m) => m.date.value)).toEqual(["2019"]);
  });

  it("a plural span with no count is no date: 'in the past years'", () => {
    expect(resolveDates("Crime fell in the past years.", PUB)).toHaveLength(0);
  });

  it("an offset phrase cut off by a verb of saying does not move the date", () => {
    expect(only("A day after police said so, the bridge shut on March 3, 2019.", null).date.value).toBe("2019-03-03");
  });
});

describe("resolveDates: seasons without a year", () => {
  it.each<Row>([
    ["future season later in the year", "The band will tour in the autumn.", PUB, "2024", "year", "year-from-publication", "in the autumn"],
    [
      "past season later than the reference: last year's",
      "The band toured in the autumn.",
      PUB,
      "2023",
      "year",
      "year-from-publication",
      "in the autumn",
    ],
    ["next spring", "The band will tour next spring.", PUB, "2025", "year", "year-from-publication", "next spring"],
    ["no reference", "The band will tour in the autumn.", null, null, "year", "unresolved", "in the autumn"],
  ])("%s", (_name, sentence, ref, value, precision, basis, asWritten) => {
    expect(only(sentence, ref)).toMatchObject({ date: { value, precision, basis, asWritten } });
  });

  it("a season with its year is read once, with the year: 'the autumn of 2019'", () => {
    expect(only("The band toured in the autumn of 2019.", PUB).date.value).toBe("2019");
  });
});

describe("resolveDates: a fall that is a tumble", () => {
  it("'hurt in the fall' is no date", () => {
    expect(resolveDates("The rider was hurt in the fall.", PUB)).toHaveLength(0);
  });
  it("'last fall' is the season", () => {
    expect(only("The rider retired last fall.", PUB).date).toMatchObject({ value: "2023", precision: "year" });
  });
});

describe("resolveDates: 'that year' takes the last year written out", () => {
  it("a month of that year in the same sentence", () => {
    const found = resolveDates("The firm was founded in 2019 and listed in June of that year.", null);
    expect(found.map((m) => m.date.value)).toEqual(["2019", "2019-06"]);
    expect(found[1]!.date.asWritten).toBe("in June of that year");
  });
  it("a month of that year after a sentence that named the year", () => {
    const anchor = { year: null as number | null };
    resolveDates("The dam burst in 2017.", null, anchor);
    expect(only("Repairs began in May that year.", null).date.value).toBe(null);
    expect(resolveDates("Repairs began in May that year.", null, anchor)[0]!.date.value).toBe("2017-05");
  });
});

describe("resolveDates: 'later that year'", () => {
  it("takes the last year written out, and stays open without one", () => {
    const anchor = { year: null as number | null };
    expect(resolveDates("Later that year the mill closed.", null, anchor)[0]!.date.value).toBe(null);
    resolveDates("The mill was sold in 2011.", null, anchor);
    expect(resolveDates("Later that year the mill closed.", null, anchor)[0]!.date).toMatchObject({
      value: "2011",
      asWritten: "Later that year",
    });
  });
});
