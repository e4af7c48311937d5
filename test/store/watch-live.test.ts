// The watcher does not go blind: a file replaced by a rename (how editors and sync tools save) is still seen
// when it is edited and deleted later; a deleted and re-created folder is watched again; a corpus folder that
// disappears keeps the last good answers (a reload says the folder is missing) and is picked up when it is back.
import { mkdir, mkdtemp, rename, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CorpusNotFoundError } from "../../src/corpus/errors.js";
import { openStore, type SummaryStore } from "../../src/store/store.js";
import { watchCorpus, type CorpusWatcher } from "../../src/store/watch.js";
import { fakeExtract, fakeMerge } from "./build-fakes.js";
import { captureLogger } from "./build-logcapture.js";

let dir: string;
let cacheDir: string;
let watcher: CorpusWatcher | undefined;
let store: SummaryStore | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "newsdesk-watch-"));
  cacheDir = await mkdtemp(join(tmpdir(), "newsdesk-cache-"));
});
afterEach(async () => {
  watcher?.close();
  watcher = undefined;
  await store?.close();
  store = undefined;
  await rm(dir, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
});

/** Resolves once `ok()` holds (checked every 20 ms), rejects after 5 s saying what was waited for. */
async function until(what: string, ok: () => boolean): Promise<void> {
  for (let t = 0; t < 250; t++) {
    if (ok()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`still waiting after 5 s for ${what}`);
}

function recorder() {
  const seen: (string | null)[] = [];
  const saw = (name: string) => () => seen.includes(name) || seen.includes(null);
  const reset = () => seen.splice(0);
  const onBatch = (names: Set<string> | null) => {
    if (names === null) seen.push(null);
    else seen.push(...names);
  };
  return { seen, saw, reset, onBatch };
}

describe("the watcher after renames and re-created folders", () => {
  it("a file replaced by a rename is still seen when edited, then deleted", async () => {
    await writeFile(join(dir, "a.txt"), "one");
    const r = recorder();
    watcher = watchCorpus(dir, r.onBatch, { debounceMs: 20, rescanMs: 0 });
    await writeFile(join(dir, ".a.txt.tmp"), "two");
    await rename(join(dir, ".a.txt.tmp"), join(dir, "a.txt"));
    await until("the atomic save", r.saw("a.txt"));
    r.reset();
    await writeFile(join(dir, "a.txt"), "three");
    await until("an edit after the atomic save", r.saw("a.txt"));
    r.reset();
    await unlink(join(dir, "a.txt"));
    await until("the deletion", r.saw("a.txt"));
  });

  it("a deleted and re-created folder is watched again", async () => {
    await mkdir(join(dir, "sub"));
    const r = recorder();
    watcher = watchCorpus(dir, r.onBatch, { debounceMs: 20, rescanMs: 0 });
    await writeFile(join(dir, "sub", "x.txt"), "x");
    await until("a file in the folder", r.saw(join("sub", "x.txt")));
    await rm(join(dir, "sub"), { recursive: true });
    await until("the folder's removal", r.saw("sub"));
    await mkdir(join(dir, "sub"));
    await new Promise((res) => setTimeout(res, 100));
    r.reset();
    await writeFile(join(dir, "sub", "y.txt"), "y");
    await until("a file in the re-created folder", r.saw(join("sub", "y.txt")));
  });
});

describe("a corpus folder that disappears", () => {
  it("keeps the last good answers, says so on reload, and resumes when the folder is back", async () => {
    await writeFile(join(dir, "a.txt"), "Title A\nAlice met Bob.");
    await writeFile(join(dir, "b.txt"), "Title B\nCarol called Alice.");
    const log = captureLogger();
    store = await openStore(
      { corpus: dir, cacheDir, watch: true },
      { fns: { extract: fakeExtract }, merge: fakeMerge, logger: log.logger, debounceMs: 20, rescanMs: 100 },
    );
    const ids = () => store!.snapshot.summary.articles.map((a) => a.id);
    expect(ids()).toEqual(["a", "b"]);
    await rm(dir, { recursive: true });
    await until("a warning that the folder is missing", () => log.lines.some((l) => /corpus folder is missing/.test(l.msg)));
    await new Promise((r) => setTimeout(r, 200));
    expect(ids()).toEqual(["a", "b"]);
    const err = await store.reload().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CorpusNotFoundError);
    await mkdir(dir);
    await writeFile(join(dir, "c.txt"), "Title C\nDora met Alice.");
    await until("the folder to be read again", () => ids().join() === "c");
  });
});
