// A regression floor for statements through the real pipeline (corpus loader, sentences, actors, statements,
// merge): direct quotes found and attributed, reported speech found, and no statement given a wrong speaker,
// on the seed articles and on the held-out articles. The rules are pinned on crafted sentences in
// statements.test.ts; this checks they hold together with the real actors module.
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { extractArticle } from "../../src/extract/index.js";
import { mergeExtractions } from "../../src/summary/merge.js";
import { evaluate, readGold } from "../support/evaluate.js";

describe("statements against the gold annotations", () => {
  it.each([
    ["the seed articles", "seeds", "test/fixtures/gold"],
    ["the held-out articles", "test/fixtures/heldout/corpus", "test/fixtures/heldout/gold"],
  ])("finds and attributes the statements of %s", async (_name, corpus, gold) => {
    const { articles, warnings } = await loadCorpus(corpus);
    const summary = mergeExtractions(
      corpus,
      articles.map((a) => extractArticle(a)),
      warnings,
    );
    const scores = evaluate(summary, readGold(gold));
    const misses = scores.misses.filter((m) => /direct|indirect|speaker/.test(m));
    expect(scores.wrongSpeakers, misses.join("\n")).toBe(0);
    expect(scores.directRecall, misses.join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(scores.directPrecision, misses.join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(scores.directAttribution, misses.join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(scores.indirectRecall, misses.join("\n")).toBeGreaterThanOrEqual(0.85);
  });
});
