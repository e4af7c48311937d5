import { describe, expect, it } from "vitest";
import { claims } from "../../commands/claims.js";
import { makeContext, makeSummary } from "./fixture.js";

const ctx = makeContext();
const ask = (query: string, speaker?: string, page = 0) => claims.handle({ query, options: { speaker }, page }, ctx);
type Json = { statements: { id: string; speaker: string | null; speakerName: string | null; disputed: boolean }[] };

describe("/claims", () => {
  it("lists what anyone said about the actor, with speaker names and citations", () => {
    const r = ask("wagner");
    const json = r.json as Json;
    expect(r.status).toBe("ok");
    expect(json.statements.map((s) => s.id).sort()).toEqual([
      "attack-report:s0",
      "attack-report:s1",
      "attack-report:s6",
      "ngo-letter:s2",
      "ngo-letter:s4",
    ]);
    expect(json.statements.find((s) => s.id === "ngo-letter:s2")?.speakerName).toBe("Rachid Raha");
    for (const item of r.items ?? []) expect(item.citation?.article).toBeTruthy();
  });

  it("shows an unclear speaker as unclear, never a guess", () => {
    const r = ask("wagner");
    const unclear = r.items?.find((i) => i.text.includes("Nobody knows"));
    expect(unclear?.heading.startsWith("speaker unclear")).toBe(true);
    expect((r.json as Json).statements.find((s) => s.id === "ngo-letter:s4")?.speakerName).toBeNull();
  });

  it("includes what the named actor itself said", () => {
    const ids = (ask("CMA").json as Json).statements.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(["attack-report:s0", "attack-report:s1", "attack-report:s5"]));
  });

  it("filters by speaker", () => {
    const json = ask("wagner", "cma").json as Json;
    expect(json.statements.every((s) => s.speaker === "azawad-movement-co-ordination")).toBe(true);
    expect(json.statements.map((s) => s.id).sort()).toEqual(["attack-report:s0", "attack-report:s1"]);
  });

  it("puts a denial beside the statement it contradicts and marks both disputed", () => {
    const r = ask("port authority");
    expect(r.items?.map((i) => i.disputed)).toEqual([true, true]);
    expect(r.items?.[0]?.heading).toMatch(/^Port Authority — denied/);
    expect(r.items?.[1]?.heading).toMatch(/^Dockworkers' Union/);
  });

  it("marks a claim that other speakers in the article contradict, shown together", () => {
    const r = ask("wagner");
    const json = r.json as Json;
    const i = json.statements.findIndex((s) => s.id === "attack-report:s6");
    expect(json.statements[i]?.disputed).toBe(true);
    expect(json.statements[i + 1]?.disputed).toBe(true);
    expect(json.statements[i + 1]?.speaker).not.toBe("government-of-mali");
    expect(json.statements.find((s) => s.id === "ngo-letter:s2")?.disputed).toBe(false);
  });

  it("pages five at a time and clamps a page past the end", () => {
    const first = ask("dockworkers union");
    expect(first.pagination).toMatchObject({ page: 0, pageSize: 5, pageCount: 2 });
    expect(first.items?.length).toBe(5);
    const second = ask("dockworkers union", undefined, 1);
    expect(second.items?.length).toBe(first.pagination!.total - 5);
    expect(ask("dockworkers union", undefined, 99).pagination?.page).toBe(1);
    const firstTexts = first.items!.map((i) => i.text);
    for (const item of second.items!) expect(firstTexts).not.toContain(item.text);
  });

  it("falls back on the words of statements when the query names no actor", () => {
    const json = ask("ethnic cleansing").json as Json;
    expect(json.statements.map((s) => s.id)).toEqual(["ngo-letter:s1"]);
  });

  it("answers no match with what to try", () => {
    const r = ask("xylophone quartet");
    expect(r.status).toBe("empty");
    expect(r.description).toMatch(/Try/);
  });

  it("says when the speaker is unknown", () => {
    const r = ask("wagner", "qqqzzz");
    expect(r.status).toBe("empty");
    expect(r.title).toMatch(/No speaker/);
  });

  it("an empty query gets help", () => {
    expect(ask("").status).toBe("help");
  });

  it("autocompletes speakers only among actors who said something", () => {
    const names = claims.autocomplete!("speaker", "", ctx).map((c) => c.value);
    expect(names).toContain("Rachid Raha");
    expect(names).not.toContain("Mali");
    const about = claims.autocomplete!("about", "genocide", ctx);
    expect(about.at(-1)?.value).toBe("genocide");
    expect(about.length).toBeLessThanOrEqual(25);
  });
});

describe("disputes stay narrow", () => {
  it("a negation in a quote that nobody contradicts is not disputed", () => {
    const json = ask("dockworkers union").json as Json;
    expect(json.statements.find((s) => s.id === "harbour-news:s7")?.disputed).toBe(false);
  });
  it("a statement with an unclear speaker is never one side of a dispute", () => {
    const json = ask("wagner").json as Json;
    expect(json.statements.find((s) => s.id === "ngo-letter:s4")?.disputed).toBe(false);
  });
});

describe("speaker only", () => {
  it("no topic but a speaker lists everything the speaker said", () => {
    const r = ask("", "raha");
    expect(r.title).toBe("Claims by Rachid Raha");
    const json = r.json as Json;
    expect(json.statements.map((s) => s.id).sort()).toEqual(["ngo-letter:s1", "ngo-letter:s2", "ngo-letter:s3"]);
  });
});

describe("disputes across articles", () => {
  it("a denial with no answer in its own article is set beside another speaker's statement elsewhere", () => {
    const s = makeSummary();
    s.statements.push({
      id: "harbour-news:s99",
      speaker: "russia",
      speakerText: "Moscow",
      kind: "indirect",
      text: "Wagner fighters were never sent to the region",
      cue: "denied",
      addressee: null,
      addresseeId: null,
      mentions: ["wagner-group"],
      article: "harbour-news",
      sentence: 3,
      span: { start: 900, end: 950 },
    });
    const c = makeContext(s);
    const json = claims.handle({ query: "wagner", options: {}, page: 0 }, c).json as Json;
    const i = json.statements.findIndex((x) => x.id === "harbour-news:s99");
    expect(json.statements[i]?.disputed).toBe(true);
    expect(json.statements[i + 1]?.disputed).toBe(true);
    expect(json.statements[i + 1]?.speaker).not.toBe("russia");
  });
});
