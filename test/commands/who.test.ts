import { describe, expect, it } from "vitest";
import { who } from "../../commands/who.js";
import { makeContext } from "./fixture.js";

const ctx = makeContext();
const ask = (query: string) => who.handle({ query, options: {}, page: 0 }, ctx);

describe("/who", () => {
  it("names the actor with roles, aliases, articles and latest statements, cited", () => {
    const r = ask("raha");
    expect(r.status).toBe("ok");
    expect(r.title).toBe("Rachid Raha");
    const text = JSON.stringify(r.fields);
    expect(text).toContain("President of the Amazigh World Assembly");
    expect(text).toContain("AMA President");
    expect(r.items?.length).toBe(3);
    expect(r.items?.[0]?.citation).toMatchObject({ article: "ngo-letter", sentence: 3 });
    expect(r.items?.[0]?.text.startsWith("“")).toBe(true);
  });

  it("gives the JSON contract: query, matches with statementCount, suggestions", () => {
    const json = ask("rachid rha").json as {
      query: string;
      matches: { id: string; statementCount: number; aliases: string[] }[];
      suggestions: string[];
    };
    expect(json.query).toBe("rachid rha");
    expect(json.matches[0]).toMatchObject({ id: "rachid-raha", statementCount: 3 });
    expect(Array.isArray(json.suggestions)).toBe(true);
  });

  it("finds Wagner across both articles despite a typo, and offers the close look-alike", () => {
    const r = ask("wagnr");
    expect(r.title).toBe("Wagner group");
    expect(JSON.stringify(r.fields)).toContain("Appears in 2 articles");
    expect(r.suggestions).toContain("Wagner Moura");
  });

  it("says what to try when nothing matches, and suggests nothing unrelated", () => {
    const r = ask("qqqzzz");
    expect(r.status).toBe("empty");
    expect(r.description).toMatch(/Try/);
    expect(r.suggestions).toEqual([]);
    expect((r.json as { matches: unknown[] }).matches).toEqual([]);
  });

  it("answers an empty query with help, not an error", () => {
    expect(ask("  ").status).toBe("help");
  });

  it("says when an actor made no statements", () => {
    const r = ask("Bir");
    expect(r.status).toBe("ok");
    expect(r.items).toEqual([]);
    expect(r.description).toMatch(/No statements/);
  });

  it("autocompletes at most 25 choices with names of at most 100 characters", () => {
    const long = makeContext();
    long.summary.actors.push({
      id: "long",
      name: "R".repeat(150),
      kind: "organization",
      aliases: [],
      roles: [],
      articles: [],
      mentions: 99,
    });
    const c = makeContext(long.summary);
    const choices = who.autocomplete!("name", "", c);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const ch of choices) {
      expect(ch.name.length).toBeLessThanOrEqual(100);
      expect(ch.value.length).toBeLessThanOrEqual(100);
    }
    expect(who.autocomplete!("name", "rach", ctx)[0]?.value).toBe("Rachid Raha");
  });
});
