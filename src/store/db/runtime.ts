// What the live store (../store.ts) does through the summary database: open it, load the last complete
// summary (a warm start), tell which corpus files are unchanged since (by stamp, without reading them), write a
// full merge, and apply a live change incrementally. The database decides nothing about reading or
// extracting files; the store does that as before and hands over file states.
import { performance } from "node:perf_hooks";
import type { CorpusFile } from "../../corpus/load.js";
import type { ArticleExtraction } from "../../extract/types.js";
import type { Logger } from "../../log.js";
import type { LoadWarning, Summary } from "../../model/schema.js";
import { mergeState, type MergeState } from "../../summary/merge.js";
import { stampOf, type FileState, type ReadFile } from "../build.js";
import type { FileStamp } from "../cache.js";
import { openSummaryDb, DbExtractionCache, type Db } from "./database.js";
import { DbSummary, type ChangeCost } from "./live.js";
import { cooperate } from "../cooperative.js";
import type { FileRow } from "./write.js";

/** Above this share of the articles changed at once, a change is merged in full instead (faster then). */
const FULL_MERGE_SHARE = 0.05;
const FULL_MERGE_MIN = 50;

export class DbRuntime {
  readonly cache: DbExtractionCache;
  readonly path: string;
  readonly complete: boolean;
  private readonly db: Db;
  private live: DbSummary | null = null;
  /** How the last change was applied, for the log and the bench. */
  lastChange: { mode: "incremental" | "full"; ms: number; cost?: ChangeCost } | null = null;

  constructor(
    private readonly corpus: string,
    cacheDir: string,
    private readonly log: Logger,
  ) {
    const opened = openSummaryDb(cacheDir, corpus, undefined, log);
    this.db = opened.db;
    this.path = opened.path;
    this.complete = opened.complete;
    this.cache = new DbExtractionCache(this.db, cacheDir);
  }

  /** The last complete summary, and the file states it was made from (extractions stay in the database). */
  async load(corpusPath: (file: string) => string): Promise<{ summary: Summary; states: FileState[] }> {
    await this.cache.loadPacked();
    this.live = DbSummary.load(this.db, this.cache, this.corpus);
    const rows = this.db.prepare("SELECT file, hash, skipped FROM files").raw().all() as [string, string | null, string | null][];
    const states: FileState[] = rows
      .map(([file, hash, skipped]) => ({ file, path: corpusPath(file), hash, extraction: null, skipped }))
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return { summary: this.live.summary, states };
  }

  /** Whether a file's stat is the one recorded when its summary rows were written (then it need not be read). */
  unchanged(f: CorpusFile): boolean {
    return this.cache.hashByStamp(f.file, stampOf(f)) !== undefined;
  }

  /** A merge of every file state (fetching extractions the states do not hold) written as the new state. */
  full(states: FileState[], warnings?: LoadWarning[]): Summary {
    const extractions: ArticleExtraction[] = [];
    const warn: LoadWarning[] = [];
    for (const s of states) {
      const e = s.extraction ?? (s.hash && !s.skipped ? this.cache.byHash(s.file, s.hash) : undefined);
      if (e) extractions.push(e);
      else warn.push({ file: s.file, reason: s.skipped ?? "not readable" });
    }
    return this.fromState(mergeState(this.corpus, extractions, warnings ?? warn), states);
  }

  /** Writes an already made merge (a cold build) as the new state. */
  fromState(state: MergeState, states: FileState[]): Summary {
    const t0 = performance.now();
    this.live = DbSummary.full(
      this.db,
      this.cache,
      state,
      states.map((s) => this.fileRow(s)),
    );
    this.lastChange = { mode: "full", ms: performance.now() - t0 };
    return this.live.summary;
  }

  private fileRow(s: FileState, read?: ReadFile): FileRow {
    let stamp: FileStamp | null = null;
    if (read) stamp = read.stamp ?? null;
    else {
      const c = this.cache.stamps.get(s.file);
      if (c && c.hash === s.hash) stamp = c.stamp;
    }
    return { file: s.file, hash: s.hash, stamp, skipped: s.hash && !s.skipped ? null : (s.skipped ?? "not readable") };
  }

  /** Applies changed file states (fresh extractions or reasons to leave them out) and removed files:
   * incrementally, or as a full merge when much changed. */
  async change(fresh: FileState[], read: ReadFile[], removed: string[], all: FileState[]): Promise<Summary> {
    const live = this.live;
    const articles = live?.summary.articles.length ?? 0;
    if (!live || fresh.length + removed.length > Math.max(FULL_MERGE_MIN, articles * FULL_MERGE_SHARE)) return this.full(all);
    const t0 = performance.now();
    const readOf = new Map(read.map((r) => [r.f.file, r]));
    // in slices, with turns of the event loop between them: answers go on from the last summary meanwhile
    const summary = await cooperate(
      live.applySteps({
        upserts: fresh.filter((s) => s.extraction).map((s) => s.extraction!),
        dropped: [...removed, ...fresh.filter((s) => !s.extraction).map((s) => s.file)],
        files: fresh.map((s) => this.fileRow(s, readOf.get(s.file))),
        deletedFiles: removed,
      }),
    );
    this.lastChange = { mode: "incremental", ms: performance.now() - t0, cost: live.lastCost };
    this.log.debug({ ...this.lastChange }, "summary database: change applied");
    return summary;
  }

  close(): void {
    this.db.close();
  }
}
