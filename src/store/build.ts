// Building the summary of a corpus folder: list the files, read and hash them, take each extraction from the
// cache when its content (and the extractor's code) is unchanged, extract the rest (in worker threads when
// there are many), then merge everything into one Summary. The pieces are exported for the live store, which
// re-runs them for the few files that change.
import { performance } from "node:perf_hooks";
import { statSync } from "node:fs";
import { listCorpusFiles, readArticleFile, sidecarPath, type CorpusFile } from "../corpus/files.js";
import type { ArticleExtraction } from "../extract/types.js";
import { logger as defaultLogger, type Logger } from "../log.js";
import { ExtractionCache, defaultCacheDir, type ExtractionStore, type FileStamp } from "./cache.js";
import { pauseIfDue } from "./cooperative.js";
import { mergeExtractions } from "../summary/merge.js";
import type { LoadWarning, Summary } from "../model/schema.js";
import {
  defaultWorkerCount,
  ExtractPool,
  extractJob,
  loadDefaultFns,
  skipReason,
  type ExtractFns,
  type ExtractJob,
  type ExtractResult,
} from "./worker.js";

/** Below this many files to extract, extraction stays in the calling thread (starting workers costs more). */
export const IN_THREAD_BELOW = 50;

export type MergeFn = (corpus: string, extractions: ArticleExtraction[], warnings: LoadWarning[]) => Summary;

export interface BuildOptions {
  corpus: string;
  /** Cache folder (default: `NEWSDESK_CACHE`, else the corpus's folder in the user's cache, see `cacheDirFor`);
   * `null` for no cache at all. */
  cacheDir?: string | null;
  /** An already open cache (the live store keeps one); wins over `cacheDir`. */
  cache?: ExtractionStore;
  maxBytes?: number;
  /** Worker threads for extraction (default: one per core); 0 or 1 keeps extraction in this thread. */
  workers?: number;
  /** Extract in this thread when fewer than this many files miss the cache (default 50). */
  inThreadBelow?: number;
  /** Injected parse/extract (tests); when given, extraction runs in this thread unless `workerModule` is set. */
  fns?: Partial<ExtractFns>;
  /** URL of a module exporting `parse` and `extract` for the worker threads (tests). */
  workerModule?: string;
  /** How long one file may take in a worker before it is given up on (default 30 s). */
  fileTimeoutMs?: number;
  /** Told how far extraction is, as files finish (a progress bar, progress lines). */
  onProgress?: (p: BuildProgress) => void;
  /** Skip reading a file whose size, mtime and inode are those recorded in the cache (default true). */
  trustStamps?: boolean;
  merge?: MergeFn;
  logger?: Logger;
}

/** What the build knows about one corpus file. */
export interface FileState {
  file: string;
  path: string;
  hash: string | null;
  extraction: ArticleExtraction | null;
  /** Why the file is not in the summary, when it is not. */
  skipped: string | null;
}

export interface BuildReport {
  files: number;
  articles: number;
  fromCache: number;
  extracted: number;
  skipped: LoadWarning[];
  workers: number;
  bytes: number;
  /** Milliseconds per phase. */
  listMs: number;
  readMs: number;
  extractMs: number;
  mergeMs: number;
  persistMs: number;
  ms: number;
}

export interface BuildResult {
  summary: Summary;
  extractions: ArticleExtraction[];
  files: FileState[];
  report: BuildReport;
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const run = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
  return out;
}

export interface ReadFile {
  f: CorpusFile;
  bytes: Buffer | null;
  sidecar: Buffer | null;
  hash: string | null;
  error: string | null;
  /** The file's stamp, taken before it was read. */
  stamp?: FileStamp | null;
  /** The extraction, when the cache had it for an unchanged stamp (then nothing was read). */
  cached?: ArticleExtraction;
}

/** The size, modification time and inode of an article file and of its sidecar (a .txt's NAME.meta.json), or
 * null when the file cannot be stat'ed. */
export function stampOf(f: CorpusFile): FileStamp | null {
  if (f.skip) return null; // listed only to be reported (outside the corpus, a loop): never served from the cache
  const st = statSync(f.path, { throwIfNoEntry: false });
  if (!st?.isFile()) return null;
  let sidecar: FileStamp["sidecar"] = null;
  // any article may have a sidecar (src/corpus/sidecar.ts): its stamp is part of the article's
  const sc = statSync(sidecarPath(f.path), { throwIfNoEntry: false });
  if (sc) sidecar = { size: sc.size, mtimeMs: sc.mtimeMs, ino: sc.ino };
  return { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, sidecar };
}

/** Reads and hashes files (a few at a time); a file that cannot be read is reported, not thrown. With a cache
 * and `trustStamps`, a file whose size, mtime and inode (and its sidecar's) are those recorded when it was last
 * hashed is not read again: its cached extraction is used. */
export async function readFiles(
  files: CorpusFile[],
  maxBytes?: number,
  stamps?: { cache: ExtractionStore; trust: boolean },
): Promise<ReadFile[]> {
  // the reads are synchronous underneath: a turn of the event loop every few milliseconds, so that a /reload
  // of 10,000 files does not hold up the answers meanwhile
  let since = performance.now();
  return mapLimit(files, 32, async (f) => {
    since = await pauseIfDue(since);
    const stamp = stamps ? stampOf(f) : undefined;
    if (stamps?.trust && stamp) {
      const hit = stamps.cache.byStamp(f.file, stamp);
      if (hit) return { f, bytes: null, sidecar: null, hash: hit.hash, error: null, stamp, cached: hit.extraction };
    }
    try {
      const r = await readArticleFile(f, maxBytes === undefined ? undefined : { maxBytes });
      return { f, bytes: r.bytes, sidecar: r.sidecar, hash: r.hash, error: null, stamp };
    } catch (err) {
      return { f, bytes: null, sidecar: null, hash: null, error: skipReason(err), stamp };
    }
  });
}

/** How far a build is: files done (from the cache or extracted) of all files, and the bytes extracted so far
 * of those to extract. */
export interface BuildProgress {
  done: number;
  total: number;
  bytesDone: number;
  bytesTotal: number;
}

export interface ExtractOptions {
  onProgress?: (p: BuildProgress) => void;
  cache: ExtractionStore | null;
  maxBytes?: number;
  workers?: number;
  inThreadBelow?: number;
  fns?: Partial<ExtractFns>;
  workerModule?: string;
  fileTimeoutMs?: number;
  /** A long-lived pool for the few files of a live change (the store keeps one warm); used whenever given. */
  livePool?: ExtractPool;
  logger?: Logger;
  /** Write fresh extractions as single cache files now (live changes) rather than with the packed file. */
  writeLoose?: boolean;
}

/** Turns read files into file states: cached extraction, or parse + extract (pool or in-thread). */
export async function extractFiles(
  read: ReadFile[],
  opts: ExtractOptions,
): Promise<{ states: FileState[]; fromCache: number; extracted: number; workers: number }> {
  const log = opts.logger ?? defaultLogger;
  const states: FileState[] = read.map((r) => ({ file: r.f.file, path: r.f.path, hash: r.hash, extraction: null, skipped: r.error }));
  const todo: { i: number; job: ExtractJob; stamp?: FileStamp | null }[] = [];
  let fromCache = 0;
  for (let i = 0; i < read.length; i++) {
    const r = read[i]!;
    if (r.cached) {
      states[i]!.extraction = r.cached;
      fromCache++;
      continue;
    }
    if (r.error !== null || r.hash === null || r.bytes === null) continue;
    const failed = opts.cache?.failure(r.f.file, r.hash);
    if (failed) {
      states[i]!.skipped = failed;
      continue;
    }
    const hit = opts.cache ? await opts.cache.get(r.f.file, r.hash) : undefined;
    if (hit) {
      opts.cache?.stamp(r.f.file, r.hash, r.stamp);
      states[i]!.extraction = hit;
      fromCache++;
    } else {
      todo.push({ i, stamp: r.stamp, job: { file: r.f.file, path: r.f.path, hash: r.hash, bytes: r.bytes, sidecar: r.sidecar } });
    }
  }
  const injected = !!(opts.fns && (opts.fns.parse || opts.fns.extract));
  const progress: BuildProgress = {
    done: read.length - todo.length,
    total: read.length,
    bytesDone: 0,
    bytesTotal: todo.reduce((n, t) => n + t.job.bytes.length, 0),
  };
  const advance = (files: number, bytes: number): void => {
    progress.done += files;
    progress.bytesDone += bytes;
    opts.onProgress?.({ ...progress });
  };
  opts.onProgress?.({ ...progress });
  const wanted = opts.workers ?? defaultWorkerCount();
  const usePool = (!injected || !!opts.workerModule) && wanted > 1 && todo.length >= (opts.inThreadBelow ?? IN_THREAD_BELOW);
  let results: ExtractResult[];
  let workers = 0;
  if (usePool) {
    workers = Math.min(wanted, Math.ceil(todo.length / 8));
    const pool = new ExtractPool(workers, opts.workerModule, { fileTimeoutMs: opts.fileTimeoutMs });
    try {
      const batchSize = Math.max(4, Math.min(64, Math.ceil(todo.length / (workers * 8))));
      results = await pool.run(
        todo.map((t) => t.job),
        { maxBytes: opts.maxBytes, batchSize, onBatch: advance },
      );
    } finally {
      await pool.close();
    }
  } else if (opts.livePool && todo.length > 0) {
    // a live change: the store's long-lived worker, so an article that hangs the extractor cannot freeze the bot
    workers = opts.livePool.size;
    results = await opts.livePool.run(
      todo.map((t) => t.job),
      { maxBytes: opts.maxBytes, batchSize: 8 },
    );
  } else if (todo.length > 0) {
    // the extractor is loaded only when something is to be extracted: a warm start never loads it
    const given = opts.fns;
    const fns: ExtractFns =
      given?.parse && given.extract ? { parse: given.parse, extract: given.extract } : { ...(await loadDefaultFns()), ...given };
    results = todo.map((t) => {
      const r = extractJob(t.job, fns, opts.maxBytes);
      advance(1, t.job.bytes.length);
      return r;
    });
  } else {
    results = [];
  }
  const fresh: { file: string; hash: string; extraction: ArticleExtraction; stamp?: FileStamp | null }[] = [];
  results.forEach((res, k) => {
    const { i, job, stamp } = todo[k]!;
    const st = states[i]!;
    if (res.ok) {
      st.extraction = res.extraction;
      fresh.push({ file: job.file, hash: job.hash, extraction: res.extraction, stamp });
    } else {
      st.skipped = res.reason;
      if (res.kind === "failed") {
        log.error({ file: job.file, reason: res.reason }, "extraction failed; the article is left out");
        opts.cache?.putFailure(job.file, job.hash, res.reason);
      }
    }
  });
  if (opts.cache) {
    if (opts.writeLoose) for (const f of fresh) opts.cache.put(f.file, f.hash, f.extraction, f.stamp);
    else opts.cache.putMany(fresh);
  }
  return { states, fromCache, extracted: fresh.length, workers };
}

/** The extractions and load warnings of file states, in corpus order. */
export function collect(states: FileState[]): { extractions: ArticleExtraction[]; warnings: LoadWarning[] } {
  const extractions: ArticleExtraction[] = [];
  const warnings: LoadWarning[] = [];
  for (const s of states) {
    if (s.extraction) extractions.push(s.extraction);
    else warnings.push({ file: s.file, reason: s.skipped ?? "not readable" });
  }
  return { extractions, warnings };
}

/** The cache keys of the files in the summary (what the packed cache file keeps). */
export function liveKeys(cache: ExtractionStore, states: FileState[]): string[] {
  return states.filter((s) => s.hash).map((s) => cache.key(s.file, s.hash!));
}

export function openCache(opts: {
  corpus: string;
  cacheDir?: string | null;
  cache?: ExtractionStore;
  logger?: Logger;
}): ExtractionStore | null {
  if (opts.cache) return opts.cache;
  if (opts.cacheDir === null) return null;
  return new ExtractionCache(opts.cacheDir ?? defaultCacheDir(opts.corpus), { logger: opts.logger });
}

export async function buildSummary(opts: BuildOptions): Promise<BuildResult> {
  const log = opts.logger ?? defaultLogger;
  const t0 = performance.now();
  const cache = openCache(opts);
  const list = await listCorpusFiles(opts.corpus);
  const t1 = performance.now();
  await cache?.loadPacked();
  const read = await readFiles(list, opts.maxBytes, cache ? { cache, trust: opts.trustStamps ?? true } : undefined);
  const bytes = read.reduce((n, r) => n + (r.bytes?.length ?? 0) + (r.sidecar?.length ?? 0), 0);
  const t2 = performance.now();
  const ex = await extractFiles(read, {
    cache,
    maxBytes: opts.maxBytes,
    workers: opts.workers,
    inThreadBelow: opts.inThreadBelow,
    fns: opts.fns,
    workerModule: opts.workerModule,
    fileTimeoutMs: opts.fileTimeoutMs,
    logger: log,
    onProgress: opts.onProgress,
  });
  const t3 = performance.now();
  const { extractions, warnings } = collect(ex.states);
  const summary = (opts.merge ?? mergeExtractions)(opts.corpus, extractions, warnings);
  const t4 = performance.now();
  if (cache) {
    try {
      await cache.writePacked(liveKeys(cache, ex.states));
    } catch (err) {
      log.warn({ dir: cache.dir, err: (err as Error).message }, "cache: could not write the cache; the next start re-extracts");
    }
  }
  const t5 = performance.now();
  for (const w of warnings) log.warn({ file: w.file, reason: w.reason }, "skipped a corpus file");
  const report: BuildReport = {
    files: list.length,
    articles: extractions.length,
    fromCache: ex.fromCache,
    extracted: ex.extracted,
    skipped: warnings,
    workers: ex.workers,
    bytes,
    listMs: t1 - t0,
    readMs: t2 - t1,
    extractMs: t3 - t2,
    mergeMs: t4 - t3,
    persistMs: t5 - t4,
    ms: t5 - t0,
  };
  log.debug({ ...report, skipped: warnings.length }, "summary built");
  return { summary, extractions, files: ex.states, report };
}
