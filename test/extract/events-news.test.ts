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

  it("a year before a noun phrase that is the verb's object dates the noun phrase, not the clause", () => {
    const events = run("The council scrapped a 2016 water treaty with the upstream town on Monday.");
    expect(events.map((e) => [e.date.value, e.summary])).toEqual([
      ["2024-05-13", "The council scrapped a 2016 water treaty with the upstream town"],
      ["2016", "Water treaty with the upstream town"],
    ]);
  });

  it("a later 'the <same noun>' tells the dated noun phrase's event instead", () => {
    const body =
      "The council scrapped a 2016 water treaty with the upstream town.\n\nThe town had dug wells after the signing of the water treaty between the two mayors, officials said.";
    const e = run(body).find((x) => x.date.value === "2016")!;
    expect([e.summary, e.sentence]).toEqual(["The signing of the water treaty between the two mayors", 1]);
  });

  it("a year before a single noun keeps its clause ('won the 2019 election')", () => {
    expect(run("The mayor won the 2019 election by a wide margin.").map((e) => e.summary)).toEqual([
      "The mayor won the election by a wide margin",
    ]);
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

  it("'the largest since 2009' is a record's baseline, no event", () => {
    expect(run("The strike is the largest since 2009.")).toEqual([]);
  });

  it("a lone 'since 2021' dates the start of its period", () => {
    expect(run("The port has been closed since 2021.").map((e) => [e.date.value, e.summary])).toEqual([
      ["2021", "The port has been closed"],
    ]);
  });

  it("'since 2020' beside another date dates the noun phrase it follows, not the clause it ends", () => {
    const events = run("On Thursday, the envoys left the capital, widening the gap with the ruling army council since 2020.");
    expect(events.find((e) => e.date.value === "2020")?.summary).toBe("The ruling army council");
  });

  it("'said on Monday' dates the saying in the past, whatever tense the words said are in", () => {
    expect(run("The dockers said on Monday they would strike.")[0]!.date.value).toBe("2024-05-13");
  });

  it("a length of time up to now dates its own clause, not the saying around it", () => {
    const events = run("The council said on Monday that the mayor had completed two years in office.");
    expect(events.map((e) => [e.date.value, e.summary])).toEqual([
      ["2024-05-13", "The council said"],
      ["2022", "The mayor had completed two years in office"],
    ]);
  });

  it("'comes two years after' dates what follows it, and the clause before it is no event of that date", () => {
    const events = run("The strike comes two years after the union signed a wage deal.");
    expect(events.map((e) => [e.date.value, e.summary])).toEqual([["2022", "The union signed a wage deal"]]);
  });

  it("a relative clause with no comma before it opens a clause of its own: its date is not the main verb's", () => {
    const events = run("Police said on Friday they had caught and charged the owner of a van whose brakes failed in the tunnel last week.");
    expect(events.map((e) => [e.date.value, e.summary])).toEqual([
      ["2024-05-10", "Police said they had caught and charged the owner of a van"],
      ["2024-05", "A van, whose brakes failed in the tunnel"],
    ]);
  });

  it("a second verb joined by 'but' gets the sentence's subject back", () => {
    expect(run("Talks began on Monday but collapsed on Tuesday.").map((e) => e.summary)).toEqual(["Talks began", "Talks collapsed"]);
  });

  it("a relative clause gets its noun phrase from the determiner on, not the verb before it", () => {
    const events = run("The army said on Monday it had retaken the port, which rebels seized in March.");
    expect(events.map((e) => e.summary)).toEqual(["The army said it had retaken the port", "The port, which rebels seized"]);
  });

  it("a 'that' relative clause gets the noun phrase it hangs on", () => {
    const events = run("Police held the driver on Sunday after a chase that began on Saturday.");
    expect(events.map((e) => e.summary)).toEqual(["Police held the driver after a chase", "A chase that began"]);
  });

  it("a possessive date stays in the summary ('Monday's vote')", () => {
    expect(run("Crowds gathered before the mayor's speech on Friday.").map((e) => e.summary)).toEqual([
      "Crowds gathered before the mayor's speech",
    ]);
    expect(run("Monday's vote was close.").map((e) => e.summary)).toEqual(["Monday's vote was close"]);
  });

  it("a fronted phrase with no verb takes the clause after it ('In a statement on Friday, the army said …')", () => {
    const events = run("In a letter on Friday, the club said it had sacked its coach on Thursday.");
    expect(events.map((e) => [e.date.value, e.summary])).toEqual([
      ["2024-05-10", "The club said it had sacked its coach"],
      ["2024-05-09", "The club said it had sacked its coach"],
    ]);
  });

  it("a participle of saying set off by commas dates the verb after it, and the verb keeps its subject", () => {
    const events = run("The mayor, speaking on Monday, said the bridge would reopen in August.");
    expect(events.map((e) => [e.date.value, e.summary])).toEqual([
      ["2024-05-13", "The mayor said the bridge would reopen"],
      ["2024-08", "The mayor said the bridge would reopen"],
    ]);
  });

  it("a weekend is dated by its Saturday", () => {
    expect(run("The ferry sank at the weekend.").map((e) => e.date.value)).toEqual(["2024-05-11"]);
  });

  it.each([
    [
      "a founding year in an apposition",
      "The Harbor Union, founded in 1998, said on Monday it would strike.",
      "The Harbor Union said it would strike",
    ],
    ["an age and a relative clause", "Mayor Lund, 54, who took office in 2019, resigned on Friday.", "Mayor Lund resigned"],
    ["a relative clause before a modal", "The ferry pier, which opened in 1962, will shut on Friday.", "The ferry pier will shut"],
  ])("%s dates its own phrase; the main clause keeps its subject", (_, body, summary) => {
    const events = run(body);
    expect(events).toHaveLength(2);
    expect(events[1]!.summary).toBe(summary);
  });
});
