// Work in slices: the live store merges a change and builds the next index in steps with turns of the event
// loop between them, and what it builds that way is what a build at once gives.
import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { buildSearchIndex, searchIndexSteps } from "../../src/search/index.js";
import { drain, type Steps } from "../../src/steps.js";
import { cooperate } from "../../src/store/cooperative.js";
import { makeContext } from "../commands/fixture.js";

/** Busy work of about `ms` milliseconds, yielding after each millisecond. */
function* busy(ms: number): Steps<string> {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const until = performance.now() + 1;
    while (performance.now() < until) {
      /* spin */
    }
    yield;
  }
  return "done";
}

describe("cooperate", () => {
  it("runs the steps to their end and gives their value", async () => {
    expect(await cooperate(busy(5))).toBe("done");
  });

  it("gives the event loop turns while it works: a callback queued at the start runs before the work ends", async () => {
    const ticks: number[] = [];
    let running = true;
    const tick = async () => {
      while (running) {
        ticks.push(performance.now());
        await nextTurn();
      }
    };
    void tick();
    const work = cooperate(busy(60), 5);
    await work;
    const during = ticks.length;
    running = false;
    // a synchronous build of 60 ms would have let the ticker run once, before it started
    expect(during).toBeGreaterThan(3);
  });
});

describe("the search index built in steps", () => {
  it("answers as the index built at once, text indexes and answer order included", () => {
    const { summary } = makeContext();
    const once = buildSearchIndex(summary);
    const stepped = drain(searchIndexSteps(summary, true));
    for (const q of ["wagner", "helicopter", "ceasefire talks", "mali"]) {
      expect(stepped.statements(q).map((h) => h.item.id)).toEqual(once.statements(q).map((h) => h.item.id));
      expect(stepped.events(q).map((h) => h.item.id)).toEqual(once.events(q).map((h) => h.item.id));
      expect(stepped.actors(q).map((h) => h.item.id)).toEqual(once.actors(q).map((h) => h.item.id));
    }
    expect(stepped.statementsInOrder()).toEqual(once.statementsInOrder());
    expect(stepped.statementsInOrder()).toEqual(once.sortStatements(summary.statements));
    expect(stepped.timeline()).toEqual(once.timeline());
    expect(stepped.articlesWithRecords()).toBe(new Set([...summary.statements, ...summary.events].map((r) => r.article)).size);
  });
});
