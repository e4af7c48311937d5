// Dated clauses as news writes them, pinned on crafted sentences: a year before the noun it dates, years
// listed in one clause, a calendar date in brackets after a weekday.
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/corpus/types.js";
import { extractEvents } from "../../src/extract/events.js";
import { splitSentences } from "../../src/extract/sentences.js";
import { fakeActors } from "./fake-actors-events.js";

function run(body: string) {
  const doc: CleanArticle = {
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
    published: { value: "2024-05-15", basis: "metadata" },
    pageDate: null,
  };
  return extractEvents(doc, splitSentences(body), fakeActors(body, [])).filter((e) => e.date.basis !== "none");
}

describe("events as news writes them", () => {
  it("a year before the noun it dates ('a 2019 coup') dates its clause", () => {
    const events = run("The officers, who seized power in a 2019 coup, promised elections.");
    expect(events.map((e) => e.date.value)).toContain("2019");
  });

  it("a bare year that is not attributive still needs its lead word", () => {
    expect(run("The plant employs 2019 people across the region.")).toEqual([]);
  });

  it("years listed in one clause are one event each", () => {
    const events = run("The army seized power in coups in 2019 and 2021, and has ruled since.");
    expect(events.map((e) => e.date.value)).toEqual(["2019", "2021"]);
    expect(events[0]!.summary).toBe(events[1]!.summary);
  });

  it("a range of years stays one event", () => {
    expect(run("The dam was built from 2019 to 2021 by a local firm.").length).toBe(1);
  });

  it("a calendar date in brackets after a weekday wins over the weekday's own reckoning", () => {
    const [e] = run("Tickets for the ferry go on sale on Saturday (May 18th) at noon.");
    expect(e!.date.value).toBe("2024-05-18");
  });

  it("a bare 'and' between two nouns opens no clause: the later date keeps the whole clause", () => {
    const events = run("The council confirmed on Monday that raiders had burned barns and granaries near the river on 2 May.");
    const may = events.find((e) => e.date.value === "2024-05-02")!;
    expect(may.summary).toBe("Raiders had burned barns and granaries near the river");
  });

  it("a second verb joined by 'and' gets the sentence's subject back", () => {
    const events = run("The ferry union issued ballots on Monday, and announced the result on Tuesday.");
    expect(events.map((e) => e.summary)).toEqual(["The ferry union issued ballots", "The ferry union announced the result"]);
  });
});
