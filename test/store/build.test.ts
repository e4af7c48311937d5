import { mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildSummary, type BuildOptions } from "../../src/store/build.js";
import { ExtractionCache } from "../../src/store/cache.js";
import { fakeExtract, fakeMerge } from "./build-fakes.js";
import { captureLogger } from "./build-logcapture.js";

vi.mock("../../src/corpus/load.js", async () => await import("./build-fakes.js"));
// the build is tested on its own, whatever state the real extractor is in
vi.mock("../../src/extract/index.js", async () => ({ extractArticle: (await import("./build-fakes.js")).fakeExtract }));

let corpus: string;
let cacheDir: string;
beforeEach(async () => {
  corpus = await mkdtemp(join(tmpdir(), "newsdesk-corpus-"));
  cacheDir = await mkdtemp(join(tmpdir(), "newsdesk-cache-"));
  await writeFile(join(corpus, "a.txt"), "Title A\nAlice met Bob in Paris.");
  await writeFile(join(corpus, "b.txt"), "Title B\nCarol called Alice.");
  await writeFile(join(corpus, "c.md"), "Title C\nDave wrote.");
});
afterEach(async () => {
  await rm(corpus, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
});

function build(extra: Partial<BuildOptions> = {}) {
  const extract = vi.fn(fakeExtract);
  const { logger, lines } = captureLogger();
  const run = buildSummary({ corpus, cacheDir, fns: { extract }, merge: fakeMerge, logger, ...extra });
  return { extract, lines, run };
}

describe("buildSummary", () => {
  it("cold: extracts every file and merges them in corpus order", async () => {
    const { extract, run } = build();
    const { summary, extractions, report } = await run;
    expect(extract).toHaveBeenCalledTimes(3);
    expect(summary.articles.map((a) => a.id)).toEqual(["a", "b", "c"]);
    expect(extractions).toHaveLength(3);
    expect(summary.actors.find((a) => a.id === "alice")?.articles).toEqual(["a", "b"]);
    expect(report).toMatchObject({ files: 3, articles: 3, fromCache: 0, extracted: 3, workers: 0 });
  });

  it("warm: takes every extraction from the cache and never calls the extractor", async () => {
    const first = await build().run;
    const { extract, run } = build();
    const warm = await run;
    expect(extract).not.toHaveBeenCalled();
    expect(warm.report).toMatchObject({ fromCache: 3, extracted: 0 });
    expect(warm.summary).toEqual(first.summary);
  });

  it("re-extracts only a changed or added file", async () => {
    await build().run;
    await writeFile(join(corpus, "b.txt"), "Title B\nCarol called Erin.");
    await writeFile(join(corpus, "d.txt"), "Title D\nFrank.");
    const { extract, run } = build();
    const { summary, report } = await run;
    expect(extract.mock.calls.map((c) => c[0].file)).toEqual(["b.txt", "d.txt"]);
    expect(report).toMatchObject({ fromCache: 2, extracted: 2 });
    expect(summary.actors.map((a) => a.id)).toContain("erin");
  });

  it("a file only touched (same bytes, new mtime) is re-hashed, found in the cache, not re-extracted", async () => {
    await build().run;
    const later = new Date(Date.now() + 5000);
    await utimes(join(corpus, "a.txt"), later, later);
    const { extract, run } = build();
    const { report } = await run;
    expect(extract).not.toHaveBeenCalled();
    expect(report.fromCache).toBe(3);
    // with stamps not trusted, every file is read and hashed again, still from the cache
    const verify = build({ trustStamps: false });
    expect((await verify.run).report.fromCache).toBe(3);
    expect(verify.extract).not.toHaveBeenCalled();
  });

  it("rebuilds from a corrupt cache with a warning, with the same summary", async () => {
    const first = await build().run;
    const packed = join(cacheDir, "packed.json");
    await writeFile(packed, (await readFile(packed, "utf8")).slice(0, 100));
    const { extract, run, lines } = build();
    const again = await run;
    expect(extract).toHaveBeenCalledTimes(3);
    expect(again.summary).toEqual(first.summary);
    expect(lines.some((l) => l.level === 40 && /corrupt/.test(l.msg))).toBe(true);
    // and the rebuilt cache is good again
    const third = build();
    await third.run;
    expect(third.extract).not.toHaveBeenCalled();
  });

  it("re-extracts everything when the extractor's code changes", async () => {
    await build({ cache: new ExtractionCache(cacheDir, { version: "old" }) }).run;
    const { extract, run } = build({ cache: new ExtractionCache(cacheDir, { version: "new" }) });
    await run;
    expect(extract).toHaveBeenCalledTimes(3);
  });

  it.each([
    ["refused by the loader", "SKIP this", "refused by the fake loader"],
    ["that makes the extractor throw", "Title\nBOOM", "extraction failed: the fake extractor blew up"],
  ])("leaves out a file %s, with a warning naming it, and loads the rest", async (_name, text, reason) => {
    await writeFile(join(corpus, "bad.txt"), text);
    const { run, lines } = build();
    const { summary, report } = await run;
    expect(summary.articles.map((a) => a.id)).toEqual(["a", "b", "c"]);
    expect(summary.warnings).toEqual([{ file: "bad.txt", reason }]);
    expect(report.skipped).toHaveLength(1);
    // the next start gives the same answer without extracting anything again
    const again = build();
    expect((await again.run).summary.warnings).toEqual([{ file: "bad.txt", reason }]);
    expect(again.extract).not.toHaveBeenCalled();
    expect(lines.some((l) => l.level >= 40 && l.file === "bad.txt")).toBe(true);
  });

  it("works with no cache at all", async () => {
    const { extract, run } = build({ cacheDir: null });
    await run;
    const second = build({ cacheDir: null });
    await second.run;
    expect(extract).toHaveBeenCalledTimes(3);
    expect(second.extract).toHaveBeenCalledTimes(3);
  });
});

describe("buildSummary with worker threads", () => {
  it("extracts a larger corpus in a pool of workers, with the same result as in-thread", async () => {
    for (let i = 0; i < 60; i++) await writeFile(join(corpus, `w${String(i).padStart(3, "0")}.txt`), `T${i}\nPerson${i} met Alice.`);
    await writeFile(join(corpus, "w999.txt"), "SKIP");
    const workerModule = new URL("./build-workerfns.ts", import.meta.url).href;
    const pooled = await buildSummary({
      corpus,
      cacheDir: null,
      fns: { extract: fakeExtract },
      workerModule,
      workers: 2,
      merge: fakeMerge,
      logger: captureLogger().logger,
    });
    const inThread = await buildSummary({
      corpus,
      cacheDir: null,
      fns: { extract: fakeExtract },
      workers: 1,
      merge: fakeMerge,
      logger: captureLogger().logger,
    });
    expect(pooled.report.workers).toBe(2);
    expect(inThread.report.workers).toBe(0);
    expect(pooled.summary).toEqual(inThread.summary);
    expect(pooled.summary.warnings).toEqual([{ file: "w999.txt", reason: "refused by the fake loader" }]);
  }, 60_000);

  it("gives up on a file whose extraction never returns, replaces the worker and finishes the rest", async () => {
    for (let i = 0; i < 60; i++) await writeFile(join(corpus, `w${String(i).padStart(3, "0")}.txt`), `T${i}\nPerson${i} met Alice.`);
    await writeFile(join(corpus, "w030x.txt"), "T\nHANG forever");
    const workerModule = new URL("./build-workerfns.ts", import.meta.url).href;
    const { logger, lines } = captureLogger();
    const { summary } = await buildSummary({
      corpus,
      cacheDir,
      fns: { extract: fakeExtract },
      workerModule,
      workers: 2,
      fileTimeoutMs: 1000,
      merge: fakeMerge,
      logger,
    });
    expect(summary.articles).toHaveLength(63);
    expect(summary.warnings).toEqual([{ file: "w030x.txt", reason: "extraction did not finish within 1 s" }]);
    expect(lines.some((l) => l.level === 50 && l.file === "w030x.txt")).toBe(true);
    // a restart does not try that file again (same bytes, same code): warm, in this thread, no hang
    const extract = vi.fn(fakeExtract);
    const warm = await buildSummary({ corpus, cacheDir, fns: { extract }, merge: fakeMerge, logger: captureLogger().logger });
    expect(extract).not.toHaveBeenCalled();
    expect(warm.summary.warnings).toEqual(summary.warnings);
  }, 60_000);
});
