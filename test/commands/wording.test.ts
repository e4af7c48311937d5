// Counts and wording a reader checks: counts of what the answer is about (not the whole corpus), singular for
// one, no "it" for a person, no "mentions it" when no topic was given.
import { describe, expect, it } from "vitest";
import { briefing } from "../../commands/briefing.js";
import { claims } from "../../commands/claims.js";
import { sources } from "../../commands/sources.js";
import { who } from "../../commands/who.js";
import { makeContext, makeSummary } from "./fixture.js";

const ctx = makeContext();
const input = (query: string, options: Record<string, string | undefined> = {}) => ({ query, options, page: 0 });

describe("counts", () => {
  it("a briefing on an actor counts the articles its statements and events come from, not the corpus", () => {
    const id = "rahma-haddou";
    const articles = new Set(
      [...ctx.search.statementsBy(id), ...ctx.search.statementsAbout(id), ...ctx.search.eventsOf(id)].map((x) => x.article),
    );
    expect(articles.size).toBeLessThan(ctx.summary.articles.length);
    const r = briefing.handle(input("Haddou"), ctx);
    expect(r.description).toMatch(new RegExp(` in ${articles.size} article${articles.size === 1 ? "" : "s"}\\.$`));
  });
  it("one of a thing is singular in /sources", () => {
    const s = makeSummary();
    const id = s.statements[0]!.article;
    s.statements = s.statements.filter((st, i) => st.article !== id || i === 0);
    const r = sources.handle(input(""), makeContext(s));
    const item = r.items!.find((i) => i.citation?.article === id)!;
    expect(item.text).toContain("· 1 statement ·");
  });
});

describe("wording", () => {
  it("an actor without statements: what others said about them by name, never “about it” for a person", () => {
    const r = who.handle(input("Wagner Moura"), ctx);
    expect(r.title).toBe("Wagner Moura");
    if (ctx.search.statementsBy("wagner-moura").length === 0) {
      expect(r.description).not.toMatch(/about it\b/);
      expect(r.description).toContain("about Wagner Moura");
    }
  });
  it("a speaker with nothing said and no topic: no “mentions it”", () => {
    const silent = ctx.summary.actors.find((a) => ctx.search.statementsBy(a.id).length === 0)!;
    const r = claims.handle(input("", { speaker: silent.name }), ctx);
    expect(r.status).toBe("empty");
    expect(r.description).not.toMatch(/mentions it/);
    expect(r.description).toContain(`no statement is attributed to ${silent.name}`);
  });
});

describe("skipped files", () => {
  it("the list of skipped files never ends in a bare “…”: it says how many more and where their reasons are", () => {
    const s = makeSummary();
    s.warnings = ["a", "b", "c", "d", "e"].map((f) => ({ file: `${f}.txt`, reason: "empty file" }));
    const r = sources.handle(input(""), makeContext(s));
    expect(r.footer).not.toMatch(/…$/);
    expect(r.footer).toMatch(/and 2 more, each with its reason/);
  });
});
