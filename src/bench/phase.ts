// One measured phase of the benchmark in a fresh process, so that a warm start is a real restart (no JIT or
// module warm-up, no memory left over from the build before it), and its peak RSS is its own.
//   node --import tsx src/bench/phase.ts cold|warm CORPUS CACHE_DIR
// Prints one JSON line: {ms, buildMs, indexMs, peakRssMB, report}.
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { createLogger } from "../log.js";
import type { BuildReport } from "../store/build.js";
import { openStore } from "../store/store.js";

export interface PhaseResult {
  phase: "cold" | "warm";
  /** The store open and ready to answer (summary and search index), from the call (process start-up and
   * module loading excluded): a build from the corpus (cold) or the summary database (warm). */
  ms: number;
  buildMs: number;
  indexMs: number;
  peakRssMB: number;
  articles: number;
  actors: number;
  statements: number;
  events: number;
  /** Files left out, and how many of them because their extraction failed or never finished. */
  skipped: number;
  failed: number;
  report: {
    fromCache: number;
    extracted: number;
    workers: number;
    bytes: number;
    listMs: number;
    readMs: number;
    extractMs: number;
    mergeMs: number;
    persistMs: number;
  };
}

export async function runPhase(phase: "cold" | "warm", corpus: string, cacheDir: string): Promise<PhaseResult> {
  const logger = createLogger(process.env.LOG_LEVEL ?? "error");
  const t0 = performance.now();
  const store = await openStore({ corpus, cacheDir, watch: false }, { logger });
  const t2 = performance.now();
  const summary = store.snapshot.summary;
  const live = store as typeof store & { lastBuild: BuildReport | null; lastIndexMs: number };
  const none: BuildReport = {
    files: 0,
    articles: 0,
    fromCache: 0,
    extracted: 0,
    skipped: [],
    workers: 0,
    bytes: 0,
    listMs: 0,
    readMs: 0,
    extractMs: 0,
    mergeMs: 0,
    persistMs: 0,
    ms: 0,
  };
  const report = live.lastBuild ?? none;
  await store.close();
  const { skipped: _skipped, files: _files, articles: _articles, ms: _ms, ...phases } = report;
  return {
    phase,
    ms: t2 - t0,
    buildMs: t2 - t0 - live.lastIndexMs,
    indexMs: live.lastIndexMs,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    articles: summary.articles.length,
    actors: summary.actors.length,
    statements: summary.statements.length,
    events: summary.events.length,
    skipped: summary.warnings.length,
    failed: summary.warnings.filter((w) => w.reason.startsWith("extraction")).length,
    report: phases,
  };
}

const [, script, phase, corpus, cacheDir] = process.argv;
if (script && pathToFileURL(resolve(script)).href === import.meta.url && (phase === "cold" || phase === "warm") && corpus && cacheDir) {
  runPhase(phase, corpus, cacheDir).then(
    (r) => {
      process.stdout.write(`${JSON.stringify(r)}\n`);
      process.exit(0);
    },
    (err: Error) => {
      process.stderr.write(`bench phase ${phase} failed: ${err.stack ?? err.message}\n`);
      process.exit(1);
    },
  );
}
