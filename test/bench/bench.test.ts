import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generateArticle, generateCorpus, makeWorld, prng, typo } from "../../src/bench/generate.js";
import { formatTable, parseBenchArgs, percentiles, type BenchResult } from "../../src/bench/run.js";

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe("synthetic corpus", () => {
  it("is deterministic for a seed and differs between seeds", async () => {
    const a = await mkdtemp(join(tmpdir(), "newsdesk-gen-"));
    const b = await mkdtemp(join(tmpdir(), "newsdesk-gen-"));
    const c = await mkdtemp(join(tmpdir(), "newsdesk-gen-"));
    dirs.push(a, b, c);
    const ga = await generateCorpus({ dir: a, articles: 30, seed: 7 });
    await generateCorpus({ dir: b, articles: 30, seed: 7 });
    await generateCorpus({ dir: c, articles: 30, seed: 8 });
    const names = (await readdir(a)).sort();
    expect(names).toEqual((await readdir(b)).sort());
    for (const n of names) expect(await readFile(join(a, n), "utf8")).toBe(await readFile(join(b, n), "utf8"));
    const first = ga.files[0]!;
    expect(await readFile(join(c, first), "utf8").catch(() => "")).not.toBe(await readFile(join(a, first), "utf8"));
    expect(ga.files).toHaveLength(30);
  });

  it("writes articles of about 3 KB with the features the extraction must handle", () => {
    const r = prng(3);
    const w = makeWorld(r, 500);
    const arts = Array.from({ length: 300 }, (_, i) => generateArticle(r, w, i));
    const all = arts.map((a) => a.content).join("\n");
    const sizes = arts.map((a) => Buffer.byteLength(a.content)).sort((x, y) => x - y);
    expect(sizes[Math.floor(sizes.length / 2)]!).toBeGreaterThan(2000);
    expect(sizes[Math.floor(sizes.length / 2)]!).toBeLessThan(4500);
    for (const feature of [
      /«[^»]+»/,
      /“[^”]+,” \p{Lu}/u,
      /"[^"]+," said/,
      /said: “/,
      /According to /,
      / that the /,
      /\([A-Z]{2,5}\)/,
      /On (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),/,
      /In (19|20)\d\d,/,
      /On (January|February|March|April|May|June|July|August|September|October|November|December) \d+, \d{4}/,
      /Follow .* on/,
      /\d+\.\d C\n/,
    ])
      expect(all).toMatch(feature);
    expect(new Set(arts.map((a) => a.file.split(".").pop()))).toEqual(new Set(["txt", "md", "html"]));
    expect(arts.some((a) => a.sidecar)).toBe(true);
  });

  it.each([["Rachid Raha"], ["Wagner"], ["Amazigh World Assembly"]])("makes one-edit typos of %s", (name) => {
    const r = prng(11);
    for (let i = 0; i < 50; i++) {
      const t = typo(r, name);
      expect(Math.abs(t.length - name.length)).toBeLessThanOrEqual(1);
      expect(t[0]).toBe(name[0]);
    }
  });
});

describe("bench options and figures", () => {
  it.each([
    [[], { articles: 10000, seed: 1, json: false }],
    [["--json", "--articles", "500", "--seed=9"], { articles: 500, seed: 9, json: true, soak: 1000 }],
    [["--soak", "300"], { soak: 300 }],
    [["bench", "--articles=20"], { articles: 20, seed: 1, json: false }],
  ])("parses %j", (argv, expected) => {
    expect(parseBenchArgs(argv as string[])).toMatchObject(expected);
  });

  it.each([[["--articles", "lots"]], [["--articles"]], [["--nope"]]])("refuses %j with a message saying what to pass", (argv) => {
    expect(() => parseBenchArgs(argv)).toThrow(/--articles|Options/);
  });

  it("takes percentiles by rank", () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentiles(xs)).toEqual({ p50: 50, p99: 99 });
    expect(percentiles([5])).toEqual({ p50: 5, p99: 5 });
  });

  it("prints every figure of the JSON contract in the table, and says when the bot figures are missing", () => {
    const r: BenchResult = {
      articles: 10,
      corpusMB: 0.03,
      extractMBps: 1.5,
      coldBuildMs: 100,
      warmStartMs: 10,
      changeLiveMs: 5,
      indexBuildMs: 2,
      peakRssMB: 200,
      cliAnswerMs: 250,
      latency: { who: { p50: 0.1, p99: 1 }, autocomplete: { p50: 0.1, p99: 0.5 }, claims: null, timeline: { p50: 1, p99: 2 } },
      bot: { inFlight: null, interactions: null, lost: null, p50: null, p99: null, note: "no fake" },
      botOwnP99: 3.25,
      interactionsPerSec: { inFlight50: 410, inFlight200: 380 },
      cliAnswerCorpusMs: 2345,
      soak: { interactions: 1000, inFlight: 200, lost: 0, ackP99: 420, answerP99: 900 },
      stages: {
        articles: 500,
        MB: 1.4,
        ms: { corpus: 300, sentences: 50, actors: 500, statements: 600, events: 200 },
        MBps: { corpus: 4.67, sentences: 28, actors: 2.8, statements: 2.33, events: 7, all: 0.85 },
      },
    };
    const t = formatTable(r);
    for (const s of [
      "100 ms",
      "10 ms",
      "200 MB",
      "250 ms",
      "1.5 MB/s",
      "0.1 / 1 ms",
      "n/a (command not available)",
      "n/a (no fake)",
      "3.25 ms",
      "410 / 380",
      "2345 ms",
      "ack p99 420 ms, answer p99 900 ms, 0 lost",
      "statements 2.33",
    ])
      expect(t).toContain(s);
  });
});

describe("extraction stage by stage", () => {
  it("times the corpus layer and each extraction stage over a sample of the generated corpus", async () => {
    const { timeStages } = await import("../../src/bench/stages.js");
    const dir = await mkdtemp(join(tmpdir(), "newsdesk-stages-"));
    dirs.push(dir);
    const gen = await generateCorpus({ dir, articles: 12, seed: 3 });
    const s = await timeStages(dir, gen.files, 10);
    expect(s.articles).toBe(10);
    expect(s.MB).toBeGreaterThan(0);
    for (const k of ["corpus", "sentences", "actors", "statements", "events"] as const) expect(s.ms[k]).toBeGreaterThanOrEqual(0);
    expect(s.MBps.all).toBeGreaterThan(0);
  });
});
