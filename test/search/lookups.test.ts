import { describe, expect, it } from "vitest";
import { makeContext } from "../commands/fixture.js";

const { search, summary } = makeContext();

describe("lookups the handlers use", () => {
  it("merges by/about lists in statement order, each statement once", () => {
    const by = search.statementsBy("azawad-movement-co-ordination");
    const about = search.statementsAbout("wagner-group");
    const merged = search.mergeStatements(by, about);
    expect(new Set(merged).size).toBe(merged.length);
    expect(merged).toEqual(search.sortStatements([...new Set([...by, ...about])]));
    expect(search.mergeStatements([], [])).toEqual([]);
  });
  it("orders statements newest article first, then in reading order", () => {
    const ids = search.statementsInOrder().map((s) => s.article);
    expect(ids.indexOf("attack-report")).toBe(0);
    expect(ids.lastIndexOf("attack-report")).toBeLessThan(ids.indexOf("harbour-news"));
    expect(ids.at(-1)).toBe("ngo-letter"); // no publication date: last
  });
  it("counts what each article holds", () => {
    expect(search.articleCounts("harbour-news")).toEqual({ actors: 4, statements: 8, events: 2 });
    expect(search.articleCounts("nope")).toEqual({ actors: 0, statements: 0, events: 0 });
  });
  it("events of a place include those that happen there", () => {
    expect(search.eventsOf("bir").map((e) => e.id)).toEqual(["attack-report:e2"]);
    expect(search.assumedYear(summary.events.find((e) => e.id === "ngo-letter:e0")!)).toBe(2023);
    expect(search.assumedYear(summary.events[0]!)).toBeNull();
  });
  it("statement and event text search", () => {
    expect(search.statements("ethnic cleansing")[0]?.item.id).toBe("ngo-letter:s1");
    expect(search.events("harbour strike")[0]?.item.id).toBe("harbour-news:e0");
    expect(search.statements("qqxyz")).toEqual([]);
    // stopwords are dropped when the query has other words
    expect(search.statements("the ethnic cleansing of")[0]?.item.id).toBe("ngo-letter:s1");
  });
});
