// The live summary: built once, then swapped atomically when the corpus changes, so that a query never sees
// a half-built summary. Everything that answers questions reads `store.snapshot`.
import { performance } from "node:perf_hooks";
import { statSync } from "node:fs";
import { join, normalize, sep } from "node:path";
import { ARTICLE_EXTENSIONS, articleFormat, listCorpusFiles, type CorpusFile } from "../corpus/files.js";
import { logger as defaultLogger, type Logger } from "../log.js";
import { buildSearchIndex, searchIndexSteps, type SearchIndex } from "../search/index.js";
import { cooperate } from "./cooperative.js";
import { drain } from "../steps.js";
import {
  type BuildProgress,
  buildSummary,
  collect,
  extractFiles,
  liveKeys,
  openCache,
  readFiles,
  type BuildReport,
  type FileState,
  type MergeFn,
} from "./build.js";
import { defaultCacheDir, type ExtractionStore } from "./cache.js";
import { DbRuntime } from "./db/runtime.js";
import { mergeExtractions, mergeState, type MergeState } from "../summary/merge.js";
import type { Summary } from "../model/schema.js";
import { watchCorpus, type CorpusWatcher } from "./watch.js";
import { applyCorrections } from "../corrections/apply.js";
import type { CorrectionLog } from "../corrections/log.js";
import type { Orphan } from "../corrections/types.js";
import { ExtractPool, type ExtractFns } from "./worker.js";

export interface Snapshot {
  summary: Summary;
  search: SearchIndex;
  /** ms since epoch when this snapshot was swapped in. */
  builtAt: number;
  /** Corrections that found no target in this summary (kept, not applied). */
  orphaned?: Orphan[];
}

export interface ReloadReport {
  added: string[];
  changed: string[];
  removed: string[];
  skipped: { file: string; reason: string }[];
  articles: number;
  actors: number;
  statements: number;
  events: number;
  ms: number;
  /** Where the time went: listing and reading, extraction, merge, search index (ms). */
  phases?: { readMs: number; extractMs: number; mergeMs: number; indexMs: number };
}

export interface StoreOptions {
  corpus: string;
  /** Where per-article extractions are cached (default: `NEWSDESK_CACHE`, else the corpus's own folder in the
   * user's cache, see `cacheDirFor` in src/config/paths.ts). */
  cacheDir?: string;
  /** Watch the corpus folder and apply changes as they land. */
  watch?: boolean;
  maxBytes?: number;
  /** Editors' corrections, applied on top of every build and live change and again whenever they change. */
  corrections?: CorrectionLog;
}

export interface SummaryStore {
  readonly snapshot: Snapshot;
  /** The corrections applied to the snapshot, when the store has them. */
  readonly corrections?: CorrectionLog;
  /** Re-reads the whole corpus and reports what changed. */
  reload(): Promise<ReloadReport>;
  /** Called after each swap (live change or reload). */
  onSwap(listener: (report: ReloadReport) => void): () => void;
  close(): Promise<void>;
}

// ---- implementation ----------------------------------------------------------------------------------------

/** Everything `openStore` can be given beyond the options of the contract (tests, the bench). */
export interface StoreInternals {
  logger?: Logger;
  workers?: number;
  fns?: Partial<ExtractFns>;
  merge?: MergeFn;
  index?: (summary: Summary) => SearchIndex;
  /** URL of a module exporting `parse` and `extract` for the live-change worker (tests). */
  workerModule?: string;
  /** How long one live-changed file may take to extract before it is left out (default 30 s). */
  fileTimeoutMs?: number;
  /** Quiet time before a burst of file changes is applied (default 50 ms). */
  debounceMs?: number;
  /** Period of the watcher's stamp rescan (default 30 s). */
  rescanMs?: number;
  /** Told how far the first build is (a progress bar on a terminal, progress lines in a log). */
  onProgress?: (p: BuildProgress) => void;
  /** How long after the last live change the packed cache file is rewritten (default 5 s). */
  persistAfterMs?: number;
  /** Keep the summary in the SQLite database of the cache folder (default: yes, unless `merge` or `index` is
   * injected; then the file cache of cache.ts and a full merge per change, as before). */
  database?: boolean;
}

/** The article file a changed path affects: itself, or for a sidecar `NAME.meta.json` the files named NAME. */
function stemOf(file: string): string {
  const f = file.replace(/\\/g, "/");
  if (f.endsWith(".meta.json")) return f.slice(0, -".meta.json".length);
  const dot = f.lastIndexOf(".");
  return dot > f.lastIndexOf("/") ? f.slice(0, dot) : f;
}

class LiveStore implements SummaryStore {
  snapshot!: Snapshot;
  /** The merged summary before corrections: what they are applied to again when they change. */
  private raw!: Summary;
  private offCorrections: (() => void) | undefined;
  private states = new Map<string, FileState>();
  private listeners = new Set<(r: ReloadReport) => void>();
  private chain: Promise<unknown> = Promise.resolve();
  private watcher: CorpusWatcher | null = null;
  private persistTimer: NodeJS.Timeout | null = null;
  private livePool: ExtractPool | null = null;
  private closed = false;
  private readonly log: Logger;
  private readonly cache: ExtractionStore | null;
  private readonly index: (summary: Summary) => SearchIndex;
  private readonly merge: MergeFn;
  /** What the last build from the corpus did (the bench reads it); null after a warm start. */
  lastBuild: BuildReport | null = null;
  /** The summary database, when the store keeps the summary there. */
  private readonly dbrt: DbRuntime | null;

  constructor(
    private readonly opts: StoreOptions,
    private readonly x: StoreInternals,
  ) {
    this.log = x.logger ?? defaultLogger;
    const useDb = x.database ?? (!x.merge && !x.index);
    this.dbrt = useDb ? new DbRuntime(opts.corpus, opts.cacheDir ?? defaultCacheDir(opts.corpus), this.log) : null;
    this.cache = this.dbrt ? this.dbrt.cache : openCache({ corpus: opts.corpus, cacheDir: opts.cacheDir, logger: this.log });
    this.index = x.index ?? buildSearchIndex;
    this.merge = x.merge ?? mergeExtractions;
  }

  get corrections(): CorrectionLog | undefined {
    return this.opts.corrections;
  }

  /** The snapshot of a merged summary: corrections applied, then indexed (at once). */
  private corrected(raw: Summary): Snapshot {
    this.raw = raw;
    const c = this.opts.corrections ? applyCorrections(raw, this.opts.corrections.active()) : { summary: raw, orphaned: [] };
    return { summary: c.summary, search: this.timedIndex(c.summary), builtAt: Date.now(), orphaned: c.orphaned };
  }

  /** The same, for a summary that replaces one being served: the index is built in slices with turns of the
   * event loop between them (cooperative.ts), text indexes included, so answers and acknowledgements go on
   * meanwhile and the first search after the swap finds everything built. */
  private async correctedLive(raw: Summary): Promise<Snapshot> {
    if (this.x.index) return this.corrected(raw);
    this.raw = raw;
    const c = this.opts.corrections ? applyCorrections(raw, this.opts.corrections.active()) : { summary: raw, orphaned: [] };
    const t = performance.now();
    const search = await cooperate(searchIndexSteps(c.summary, true));
    this.lastIndexMs = performance.now() - t;
    return { summary: c.summary, search, builtAt: Date.now(), orphaned: c.orphaned };
  }

  async start(): Promise<void> {
    if (this.dbrt?.complete) {
      // warm start: the last complete summary from the database, then the files changed since it was written
      const { summary, states } = await this.dbrt.load((file) => join(this.opts.corpus, file));
      for (const s of states) this.states.set(s.file, s);
      this.snapshot = this.corrected(summary);
      await this.apply(null, false, true);
    } else await this.build();
    // a correction made or undone shows in the next answer: re-applied at once on the last merged summary
    this.offCorrections = this.opts.corrections?.onChange(() => {
      this.snapshot = this.corrected(this.raw);
    });
    this.follow();
  }

  /** A build from the corpus (the extraction cache helps), written to the database as one state when there is one. */
  private async build(): Promise<void> {
    let state: MergeState | undefined;
    const dbMerge: MergeFn = (corpus, extractions, warnings) => (state = mergeState(corpus, extractions, warnings)).summary;
    const built = await buildSummary({
      corpus: this.opts.corpus,
      cache: this.cache ?? undefined,
      cacheDir: this.cache ? undefined : null,
      maxBytes: this.opts.maxBytes,
      workers: this.x.workers,
      fns: this.x.fns,
      merge: this.dbrt ? dbMerge : this.merge,
      logger: this.log,
      onProgress: this.x.onProgress,
    });
    this.lastBuild = built.report;
    for (const s of built.files) this.states.set(s.file, s);
    const summary = this.dbrt && state ? this.dbrt.fromState(state, built.files) : built.summary;
    // the database holds the extractions: the states need not keep them in memory
    if (this.dbrt) for (const s of built.files) s.extraction = null;
    this.snapshot = this.corrected(summary);
  }

  /** How long the last search index took to build (ms). */
  lastIndexMs = 0;

  private timedIndex(summary: Summary): SearchIndex {
    const t = performance.now();
    // a store that keeps serving (watching) builds the text indexes now, not on the first search someone waits for
    const search = this.opts.watch && !this.x.index ? drain(searchIndexSteps(summary, true)) : this.index(summary);
    this.lastIndexMs = performance.now() - t;
    return search;
  }

  private follow(): void {
    // live changes are extracted in a warm worker with a watchdog: one article that hangs the extractor is
    // left out instead of freezing every answer
    if (this.opts.watch && (!this.x.fns || this.x.workerModule))
      this.livePool = new ExtractPool(1, this.x.workerModule, { fileTimeoutMs: this.x.fileTimeoutMs });
    if (this.opts.watch) {
      const onBatch = (names: Set<string> | null) =>
        void this.enqueue(() => this.apply(names, false)).catch((err: Error) =>
          this.log.warn({ err: err.message }, "a corpus change could not be applied; the last good answers stay"),
        );
      this.watcher = watchCorpus(this.opts.corpus, onBatch, { debounceMs: this.x.debounceMs, rescanMs: this.x.rescanMs, logger: this.log });
    }
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.chain.then(task, task);
    this.chain = run.catch(() => undefined);
    return run;
  }

  reload(): Promise<ReloadReport> {
    if (this.closed) return Promise.reject(new Error("the summary store is closed"));
    return this.enqueue(() => this.apply(null, true));
  }

  /** Applies changes to these corpus files now, as the watcher does after a burst of changes (tests, bench). */
  refresh(files: string[]): Promise<ReloadReport> {
    if (this.closed) return Promise.reject(new Error("the summary store is closed"));
    return this.enqueue(() => this.apply(new Set(files), false));
  }

  onSwap(listener: (report: ReloadReport) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.offCorrections?.();
    this.watcher?.close();
    this.watcher = null;
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = null;
    await this.enqueue(() => this.persist());
    await this.livePool?.close();
    this.livePool = null;
    this.dbrt?.close();
  }

  private async persist(): Promise<void> {
    if (!this.cache) return;
    try {
      await this.cache.writePacked(liveKeys(this.cache, [...this.states.values()]));
    } catch (err) {
      this.log.warn({ dir: this.cache.dir, err: (err as Error).message }, "cache: could not write the cache; the next start re-extracts");
    }
  }

  private schedulePersist(): void {
    // the database is written by each change itself
    if (!this.cache || this.closed || this.dbrt) return;
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => {
      this.persistTimer = null;
      void this.enqueue(() => this.persist());
    }, this.x.persistAfterMs ?? 5000);
    this.persistTimer.unref();
  }

  /** Applies what changed on disk. `names` narrows which known files are re-read (null: all of them); new and
   * vanished files are always found. A full reload always swaps and reports; a live batch swaps only when
   * something changed. `catchUp` (a warm start) leaves out files whose stat is the one the database recorded. */
  private async apply(names: Set<string> | null, full: boolean, catchUp = false): Promise<ReloadReport> {
    const t0 = performance.now();
    // the corpus folder gone (deleted, moved away mid-deploy): keep the last good answers; a reload says so
    // (listCorpusFiles throws CorpusNotFoundError), a live batch waits for the watcher to see it come back
    if (!full && !statSync(this.opts.corpus, { throwIfNoEntry: false })?.isDirectory()) return this.report([], [], [], t0);
    const list = (names && this.listNamed(names)) || (await listCorpusFiles(this.opts.corpus));
    const stems = names ? new Set([...names].map(stemOf)) : null;
    const toRead: CorpusFile[] = [];
    for (const f of list) {
      const prev = this.states.get(f.file);
      if (catchUp && prev && this.dbrt?.unchanged(f)) continue;
      if (!prev || !stems || stems.has(stemOf(f.file)) || prev.hash === null) toRead.push(f);
    }
    const present = new Set(list.map((f) => f.file));
    const removed = [...this.states.keys()].filter((k) => !present.has(k));
    const read = await readFiles(toRead, this.opts.maxBytes, this.cache ? { cache: this.cache, trust: false } : undefined);
    const added: string[] = [];
    const changed: string[] = [];
    const fresh = read.filter((r) => {
      const prev = this.states.get(r.f.file);
      if (!prev) {
        added.push(r.f.file);
        return true;
      }
      // same bytes as before: same extraction (or the same reason to skip it)
      if (prev.hash !== null && prev.hash === r.hash) return false;
      changed.push(r.f.file);
      return true;
    });
    const t1 = performance.now();
    const ex = await extractFiles(fresh, {
      cache: this.cache,
      maxBytes: this.opts.maxBytes,
      workers: this.x.workers,
      fns: this.x.fns,
      logger: this.log,
      livePool: this.livePool ?? undefined,
      writeLoose: !full,
    });
    const nothing = added.length === 0 && changed.length === 0 && removed.length === 0;
    if (nothing && !full) return this.report(added, changed, removed, t0);
    // a reload that finds every file as it was: the summary is what it would merge again (a merge is a pure
    // function of the extractions); said so, without building it all again
    if (nothing && this.snapshot) return this.reported(this.report(added, changed, removed, t0), full);
    for (const k of removed) this.states.delete(k);
    for (const s of ex.states) this.states.set(s.file, s);
    // corpus order: the order the folder lists (by name)
    const ordered: FileState[] = [];
    for (const f of list) {
      const s = this.states.get(f.file);
      if (s) ordered.push(s);
    }
    this.states = new Map(ordered.map((s) => [s.file, s]));
    const t2 = performance.now();
    let summary: Summary;
    if (this.dbrt) {
      // a reload goes the same way as a live change: what changed is merged in, in slices (the database falls
      // back to a full merge when much changed)
      summary = await this.dbrt.change(ex.states, read, removed, ordered);
      for (const s of ex.states) s.extraction = null;
    } else {
      const { extractions, warnings } = collect(ordered);
      summary = this.merge(this.opts.corpus, extractions, warnings);
    }
    const t3 = performance.now();
    const next = await this.correctedLive(summary);
    const t4 = performance.now();
    // the swap: one reference assignment, after the new snapshot is complete
    this.snapshot = next;
    const report = this.report(added, changed, removed, t0);
    report.phases = { readMs: t1 - t0, extractMs: t2 - t1, mergeMs: t3 - t2, indexMs: t4 - t3 };
    for (const w of ex.states) if (w.skipped) this.log.warn({ file: w.file, reason: w.skipped }, "skipped a corpus file");
    return this.reported(report, full);
  }

  /** Logs a change or reload, keeps the cache up to date and tells the listeners. */
  private async reported(report: ReloadReport, full: boolean): Promise<ReloadReport> {
    const { added, changed, removed } = report;
    this.log.info(
      { added: added.length, changed: changed.length, removed: removed.length, ms: Math.round(report.ms), phases: report.phases },
      full ? "corpus reloaded" : "corpus change applied",
    );
    if (full) await this.persist();
    else this.schedulePersist();
    for (const l of this.listeners) {
      try {
        l(report);
      } catch (err) {
        this.log.error({ err: (err as Error).message }, "a summary swap listener threw");
      }
    }
    return report;
  }

  /** The corpus listing after changes to `names` only, from the known files and a stat of each name, without
   * reading the whole folder (10,000 entries); undefined when a name is a folder or otherwise needs a listing. */
  private listNamed(names: Set<string>): CorpusFile[] | undefined {
    const files = new Map<string, CorpusFile>();
    for (const s of this.states.values()) files.set(s.file, { file: s.file, path: s.path });
    for (const raw of names) {
      const name = normalize(raw);
      if (name.split(sep).some((part) => part.startsWith(".") || part === "node_modules")) continue;
      const candidates = name.endsWith(".meta.json") ? ARTICLE_EXTENSIONS.map((ext) => `${stemOf(name)}${ext}`) : [name];
      for (const c of candidates) {
        const path = join(this.opts.corpus, c);
        const st = statSync(path, { throwIfNoEntry: false });
        // a folder, or a name gone that may have been one (its files went with it): list everything
        if (st?.isDirectory() || (!st && !articleFormat(c))) return undefined;
        if (!articleFormat(c)) continue;
        if (st?.isFile()) files.set(c, { file: c, path });
        else files.delete(c);
      }
    }
    return [...files.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }

  private report(added: string[], changed: string[], removed: string[], t0: number): ReloadReport {
    const s = this.snapshot.summary;
    return {
      added,
      changed,
      removed,
      skipped: s.warnings.map((w) => ({ file: w.file, reason: w.reason })),
      articles: s.articles.length,
      actors: s.actors.length,
      statements: s.statements.length,
      events: s.events.length,
      ms: performance.now() - t0,
    };
  }
}

/** Builds the summary (from the cache where it can), then serves it; with `watch`, follows the folder. */
export async function openStore(opts: StoreOptions, internals: StoreInternals = {}): Promise<SummaryStore> {
  const store = new LiveStore(opts, internals);
  await store.start();
  return store;
}
