// One measured phase of the benchmark in a fresh process, so that a warm start is a real restart (no JIT or
// module warm-up, no memory left over from the build before it), and its peak RSS is its own.
//   node --import tsx src/bench/phase.ts cold|warm CORPUS CACHE_DIR
// Prints one JSON line: {ms, buildMs, indexMs, peakRssMB, report}.
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { createLogger } from "../log.js";
import { buildSearchIndex } from "../search/index.js";
import { buildSummary } from "../store/build.js";

export interface PhaseResult {
  phase: "cold" | "warm";
  /** Summary built and search index ready, from the call (process start-up and module loading excluded). */
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
  const { summary, report } = await buildSummary({ corpus, cacheDir, logger });
  const t1 = performance.now();
  const search = buildSearchIndex(summary);
  const t2 = performance.now();
  void search;
  const { skipped: _skipped, files: _files, articles: _articles, ms: _ms, ...phases } = report;
  return {
    phase,
    ms: t2 - t0,
    buildMs: t1 - t0,
    indexMs: t2 - t1,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    articles: summary.articles.length,
    actors: summary.actors.length,
    statements: summary.statements.length,
    events: summary.events.length,
    skipped: report.skipped.length,
    failed: report.skipped.filter((w) => w.reason.startsWith("extraction")).length,
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
