import { mkdtemp, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openStore, type ReloadReport, type SummaryStore } from "../../src/store/store.js";
import { fakeExtract, fakeMerge } from "./build-fakes.js";
import { captureLogger } from "./build-logcapture.js";

vi.mock("../../src/corpus/load.js", async () => await import("./build-fakes.js"));
// the build is tested on its own, whatever state the real extractor is in
vi.mock("../../src/extract/index.js", async () => ({ extractArticle: (await import("./build-fakes.js")).fakeExtract }));

let corpus: string;
let cacheDir: string;
let store: SummaryStore | undefined;
beforeEach(async () => {
  corpus = await mkdtemp(join(tmpdir(), "newsdesk-corpus-"));
  cacheDir = await mkdtemp(join(tmpdir(), "newsdesk-cache-"));
  await writeFile(join(corpus, "a.txt"), "Title A\nAlice met Bob.");
  await writeFile(join(corpus, "b.txt"), "Title B\nCarol called Alice.");
});
afterEach(async () => {
  await store?.close();
  store = undefined;
  await rm(corpus, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
});

async function open(watch: boolean) {
  const extract = vi.fn(fakeExtract);
  const merge = vi.fn(fakeMerge);
  const { logger } = captureLogger();
  store = await openStore({ corpus, cacheDir, watch }, { fns: { extract }, merge, logger });
  return { store, extract, merge };
}

/** Resolves with the reports of the swaps that happen until `until` says done. */
function swaps(s: SummaryStore, until: (all: ReloadReport[]) => boolean): Promise<ReloadReport[]> {
  return new Promise((resolve) => {
    const all: ReloadReport[] = [];
    const off = s.onSwap((r) => {
      all.push(r);
      if (until(all)) {
        off();
        resolve(all);
      }
    });
  });
}

const ids = (s: SummaryStore) => s.snapshot.summary.articles.map((a) => a.id);

describe("summary store", () => {
  it("serves the built summary and its search index", async () => {
    const { store } = await open(false);
    expect(ids(store)).toEqual(["a", "b"]);
    expect(store.snapshot.search.actors("alice")[0]?.item.id).toBe("alice");
    expect(store.snapshot.builtAt).toBeGreaterThan(0);
  });

  it("watch: a new file is extracted alone and swapped in", async () => {
    const { store, extract } = await open(true);
    const before = store.snapshot;
    extract.mockClear();
    const swapped = swaps(store, () => true);
    await writeFile(join(corpus, "c.txt"), "Title C\nDave spoke.");
    const [report] = await swapped;
    expect(report).toMatchObject({ added: ["c.txt"], changed: [], removed: [], articles: 3 });
    expect(extract.mock.calls.map((c) => c[0].file)).toEqual(["c.txt"]);
    expect(ids(store)).toEqual(["a", "b", "c"]);
    expect(store.snapshot.search.actors("dave")[0]?.item.id).toBe("dave");
    // a reader holding the old snapshot still sees a whole, unchanged summary
    expect(before.summary.articles.map((a) => a.id)).toEqual(["a", "b"]);
    expect(store.snapshot).not.toBe(before);
  });

  it("watch: a changed file is re-extracted and its old facts are gone", async () => {
    const { store } = await open(true);
    const swapped = swaps(store, (all) => all.some((r) => r.changed.length > 0));
    await writeFile(join(corpus, "b.txt"), "Title B\nErin called Frank.");
    const all = await swapped;
    expect(all.at(-1)).toMatchObject({ added: [], changed: ["b.txt"], removed: [] });
    const actors = store.snapshot.summary.actors.map((a) => a.id).sort();
    expect(actors).toEqual(["alice", "bob", "erin", "frank"]);
  });

  it("watch: a removed file leaves the summary", async () => {
    const { store } = await open(true);
    const swapped = swaps(store, () => true);
    await unlink(join(corpus, "a.txt"));
    const [report] = await swapped;
    expect(report).toMatchObject({ added: [], changed: [], removed: ["a.txt"], articles: 1 });
    expect(ids(store)).toEqual(["b"]);
    expect(store.snapshot.search.actors("bob")).toEqual([]);
  });

  it("watch: a burst of changes is coalesced into one re-merge", async () => {
    const { store, merge, extract } = await open(true);
    merge.mockClear();
    extract.mockClear();
    const n = 20;
    const swapped = swaps(store, (all) => all.reduce((k, r) => k + r.added.length, 0) >= n);
    await Promise.all(
      Array.from({ length: n }, (_, i) => writeFile(join(corpus, `n${String(i).padStart(2, "0")}.txt`), `T\nPerson${i} spoke.`)),
    );
    const all = await swapped;
    expect(all.flatMap((r) => r.added).sort()).toHaveLength(n);
    expect(extract).toHaveBeenCalledTimes(n);
    // twenty files written at once: far fewer merges than files (normally exactly one)
    expect(merge.mock.calls.length).toBeLessThanOrEqual(2);
    expect(ids(store)).toHaveLength(n + 2);
  });

  it("reload reports what was added, changed and removed, by content", async () => {
    const { store, extract } = await open(false);
    const listener = vi.fn();
    store.onSwap(listener);
    await writeFile(join(corpus, "a.txt"), "Title A\nAlice met Bob."); // same bytes: not a change
    await writeFile(join(corpus, "b.txt"), "Title B\nCarol called Gina.");
    await writeFile(join(corpus, "c.txt"), "Title C\nHank.");
    await writeFile(join(corpus, "d.txt"), "SKIP me");
    extract.mockClear();
    const report = await store.reload();
    expect(report).toMatchObject({
      added: ["c.txt", "d.txt"],
      changed: ["b.txt"],
      removed: [],
      skipped: [{ file: "d.txt", reason: "refused by the fake loader" }],
      articles: 3,
    });
    expect(extract.mock.calls.map((c) => c[0].file).sort()).toEqual(["b.txt", "c.txt"]);
    expect(listener).toHaveBeenCalledWith(report);
    await unlink(join(corpus, "c.txt"));
    const second = await store.reload();
    expect(second).toMatchObject({ added: [], changed: [], removed: ["c.txt"], articles: 2 });
    const third = await store.reload();
    expect(third).toMatchObject({ added: [], changed: [], removed: [] });
  });

  it("a restart after live changes starts warm from the cache", async () => {
    const first = await open(true);
    const swapped = swaps(first.store, () => true);
    await writeFile(join(corpus, "c.txt"), "Title C\nIris.");
    await swapped;
    await first.store.close();
    const second = await open(false);
    expect(second.extract).not.toHaveBeenCalled();
    expect(ids(second.store)).toEqual(["a", "b", "c"]);
  });

  it("watch: an article that hangs the extractor is left out with a reason; the store keeps serving and applying changes", async () => {
    const { logger } = captureLogger();
    const workerModule = new URL("./build-workerfns.ts", import.meta.url).href;
    store = await openStore(
      { corpus, cacheDir, watch: true },
      { fns: { extract: fakeExtract }, merge: fakeMerge, logger, workerModule, fileTimeoutMs: 1000 },
    );
    const s = store;
    const first = swaps(s, () => true);
    await writeFile(join(corpus, "h.txt"), "T\nHANG");
    const [report] = await first;
    expect(report?.skipped).toEqual([{ file: "h.txt", reason: "extraction did not finish within 1 s" }]);
    expect(ids(s)).toEqual(["a", "b"]);
    const second = swaps(s, () => true);
    await writeFile(join(corpus, "c.txt"), "Title C\nJules.");
    await second;
    expect(ids(s)).toEqual(["a", "b", "c"]);
  }, 60_000);

  it("reload after close is refused with a clear error", async () => {
    const { store } = await open(false);
    await store.close();
    await expect(store.reload()).rejects.toThrow(/closed/);
  });
});
