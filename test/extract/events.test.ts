import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/corpus/types.js";
import { antecedentBefore, extractEvents, MAX_SUMMARY, summarize } from "../../src/extract/events.js";
import { splitSentences } from "../../src/extract/sentences.js";
import type { Published } from "../../src/model/schema.js";
import { fakeActors, type FakeActor } from "./fake-actors-events.js";

function article(
  body: string,
  published: Published = { value: "2024-05-15", basis: "metadata" },
  pageDate: string | null = null,
): CleanArticle {
  return {
    id: "a",
    file: "a.txt",
    hash: "h",
    format: "txt",
    body,
    title: null,
    source: null,
    byline: null,
    bylineRole: null,
    url: null,
    published,
    pageDate,
  };
}

function run(body: string, actors: FakeActor[] = [], published?: Published, pageDate?: string | null) {
  const doc = article(body, published, pageDate);
  return extractEvents(doc, splitSentences(body), fakeActors(body, actors));
}

const dated = (events: ReturnType<typeof run>) => events.filter((e) => e.date.basis !== "none");

describe("extractEvents", () => {
  it("makes one event per dated clause, with the date phrase out of the summary", () => {
    const body = "Rescue teams pulled 14 survivors from the rubble. The quake struck the coastal town on Monday.";
    const [e] = dated(run(body));
    expect(e).toMatchObject({
      date: { value: "2024-05-13", precision: "day", basis: "relative-to-publication", asWritten: "on Monday" },
      summary: "The quake struck the coastal town",
      sentence: 1,
    });
    expect(body.slice(e!.span.start, e!.span.end)).toBe("The quake struck the coastal town on Monday.");
  });

  it("splits two dates for two happenings in one sentence into two events", () => {
    const body = "On Tuesday, the rebels said they had quit the capital, ending a truce that had held since 2019.";
    const events = dated(run(body, [{ name: "Tuesday Group", kind: "organization" }]));
    expect(events.map((e) => [e.date.value, e.summary])).toEqual([
      ["2024-05-14", "The rebels said they had quit the capital"],
      ["2019", "Ending a truce that had held"],
    ]);
  });

  it("gives two dates in one clause the same clause, each its own event", () => {
    const events = dated(run("The two unions agreed on Tuesday to end the strike from July, after a month of talks."));
    expect(events.map((e) => [e.date.asWritten, e.date.value, e.summary])).toEqual([
      ["on Tuesday", "2024-05-14", "The two unions agreed to end the strike, after a month of talks"],
      ["from July", "2024-07", "The two unions agreed to end the strike, after a month of talks"],
    ]);
  });

  it("reads a date after a verb of intent and an infinitive as ahead", () => {
    const [e] = dated(run("Engineers expect the new line to open on June 2."));
    expect(e!.date).toMatchObject({ value: "2024-06-02", basis: "year-from-publication" });
  });

  it("drops the 'that' of what was said and gives it to the bare saying before it", () => {
    const body = "The health ministry said on Wednesday that 30 clinics had closed since March.";
    const evs = dated(run(body));
    expect(evs.map((e) => e.summary)).toEqual(["The health ministry said that 30 clinics had closed", "30 clinics had closed"]);
    // a demonstrative "that" opening a sentence stays
    expect(dated(run("That bridge was closed on Monday."))[0]!.summary).toBe("That bridge was closed");
  });

  it("dates a comma-bounded relative clause with its antecedent, not the main clause after it", () => {
    const evs = dated(run("The old mill, which closed in 1987, now houses a museum of local history."));
    expect(evs.map((e) => e.summary)).toEqual(["The old mill, which closed"]);
    // a date in the main clause keeps the whole sentence
    expect(dated(run("The old mill, which houses a museum, closed in 1987."))[0]!.summary).toBe(
      "The old mill, which houses a museum, closed",
    );
  });

  it("gives the main clause after a ', who … ,' clause its subject back", () => {
    const evs = dated(run("Governor Ana Kovac, who has led the province since 2019, vetoed the bill on Monday."));
    expect(evs.map((e) => e.summary)).toEqual(["Governor Ana Kovac, who has led the province", "Governor Ana Kovac vetoed the bill"]);
  });

  it("drops a preposition left dangling at the end once the date is out", () => {
    expect(summarize("A hearing is scheduled for Oct. 3", [{ start: 26, end: 33 }])).toBe("A hearing is scheduled");
    expect(summarize("The vote was put off until May 2", [{ start: 26, end: 32 }])).toBe("The vote was put off");
  });

  it("gives a clause that is only the source what it said", () => {
    const events = dated(run("The ferry will stop running at the end of June, the operator said on Monday."));
    expect(events.map((e) => [e.date.asWritten, e.date.value, e.summary])).toEqual([
      ["at the end of June", "2024-06", "The ferry will stop running"],
      ["on Monday", "2024-05-13", "The operator said: The ferry will stop running"],
    ]);
  });

  it("keeps a range or a list of dates as one happening", () => {
    const events = dated(run("The mine was closed from 2009 to 2013 after the collapse."));
    expect(events).toHaveLength(1);
    expect(events[0]!.date).toMatchObject({ value: "2009", asWritten: "from 2009" });
  });

  it("prefers the explicit date when a weekday and a full date name one day", () => {
    const events = dated(run("The flight landed on Friday (May 10, 2024) in the storm."));
    expect(events).toHaveLength(1);
    expect(events[0]!.date).toMatchObject({ value: "2024-05-10", basis: "explicit" });
  });

  it("leaves a weekday unresolved when the article has no date", () => {
    const [e] = dated(run("The ferry capsized on Sunday near the port.", [], { value: null, basis: "none" }));
    expect(e!.date).toEqual({ value: null, precision: "day", basis: "unresolved", asWritten: "on Sunday" });
  });

  it("reads a weekday against the page date and says so", () => {
    const [e] = dated(run("The ferry capsized on Sunday near the port.", [], { value: "2024-05-15", basis: "page-header" }, "2024-05-15"));
    expect(e!.date).toMatchObject({ value: "2024-05-12", basis: "relative-to-page-date" });
  });

  it("gives a day and month with no reference as --MM-DD", () => {
    const [e] = dated(run("On April 2, villagers blocked the road to the quarry.", [], { value: null, basis: "none" }));
    expect(e!.date).toEqual({ value: "--04-02", precision: "month-day", basis: "explicit", asWritten: "On April 2" });
    expect(e!.summary).toBe("Villagers blocked the road to the quarry");
  });

  it("takes a date inside a direct quote as an event too", () => {
    const [e] = dated(run("“We lost everything on Saturday,” the farmer told reporters."));
    expect(e).toMatchObject({ date: { value: "2024-05-11" }, summary: "The farmer told reporters: We lost everything" });
  });

  it("names the actors of the clause only, and the place introduced by in/at", () => {
    const body =
      "The Delta Front attacked a convoy in the town of Karsi in Veltria on Monday, while the Northern League stayed out of the fighting.";
    const [e] = dated(
      run(body, [
        { name: "Delta Front", kind: "armed-group" },
        { name: "Karsi", kind: "place" },
        { name: "Veltria", kind: "country" },
        { name: "Northern League", kind: "organization" },
      ]),
    );
    expect(e!.actorKeys).toEqual(["delta front", "karsi", "veltria", "northern league"]);
    expect(e!.placeKey).toBe("karsi");
  });

  it("takes no place for a place that is not introduced by in/at", () => {
    const body = "Diplomats left Karsi on Monday.";
    const [e] = dated(run(body, [{ name: "Karsi", kind: "place" }]));
    expect(e!.actorKeys).toEqual(["karsi"]);
    expect(e!.placeKey).toBeNull();
  });

  it("falls back to a country for the place", () => {
    const [e] = dated(run("Elections were held in Veltria in 2021.", [{ name: "Veltria", kind: "country" }]));
    expect(e!.placeKey).toBe("veltria");
  });

  it("adds the lead sentence as an undated event when it has no date", () => {
    const body = "The Delta Front has seized the northern airport.\n\nFighting began in 2011.";
    const events = run(body, [{ name: "Delta Front", kind: "armed-group" }]);
    const undated = events.filter((e) => e.date.basis === "none");
    expect(undated).toEqual([
      {
        date: { value: null, precision: "none", basis: "none", asWritten: null },
        summary: "The Delta Front has seized the northern airport",
        actorKeys: ["delta front"],
        placeKey: null,
        sentence: 0,
        span: { start: 0, end: body.indexOf("\n") },
      },
    ]);
  });

  it.each([
    ["a lead in the present progressive", "The port authority is weighing a ban on night ferries.", "2024-05-15"],
    ["a lead with a present 'say'", "Harbour officials say the ferry ban will stay.", "2024-05-15"],
    ["a lead in the past", "The port authority banned night ferries.", null],
    ["a lead about what lies ahead", "The port authority is going to ban night ferries.", null],
  ])("%s is dated by the publication day only when it tells how things stand", (_name, body, value) => {
    expect(run(body).map((e) => e.date.value)).toEqual([value]);
  });

  it("a lead in the present is not dated by a page date (the day the page was shown)", () => {
    const events = run("The port authority is weighing a ban on night ferries.", [], { value: null, basis: "none" }, "2024-05-15");
    expect(events.map((e) => e.date.value)).toEqual([null]);
  });

  it("adds no undated event when the lead is dated already", () => {
    const events = run("The Delta Front seized the northern airport on Tuesday. Fighting spread.");
    expect(events.map((e) => e.date.basis)).toEqual(["relative-to-publication"]);
  });

  it("makes no event of a date standing alone or of a repeated sentence", () => {
    const body = "Monday, May 13, 2024\n\nThe Delta Front seized the airport on Tuesday.\n\nThe Delta Front seized the airport on Tuesday.";
    expect(run(body).map((e) => [e.sentence, e.date.value])).toEqual([[1, "2024-05-14"]]);
  });

  it("finds nothing in an article with no dates beyond its lead", () => {
    expect(run("Short line.")).toEqual([]);
  });
});

describe("summarize", () => {
  const at = (clause: string, phrases: string | string[]) =>
    summarize(
      clause,
      [phrases].flat().map((p) => ({ start: clause.indexOf(p), end: clause.indexOf(p) + p.length })),
    );

  it.each<[string, string, string | string[], string]>([
    ["drops the trailing source", "Convoys reached the villages on Monday, officials said.", "on Monday", "Convoys reached the villages"],
    [
      "drops the bracket left after a weekday and its date in brackets",
      "The band met the press in Leeds yesterday (May 14th).",
      ["yesterday", "May 14th"],
      "The band met the press in Leeds",
    ],
    ["drops according to", "According to the ministry, 40 ships were waiting by Thursday.", "by Thursday", "40 ships were waiting"],
    [
      "drops quote marks but keeps apostrophes",
      "The group’s leader called it “a betrayal” on Friday.",
      "on Friday",
      "The group’s leader called it a betrayal",
    ],
    [
      "drops the comma that set the date off",
      "The strike began on March 4, when dockers walked out.",
      "on March 4",
      "The strike began when dockers walked out",
    ],
    [
      "keeps the comma before a participle",
      "The army struck on Friday, blaming the rebels.",
      "on Friday",
      "The army struck, blaming the rebels",
    ],
    ["drops a bracketed date with both its commas", "The council, in 2019, banned the march.", "in 2019", "The council banned the march"],
    [
      "drops the comma before a reporting that",
      "The ministry said on Monday, May 6, that talks had failed.",
      "on Monday, May 6",
      "The ministry said that talks had failed",
    ],
    [
      "keeps the comma before a relative clause",
      "The war began in 2011, which few foresaw.",
      "in 2011",
      "The war began, which few foresaw",
    ],
    [
      "keeps the comma closing a relative clause",
      "The war, which began on 4 May 2011, has killed thousands.",
      "on 4 May 2011",
      "The war, which began, has killed thousands",
    ],
    [
      "drops the connector of a range with its dates",
      "Rates rose 11 times between May 2022 and July 2023.",
      ["between May 2022", "July 2023"],
      "Rates rose 11 times",
    ],
    [
      "keeps the comma before an apposition",
      "Rates have held since July 2023, the longest pause in decades.",
      "since July 2023",
      "Rates have held, the longest pause in decades",
    ],
    [
      "puts a quote's source first",
      "“The road is open again,” the mayor said on Monday.",
      "on Monday",
      "The mayor said: The road is open again",
    ],
    ["drops a leading participle of saying", "adding that talks would resume in June.", "in June", "Talks would resume"],
    ["drops a leading discourse marker", "For its part, the army withdrew on Friday.", "on Friday", "The army withdrew"],
    [
      "keeps a short clause's source rather than leave it empty",
      "Nothing moved, he said on Friday.",
      "on Friday",
      "Nothing moved, he said",
    ],
  ])("%s", (_name, clause, phrase, expected) => {
    expect(at(clause, phrase)).toBe(expected);
  });

  it("gives a relative clause the noun it hangs on", () => {
    const events = dated(run("Rebels shelled the port of Arvo on Monday, which the army had retaken in 2019."));
    expect(events.map((e) => [e.date.value, e.summary])).toEqual([
      ["2024-05-13", "Rebels shelled the port of Arvo"],
      ["2019", "Arvo, which the army had retaken"],
    ]);
    expect(antecedentBefore("Drones struck over the Kursk region, ")).toBe("the Kursk region");
  });

  it("cuts a long clause at a word, under the limit, with an ellipsis", () => {
    const clause = `On Friday, ${"the delegates argued over the wording of the final statement ".repeat(6)}`;
    const s = at(clause, "On Friday");
    expect(s.length).toBeLessThanOrEqual(MAX_SUMMARY);
    expect(s.endsWith("…")).toBe(true);
    expect(s.startsWith("The delegates argued")).toBe(true);
    expect(s).not.toMatch(/\s…$/);
  });
});

describe("extractEvents: a happening dated by an offset from another", () => {
  it("'a day after the March 3, 2019 fire' gives the day after, and the fire its own event", () => {
    const events = dated(run("Dockers struck a day after the harbour's March 3, 2019 fire that shut the port."));
    expect(events.map((e) => e.date.value)).toEqual(["2019-03-04", "2019-03-03"]);
    expect(events[1]!.summary).toMatch(/^The harbour’?'?s fire that shut the port$/);
  });
});
