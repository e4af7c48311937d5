// `newsdesk bench [--articles N] [--seed S] [--json]`: generates a synthetic corpus, then measures a cold build
// and a warm start (each in a fresh process), how long a changed article takes to become answerable with the
// corpus watched, the search index build, query latency of the command handlers with typo queries, the bot
// under load through the Discord fake, and peak memory. Prints a table, or with --json exactly the object of
// issue 4's contract.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { CommandContext, CommandModule } from "../../commands/reply.js";
import { COMPILED, MODULE_EXT, PROJECT_ROOT } from "../config/paths.js";
import { createLogger } from "../log.js";
import { buildSearchIndex } from "../search/index.js";
import { openStore, type SummaryStore } from "../store/store.js";
import { runBotBench, type BotFigures } from "./bot.js";
import { measureCliAnswer } from "./cli.js";
import { timeStages, type StageFigures } from "./stages.js";
import { percentile } from "./percentile.js";
import { runSoak, type SoakFigures } from "./soak.js";
import { generateCorpus, prng, typo, type Rng } from "./generate.js";
import type { PhaseResult } from "./phase.js";

const run = promisify(execFile);
const ROOT = PROJECT_ROOT;

export interface Percentiles {
  p50: number;
  p99: number;
}

export interface BenchResult {
  articles: number;
  corpusMB: number;
  extractMBps: number;
  coldBuildMs: number;
  warmStartMs: number;
  changeLiveMs: number;
  indexBuildMs: number;
  peakRssMB: number;
  /** `node bin/newsdesk.js who raha` on the seeds from a warm cache, spawn to exit, median of 5 (ms). */
  cliAnswerMs: number;
  latency: { who: Percentiles | null; autocomplete: Percentiles | null; claims: Percentiles | null; timeline: Percentiles | null };
  bot: BotFigures;
  /** p99 of the bot's own time at 50 in flight: gateway packet received → response sent (ms). */
  botOwnP99: number | null;
  /** Interactions answered per second through the fake, at 50 and at 200 in flight. */
  interactionsPerSec: { inFlight50: number | null; inFlight200: number | null };
  /** One `newsdesk who NAME` from the command line on the bench corpus, process start included (ms). */
  cliAnswerCorpusMs: number | null;
  soak: SoakFigures;
  /** Extraction stage by stage on a sample, one thread (stages.ts). */
  stages: StageFigures;
}

export interface BenchOptions {
  articles: number;
  seed: number;
  json: boolean;
  queries: number;
  keep: boolean;
  /** Interactions in the soak (default 1000). */
  soak: number;
}

export function parseBenchArgs(argv: string[]): BenchOptions {
  const opts: BenchOptions = { articles: 10_000, seed: 1, json: false, queries: 10_000, keep: false, soak: 1000 };
  const num = (flag: string, v: string | undefined): number => {
    const n = Number(v);
    if (!v || !Number.isInteger(n) || n < 1)
      throw new Error(`${flag} needs a positive whole number (got ${v ?? "nothing"}); e.g. ${flag} 1000`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (flag === "--json") opts.json = true;
    else if (flag === "--keep") opts.keep = true;
    else if (flag === "--articles") opts.articles = num(flag, value());
    else if (flag === "--seed") opts.seed = num(flag, value());
    else if (flag === "--queries") opts.queries = num(flag, value());
    else if (flag === "--soak") opts.soak = num(flag, value());
    else if (flag === "--file-timeout-ms") process.env.NEWSDESK_FILE_TIMEOUT_MS = String(num(flag, value()));
    else if (flag === "bench") continue;
    else
      throw new Error(
        `unknown bench option ${a}. Options: --articles N (default 10000), --seed S (default 1), --queries Q (default 10000), --soak N (interactions in the soak, default 1000), --file-timeout-ms T (give up on one article's extraction after T ms, default 30000), --json, --keep (keep the generated corpus)`,
      );
  }
  return opts;
}

export function percentiles(samples: number[]): Percentiles {
  return { p50: round(percentile(samples, 0.5) ?? 0), p99: round(percentile(samples, 0.99) ?? 0) };
}

const round = (n: number, d = 2): number => Math.round(n * 10 ** d) / 10 ** d;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function runPhaseProcess(phase: "cold" | "warm", corpus: string, cacheDir: string): Promise<PhaseResult> {
  // the phase runs as this process does: compiled (dist/) as it is, the TypeScript sources through tsx
  const script = fileURLToPath(new URL(`./phase${MODULE_EXT}`, import.meta.url));
  const loader = COMPILED ? [] : ["--import", "tsx"];
  const { stdout } = await run(process.execPath, [...loader, script, phase, corpus, cacheDir], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, LOG_LEVEL: "error" },
  });
  return JSON.parse(stdout.trim().split("\n").pop() ?? "") as PhaseResult;
}

/** Wall time of `newsdesk who NAME --corpus CORPUS` with the bench's cache folder, or null when it fails. */
async function timeCli(corpus: string, cacheDir: string, name: string): Promise<number | null> {
  const t = performance.now();
  try {
    await run(process.execPath, [join(ROOT, "bin", "newsdesk.js"), "who", name, "--corpus", corpus], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
      env: { ...process.env, NEWSDESK_CACHE: cacheDir, LOG_LEVEL: "error" },
    });
    return performance.now() - t;
  } catch {
    return null;
  }
}

/** The command module `name` from `commands/`, or null when it is not there. */
async function loadCommand(name: string): Promise<CommandModule | null> {
  try {
    const registry = (await import("../../commands/index.js")) as { findCommand?: (n: string) => CommandModule | undefined };
    return registry.findCommand?.(name) ?? null;
  } catch {
    return null;
  }
}

function timeEach(n: number, fn: (i: number) => void): Percentiles {
  const samples = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn(i);
    samples[i] = performance.now() - t;
  }
  return percentiles(samples);
}

/** Query strings people type: actor names, surnames, acronyms and topic words, each with a typo. */
function typoQueries(r: Rng, ctx: CommandContext, n: number): string[] {
  const names: string[] = [];
  for (const a of ctx.summary.actors) {
    names.push(a.name);
    for (const al of a.aliases) names.push(al);
  }
  const words = ["strike", "ceasefire", "election", "flood", "mining", "border", "bridge", "hospital", "fuel", "talks"];
  if (!names.length) names.push(...words);
  return Array.from({ length: n }, () => {
    const base = r() < 0.85 ? names[Math.floor(r() * names.length)]! : words[Math.floor(r() * words.length)]!;
    return r() < 0.8 ? typo(r, base) : base.toLowerCase();
  });
}

async function measureLatency(ctx: CommandContext, queries: number, seed: number): Promise<BenchResult["latency"]> {
  const [who, claims, timeline] = await Promise.all([loadCommand("who"), loadCommand("claims"), loadCommand("timeline")]);
  const r = prng(seed ^ 0x5eed);
  const qs = typoQueries(r, ctx, queries);
  const prefixes = qs.map((q) => q.slice(0, Math.max(2, Math.ceil(q.length * (0.3 + 0.7 * r())))));
  const input = (query: string) => ({ query, options: {}, page: 0 });
  return {
    who: who ? timeEach(queries, (i) => who.handle(input(qs[i]!), ctx)) : null,
    autocomplete: who?.autocomplete ? timeEach(queries, (i) => who.autocomplete!("name", prefixes[i]!, ctx)) : null,
    claims: claims ? timeEach(queries, (i) => claims.handle(input(qs[i]!), ctx)) : null,
    timeline: timeline ? timeEach(queries, (i) => timeline.handle(input(i % 10 === 0 ? "" : qs[i]!), ctx)) : null,
  };
}

/** Edits one article (a new person says something) and waits for the swap in which it is answerable. */
async function measureChangeLive(
  store: SummaryStore,
  corpus: string,
  files: string[],
  rounds: number,
  progress: (m: string) => void,
): Promise<number[]> {
  const out: number[] = [];
  const txt = files.filter((f) => f.endsWith(".txt"));
  for (let k = 0; k < rounds; k++) {
    const file = txt[(k * 7919) % txt.length]!;
    const path = join(corpus, file);
    const before = await readFile(path, "utf8");
    const name = `Zebulon Quartermaine${"x".repeat(k)}`;
    const changed = before.replace(
      /\n\n(?=[^\n]*\n\npromotional material)/,
      `\n\n“We will publish everything,” ${name} told reporters.\n\n`,
    );
    const swapped = new Promise<number>((resolvePromise) => {
      const off = store.onSwap((report) => {
        if (report.changed.includes(file) || report.added.includes(file)) {
          off();
          const p = report.phases;
          if (p)
            progress(
              `    read ${p.readMs.toFixed(1)} ms, extract ${p.extractMs.toFixed(1)} ms, merge ${p.mergeMs.toFixed(1)} ms, index ${p.indexMs.toFixed(1)} ms`,
            );
          resolvePromise(performance.now());
        }
      });
    });
    const t0 = performance.now();
    await writeFile(path, changed === before ? `${before}\n“We will publish everything,” ${name} told reporters.\n` : changed);
    // generous: at 100,000 articles a change takes tens of seconds today; the figure is what is measured
    let timer: NodeJS.Timeout | undefined;
    const t1 = await Promise.race([
      swapped,
      new Promise<number>((_, reject) => {
        timer = setTimeout(() => reject(new Error("no swap within 10 minutes of a file change")), 600_000);
      }),
    ]).finally(() => clearTimeout(timer));
    out.push(t1 - t0);
    await new Promise((r) => setTimeout(r, 100));
  }
  return out;
}

export async function bench(opts: BenchOptions, progress: (msg: string) => void = () => undefined): Promise<BenchResult> {
  const base = await mkdtemp(join(tmpdir(), "newsdesk-bench-"));
  const corpus = join(base, "corpus");
  const cacheDir = join(base, "cache");
  const logger = createLogger(process.env.LOG_LEVEL ?? "error");
  try {
    progress(`generating ${opts.articles} articles (seed ${opts.seed}) in ${corpus}`);
    const gen = await generateCorpus({ dir: corpus, articles: opts.articles, seed: opts.seed });
    const corpusMB = gen.bytes / (1024 * 1024);

    progress("extraction stage by stage: 500 articles, one thread");
    const stages = await timeStages(corpus, gen.files, 500);
    progress(
      `  MB/s: corpus ${stages.MBps.corpus}, sentences ${stages.MBps.sentences}, actors ${stages.MBps.actors}, statements ${stages.MBps.statements}, events ${stages.MBps.events}; all ${stages.MBps.all} (${stages.MB} MB)`,
    );
    progress("cold build (fresh process, empty cache)");
    const cold = await runPhaseProcess("cold", corpus, cacheDir);
    progress(
      `  ${Math.round(cold.ms)} ms: ${cold.articles} articles, ${cold.actors} actors, ${cold.statements} statements, ${cold.events} events; ${cold.skipped} files left out (${cold.failed} extraction failures or timeouts)`,
    );
    progress(`  phases: ${JSON.stringify(cold.report)}, index ${Math.round(cold.indexMs)} ms, peak RSS ${Math.round(cold.peakRssMB)} MB`);
    progress("warm start (fresh process, full cache)");
    const warm = await runPhaseProcess("warm", corpus, cacheDir);
    progress(
      `  ${Math.round(warm.ms)} ms; phases: ${JSON.stringify(warm.report)}, index ${Math.round(warm.indexMs)} ms, peak RSS ${Math.round(warm.peakRssMB)} MB`,
    );

    progress("opening the live store (watching the corpus)");
    const store = await openStore({ corpus, cacheDir, watch: true }, { logger });
    const rss = (): string =>
      `RSS now ${Math.round(process.memoryUsage().rss / 1048576)} MB, heap ${Math.round(process.memoryUsage().heapUsed / 1048576)} MB`;
    progress(`  store open: ${rss()}`);
    let changeLive: number[] = [];
    let latency: BenchResult["latency"];
    let indexBuildMs: number;
    let bot: BotFigures;
    let bot200: BotFigures;
    let soak: SoakFigures;
    try {
      progress("change live: edit one article, wait until it is answerable");
      changeLive = await measureChangeLive(store, corpus, gen.files, 5, progress);
      progress(`  ${changeLive.map((x) => Math.round(x)).join(", ")} ms; ${rss()}`);
      const idx: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        buildSearchIndex(store.snapshot.summary);
        idx.push(performance.now() - t);
      }
      indexBuildMs = median(idx);
      progress(`latency: ${opts.queries} typo queries per command`);
      const ctx: CommandContext = { summary: store.snapshot.summary, search: store.snapshot.search };
      latency = await measureLatency(ctx, opts.queries, opts.seed);
      progress(`bot under load through the Discord fake (${rss()})`);
      bot = await runBotBench(store, { inFlight: 50, interactions: 2000, seed: opts.seed });
      progress(
        `  p50 ${bot.p50} ms, p99 ${bot.p99} ms, ${bot.lost} lost; the bot's own time p50 ${bot.ownP50} ms, p99 ${bot.ownP99} ms; ${bot.perSec}/s${bot.note ? ` (${bot.note})` : ""}`,
      );
      progress("bot with 200 in flight");
      bot200 = await runBotBench(store, { inFlight: 200, interactions: 2000, seed: opts.seed + 1 });
      progress(`  p50 ${bot200.p50} ms, p99 ${bot200.p99} ms, ${bot200.lost} lost; own p99 ${bot200.ownP99} ms; ${bot200.perSec}/s`);
      progress(`soak: ${opts.soak} interactions, 200 in flight, a live change and a /reload half-way (${rss()})`);
      soak = await runSoak(store, { interactions: opts.soak, inFlight: 200, seed: opts.seed, corpus, files: gen.files, progress });
      progress(
        `  ${soak.lost} lost, acknowledgement p99 ${soak.ackP99} ms, answer p99 ${soak.answerP99} ms${soak.note ? ` (${soak.note})` : ""}; ${rss()}`,
      );
    } finally {
      await store.close();
    }
    progress("command line: `node bin/newsdesk.js who raha` on the seeds, 5 times from a warm cache");
    const cli = await measureCliAnswer(5);
    progress(`  ${cli.samples.join(", ")} ms; median ${cli.median} ms`);
    progress("one answer from the command line on the bench corpus (a fresh process on the built database)");
    const cliCorpusMs = await timeCli(corpus, cacheDir, store.snapshot.summary.actors[0]?.name ?? "news");
    progress(`  ${cliCorpusMs === null ? "failed" : `${Math.round(cliCorpusMs)} ms`}`);
    const mainRss = process.resourceUsage().maxRSS / 1024;
    progress(
      `peak RSS: cold build ${Math.round(cold.peakRssMB)} MB, warm start ${Math.round(warm.peakRssMB)} MB, serving (store, queries, bot) ${Math.round(mainRss)} MB`,
    );
    return {
      articles: opts.articles,
      corpusMB: round(corpusMB),
      extractMBps: round(cold.report.extractMs > 0 ? corpusMB / (cold.report.extractMs / 1000) : 0),
      coldBuildMs: Math.round(cold.ms),
      warmStartMs: Math.round(warm.ms),
      changeLiveMs: round(median(changeLive), 1),
      indexBuildMs: round(indexBuildMs, 1),
      peakRssMB: Math.round(Math.max(cold.peakRssMB, warm.peakRssMB, mainRss)),
      cliAnswerMs: cli.median,
      latency,
      bot,
      botOwnP99: bot.ownP99 ?? null,
      interactionsPerSec: { inFlight50: bot.perSec ?? null, inFlight200: bot200.perSec ?? null },
      cliAnswerCorpusMs: cliCorpusMs === null ? null : Math.round(cliCorpusMs),
      soak,
      stages,
    };
  } finally {
    if (!opts.keep) await rm(base, { recursive: true, force: true });
    else progress(`kept ${base}`);
  }
}

export function formatTable(r: BenchResult): string {
  const rows: [string, string, string][] = [
    ["articles", String(r.articles), ""],
    ["corpus", `${r.corpusMB} MB`, ""],
    ["extraction throughput (cold, all workers)", `${r.extractMBps} MB/s`, ""],
    ["cold build (extract + merge + index)", `${r.coldBuildMs} ms`, "≤ 10000"],
    ["warm start from the summary database", `${r.warmStartMs} ms`, "≤ 1000"],
    ["changed article answerable", `${r.changeLiveMs} ms`, "≤ 100"],
    ["search index build", `${r.indexBuildMs} ms`, ""],
    ["peak RSS", `${r.peakRssMB} MB`, "≤ 400"],
    ["command line answer (`newsdesk who raha`, warm)", `${r.cliAnswerMs} ms`, "≤ 300"],
  ];
  const lat = (name: string, p: Percentiles | null, goal: string) =>
    rows.push([`${name} p50 / p99`, p ? `${p.p50} / ${p.p99} ms` : "n/a (command not available)", goal]);
  lat("who", r.latency.who, "p99 ≤ 5");
  lat("autocomplete", r.latency.autocomplete, "p99 ≤ 5");
  lat("claims", r.latency.claims, "p99 ≤ 25");
  lat("timeline", r.latency.timeline, "p99 ≤ 25");
  rows.push([
    `bot: ${r.bot.interactions ?? "-"} interactions, ${r.bot.inFlight ?? "-"} in flight`,
    r.bot.p50 === null ? `n/a${r.bot.note ? ` (${r.bot.note})` : ""}` : `${r.bot.p50} / ${r.bot.p99} ms p50 / p99, ${r.bot.lost} lost`,
    "p99 ≤ 100, 0 lost",
  ]);
  rows.push(["bot's own time p99 (50 in flight)", r.botOwnP99 === null ? "n/a" : `${r.botOwnP99} ms`, "≤ 20"]);
  rows.push([
    "interactions per second (50 / 200 in flight)",
    `${r.interactionsPerSec.inFlight50 ?? "n/a"} / ${r.interactionsPerSec.inFlight200 ?? "n/a"}`,
    "",
  ]);
  rows.push([
    "one CLI answer on the bench corpus (process start included)",
    r.cliAnswerCorpusMs === null ? "n/a" : `${r.cliAnswerCorpusMs} ms`,
    "",
  ]);
  const st = r.stages.MBps;
  rows.push([
    `extraction by stage, one thread (${r.stages.articles} articles)`,
    `MB/s: corpus ${st.corpus}, sentences ${st.sentences}, actors ${st.actors}, statements ${st.statements}, events ${st.events}; all ${st.all}`,
    "",
  ]);
  rows.push([
    `soak: ${r.soak.interactions ?? "-"} interactions, ${r.soak.inFlight ?? "-"} in flight, live change + /reload`,
    r.soak.ackP99 === null
      ? `n/a${r.soak.note ? ` (${r.soak.note})` : ""}`
      : `ack p99 ${r.soak.ackP99} ms, answer p99 ${r.soak.answerP99} ms, ${r.soak.lost} lost`,
    "ack p99 ≤ 1500, 0 lost",
  ]);
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(...rows.map((x) => x[1].length));
  return rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`).join("\n");
}

export async function runBench(argv: string[]): Promise<void> {
  const opts = parseBenchArgs(argv);
  const started = performance.now();
  const progress = (msg: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1)}s] ${msg}\n`);
  const result = await bench(opts, progress);
  const { note: _note, ownP50: _o50, ownP99: _o99, perSec: _ps, ...bot } = result.bot;
  const { note: _soakNote, ...soak } = result.soak;
  const out = opts.json ? `${JSON.stringify({ ...result, bot, soak })}\n` : `${formatTable(result)}\n`;
  // the bench is a script: once its figures are out, nothing it started (discord.js keep-alive sockets,
  // worker threads) may hold the process open
  await new Promise<void>((r) => process.stdout.write(out, () => r()));
  process.exit(0);
}
