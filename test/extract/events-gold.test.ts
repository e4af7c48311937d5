// A regression floor for events through the real pipeline (corpus loader, sentences, actors, events): every
// dated gold event of the seed articles and of the held-out articles is found, with its date and a summary
// overlapping the gold one. The rules themselves are pinned on crafted sentences in dates/events tests.
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { extractArticle } from "../../src/extract/index.js";
import type { Summary } from "../../src/model/schema.js";
import { evaluate, readGold } from "../support/evaluate.js";

async function eventsOnly(corpus: string): Promise<Summary> {
  const { articles } = await loadCorpus(corpus);
  const summary: Summary = { version: 0, corpus, articles: [], actors: [], statements: [], events: [], warnings: [] };
  for (const doc of articles) {
    const x = extractArticle(doc);
    summary.articles.push(x.article);
    x.events.forEach((e, i) =>
      summary.events.push({
        id: `${doc.id}:e${i}`,
        date: e.date,
        summary: e.summary,
        actors: e.actorKeys,
        place: e.placeKey,
        article: doc.id,
        sentence: e.sentence,
        span: e.span,
      }),
    );
  }
  return summary;
}

describe("events against the gold annotations", () => {
  it.each([
    ["the seed articles", "seeds", "test/fixtures/gold"],
    ["the held-out articles", "test/fixtures/heldout/corpus", "test/fixtures/heldout/gold"],
  ])("finds every dated event of %s", async (_name, corpus, gold) => {
    const scores = evaluate(await eventsOnly(corpus), readGold(gold));
    expect(scores.misses.filter((m) => m.includes("event"))).toEqual([]);
    expect(scores.eventRecall).toBe(1);
  });
});
