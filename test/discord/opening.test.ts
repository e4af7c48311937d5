// The gate in front of a store that is still opening: what the bot says while it waits, once it fails, and
// who is told when it opens.
import { describe, expect, it } from "vitest";
import { stillReadingText, storeGate } from "../../src/discord/opening.js";
import type { SummaryStore } from "../../src/store/store.js";
import { fixtureStore } from "../support/fixture-summary.js";

describe("stillReadingText", () => {
  it("gives the counts with thousands separators, and none before the files are listed", () => {
    expect(stillReadingText({ done: 4210, total: 10000 })).toBe(
      "Still reading the corpus: 4,210 of 10,000 articles — ask again in a moment.",
    );
    expect(stillReadingText({ done: 0, total: 1 })).toBe("Still reading the corpus: 0 of 1 article — ask again in a moment.");
    expect(stillReadingText({ done: 0, total: 0 })).toBe("Still reading the corpus — ask again in a moment.");
    expect(stillReadingText(null)).toBe("Still reading the corpus — ask again in a moment.");
  });
});

describe("storeGate", () => {
  it("an open store: no waiting, listeners called at once", () => {
    const store = fixtureStore();
    const gate = storeGate(store);
    expect(gate.store).toBe(store);
    expect(gate.waitingText()).toBeNull();
    let told: SummaryStore | null = null;
    gate.whenOpen((s) => {
      told = s;
    });
    expect(told).toBe(store);
  });

  it("an opening store: the progress until it opens, then the store, and each listener told once", async () => {
    let resolve: (s: SummaryStore) => void = () => undefined;
    let done = 5;
    const gate = storeGate(new Promise<SummaryStore>((r) => (resolve = r)), () => ({ done, total: 20 }));
    const told: SummaryStore[] = [];
    gate.whenOpen((s) => told.push(s));
    expect(gate.store).toBeNull();
    expect(gate.waitingText()).toBe("Still reading the corpus: 5 of 20 articles — ask again in a moment.");
    done = 12;
    expect(gate.waitingText()).toMatch(/12 of 20/);
    const store = fixtureStore();
    resolve(store);
    await Promise.resolve();
    expect(gate.store).toBe(store);
    expect(gate.waitingText()).toBeNull();
    expect(told).toEqual([store]);
  });

  it("a store that cannot be opened: says so instead of “a moment”", async () => {
    const gate = storeGate(Promise.reject(new Error("corpus folder not found: /data/beat does not exist")));
    await new Promise((r) => setTimeout(r, 0));
    expect(gate.store).toBeNull();
    expect(gate.waitingText()).toBe(
      "The corpus could not be read (corpus folder not found: /data/beat does not exist); the bot is stopping. Ask an admin to check its log.",
    );
  });
});
