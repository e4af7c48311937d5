import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { watchCorpus, type CorpusWatcher } from "../../src/store/watch.js";

let dir: string;
let watcher: CorpusWatcher | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "newsdesk-watch-"));
});
afterEach(async () => {
  watcher?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("watchCorpus", () => {
  it("coalesces a burst of writes into one batch naming every file", async () => {
    const batches: (Set<string> | null)[] = [];
    const seen = new Set<string>();
    const done = new Promise<void>((resolve) => {
      watcher = watchCorpus(dir, (names) => {
        batches.push(names);
        for (const n of names ?? []) seen.add(n);
        if (names === null || seen.size >= 10) resolve();
      });
    });
    await Promise.all(Array.from({ length: 10 }, (_, i) => writeFile(join(dir, `f${i}.txt`), "x")));
    await done;
    expect(batches.length).toBeLessThanOrEqual(2);
    if (batches[0] !== null) expect([...seen].sort()).toEqual(Array.from({ length: 10 }, (_, i) => `f${i}.txt`));
  });

  it("reports nothing after close", async () => {
    const batches: unknown[] = [];
    watcher = watchCorpus(dir, (names) => batches.push(names), { debounceMs: 5 });
    watcher.close();
    await writeFile(join(dir, "late.txt"), "x");
    await new Promise((r) => setTimeout(r, 50));
    expect(batches).toEqual([]);
  });
});
