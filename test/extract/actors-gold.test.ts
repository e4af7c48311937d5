// A regression floor for actors through the real pipeline (corpus loader, actors, merge): the hand-annotated
// actors of the seed and held-out articles are found under one of their names, few predicted actors are junk,
// and the same actor across articles stays one. The rules are pinned on crafted sentences in actors.test.ts.
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { extractArticle } from "../../src/extract/index.js";
import { mergeExtractions } from "../../src/summary/merge.js";
import { evaluate, readGold } from "../support/evaluate.js";

describe("actors against the gold annotations", () => {
  it.each([
    ["the seed articles", "seeds", "test/fixtures/gold"],
    ["the held-out articles", "test/fixtures/heldout/corpus", "test/fixtures/heldout/gold"],
  ])("finds the actors of %s", async (_name, corpus, gold) => {
    const { articles, warnings } = await loadCorpus(corpus);
    const summary = mergeExtractions(
      corpus,
      articles.map((a) => extractArticle(a)),
      warnings,
    );
    const scores = evaluate(summary, readGold(gold));
    const misses = scores.misses.filter((m) => m.startsWith("actor")).join("\n");
    expect(scores.actorRecall, misses).toBeGreaterThanOrEqual(0.9);
    expect(scores.actorPrecision, misses).toBeGreaterThanOrEqual(0.9);
  });

  it("keeps an actor named in both seed articles as one actor", async () => {
    const { articles, warnings } = await loadCorpus("seeds");
    const summary = mergeExtractions(
      "seeds",
      articles.map((a) => extractArticle(a)),
      warnings,
    );
    const wagner = summary.actors.filter((a) => [a.name, ...a.aliases].some((n) => /\bwagner\b/i.test(n)) && a.kind === "armed-group");
    expect(wagner).toHaveLength(1);
    expect(wagner[0]!.articles).toHaveLength(2);
  });
});
