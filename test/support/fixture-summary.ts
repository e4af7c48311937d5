// A tiny in-memory summary store over the hand-made fixture summary (test/commands/fixture.ts), so the bot's
// tests do not depend on extraction or on the corpus folder.
import { buildSearchIndex } from "../../src/search/index.js";
import type { ReloadReport, Snapshot, SummaryStore } from "../../src/store/store.js";
import type { Summary } from "../../src/model/schema.js";
import { makeSummary } from "../commands/fixture.js";

export { makeSummary };

export interface FixtureStore extends SummaryStore {
  reloads: number;
}

export function fixtureStore(summary: Summary = makeSummary()): FixtureStore {
  let snapshot: Snapshot = { summary, search: buildSearchIndex(summary), builtAt: Date.now() };
  const listeners = new Set<(r: ReloadReport) => void>();
  const store: FixtureStore = {
    reloads: 0,
    get snapshot() {
      return snapshot;
    },
    async reload() {
      store.reloads++;
      snapshot = { summary, search: buildSearchIndex(summary), builtAt: Date.now() };
      const report: ReloadReport = {
        added: [],
        changed: [],
        removed: [],
        skipped: [],
        articles: summary.articles.length,
        actors: summary.actors.length,
        statements: summary.statements.length,
        events: summary.events.length,
        ms: 1,
      };
      for (const l of listeners) l(report);
      return report;
    },
    onSwap(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    async close() {},
  };
  return store;
}
