import { describe, expect, it } from "vitest";
import { timeline } from "../../commands/timeline.js";
import { makeContext, makeSummary } from "./fixture.js";

const ctx = makeContext();
const ask = (query: string, page = 0) => timeline.handle({ query, options: {}, page }, ctx);
type Json = { events: { id: string; date: { value: string | null } }[] };

describe("/timeline", () => {
  it("orders years, a day of unknown year, page-dated days, then unresolved and undated events", () => {
    const ids = (ask("").json as Json).events.map((e) => e.id);
    expect(ids).toEqual([
      "attack-report:e0", // 2015
      "attack-report:e1", // 2020
      "harbour-news:e0", // 2023-11-19
      "ngo-letter:e0", // --12-01: no publication year, so the corpus's latest year (2023)
      "attack-report:e3", // Thursday 2023-12-07
      "attack-report:e2", // Friday 2023-12-08
      "harbour-news:e1", // unresolved
      "ngo-letter:e1", // undated
    ]);
  });

  it("a day of unknown year takes its article's publication year when there is one", () => {
    const s = makeSummary();
    const a1 = s.articles.find((a) => a.id === "ngo-letter")!;
    a1.published = { value: "2015-06-01", basis: "metadata" };
    const ids = (timeline.handle({ query: "", options: {}, page: 0 }, makeContext(s)).json as Json).events.map((e) => e.id);
    expect(ids.indexOf("ngo-letter:e0")).toBe(1); // 2015-12-01: after the year 2015, before 2020
  });

  it("shows the date basis of each event", () => {
    const items = ask("").items!;
    expect(items[3]?.heading).toBe("1 December (year unknown)");
    expect(items[3]?.note).toMatch(/year unknown/);
    expect(items[4]?.note).toMatch(/inferred from the page date/);
    expect(items[4]?.day).toBe("2023-12-07");
    expect(items[2]?.note).toMatch(/inferred from publication/);
    expect(items[6]?.heading).toMatch(/unresolved/);
    expect(items[7]?.heading).toBe("undated");
    expect(items[0]?.day).toBeUndefined();
  });

  it("filters by an actor named with a typo", () => {
    const ids = (ask("azawad movment").json as Json).events.map((e) => e.id);
    expect(ids).toEqual(["attack-report:e0", "attack-report:e3", "attack-report:e2"]);
  });

  it("finds events at a place", () => {
    expect((ask("Bir").json as Json).events.map((e) => e.id)).toEqual(["attack-report:e2"]);
  });

  it("falls back on the words of events", () => {
    expect((ask("harbour strike").json as Json).events.map((e) => e.id)).toEqual(["harbour-news:e0"]);
  });

  it("paginates", () => {
    const big = makeSummary();
    for (let i = 0; i < 25; i++)
      big.events.push({
        ...big.events[0]!,
        id: `x:e${i}`,
        date: { value: `2001-01-${String(i + 1).padStart(2, "0")}`, precision: "day", basis: "explicit", asWritten: "x" },
      });
    const c = makeContext(big);
    const r = timeline.handle({ query: "", options: {}, page: 2 }, c);
    expect(r.pagination).toMatchObject({ page: 2, pageCount: 4, total: 33 });
    expect(r.items?.length).toBe(10);
  });

  it("no match: empty with what to try", () => {
    const r = ask("qqqzzz");
    expect(r.status).toBe("empty");
    expect(r.description).toMatch(/Try/);
  });
});
