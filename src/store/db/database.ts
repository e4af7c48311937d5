// Opening the summary database (one SQLite file per corpus in the cache folder), its meta data, and the
// per-article extraction cache inside it (the same interface as the file cache in ../cache.ts, so the build
// reads and writes extractions the same way). WAL journal: readers never wait for the writer and a crash
// leaves the last committed transaction. The summary rows are written by write.ts and read by load.ts.
import { createHash } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import type Database from "better-sqlite3";
import { openSqlite } from "../../config/sqlite.js";
import type { ArticleExtraction } from "../../extract/types.js";
import { logger as defaultLogger, type Logger } from "../../log.js";
import { SUMMARY_VERSION } from "../../summary/merge.js";
import { sameStamp, type ExtractionStore, type FileStamp } from "../cache.js";
import { cacheKey, extractorFingerprint } from "../fingerprint.js";
import { DB_FORMAT, SCHEMA, SUMMARY_TABLES } from "./schema.js";

export type Db = Database.Database;

/** The database file of a corpus: `summary-<hash of the corpus path>.sqlite` in the cache folder. */
export function summaryDbPath(cacheDir: string, corpus: string): string {
  const id = createHash("sha256").update(resolve(corpus)).digest("hex").slice(0, 12);
  return join(resolve(cacheDir), `summary-${id}.sqlite`);
}

/** What the meta table must say for the summary rows to be served. */
function expectedMeta(corpus: string, version: string): Record<string, string> {
  return { format: String(DB_FORMAT), extractor: version, summary: String(SUMMARY_VERSION), corpus: resolve(corpus) };
}

export interface OpenedDb {
  db: Db;
  path: string;
  /** True when the database holds a complete summary written by this code for this corpus. */
  complete: boolean;
}

/** Opens (or creates) the database; one written by other code or for another layout is emptied first. */
export function openSummaryDb(cacheDir: string, corpus: string, version = extractorFingerprint(), log: Logger = defaultLogger): OpenedDb {
  mkdirSync(resolve(cacheDir), { recursive: true });
  const path = summaryDbPath(cacheDir, corpus);
  let db: Db;
  try {
    db = openSqlite(path);
    db.pragma("journal_mode = WAL");
  } catch (err) {
    // not a database (a damaged or foreign file): it only holds what the corpus can rebuild
    log.warn({ file: path, err: (err as Error).message }, "summary database: cannot open it; rebuilding it from the corpus");
    for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
    db = openSqlite(path);
    db.pragma("journal_mode = WAL");
  }
  db.pragma("synchronous = NORMAL");
  db.pragma("cache_size = -65536");
  db.exec("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)");
  const meta = new Map(
    (db.prepare("SELECT name, value FROM meta").all() as { name: string; value: string }[]).map((r) => [r.name, r.value]),
  );
  // another layout: the summary tables are made again (the extraction cache keeps its layout and its rows)
  if (meta.get("format") !== String(DB_FORMAT)) for (const t of SUMMARY_TABLES) db.exec(`DROP TABLE IF EXISTS ${t}`);
  db.exec(SCHEMA);
  const want = expectedMeta(corpus, version);
  const same = Object.entries(want).every(([k, v]) => meta.get(k) === v);
  if (!same) {
    db.transaction(() => {
      for (const t of SUMMARY_TABLES) db.exec(`DELETE FROM ${t}`);
      if (meta.get("extractor") !== version) {
        db.exec("DELETE FROM extractions");
        db.exec("DELETE FROM failures");
      }
      db.exec("DELETE FROM meta");
      const put = db.prepare("INSERT INTO meta (name, value) VALUES (?, ?)");
      for (const [k, v] of Object.entries(want)) put.run(k, v);
    })();
  }
  return { db, path, complete: same && meta.get("complete") === "1" };
}

/** Marks the summary rows as one complete state (inside the transaction that wrote them). */
export function markComplete(db: Db): void {
  db.prepare("INSERT INTO meta (name, value) VALUES ('complete', '1') ON CONFLICT (name) DO UPDATE SET value = excluded.value").run();
}

/** The extraction cache in the database: the build's `ExtractionStore` (see ../cache.ts for the contract). */
export class DbExtractionCache implements ExtractionStore {
  readonly version: string;
  private files = new Map<string, { hash: string | null; stamp: FileStamp | null }>();
  /** The stamp each file had when it was last hashed (written with the files table). */
  readonly stamps = new Map<string, { hash: string; stamp: FileStamp | null }>();
  private loaded = false;
  private readonly q;

  constructor(
    private readonly db: Db,
    readonly dir: string,
    opts: { version?: string; logger?: Logger } = {},
  ) {
    this.version = opts.version ?? extractorFingerprint();
    this.q = {
      get: db.prepare("SELECT body FROM extractions WHERE key = ?").pluck(),
      put: db.prepare(
        "INSERT INTO extractions (key, file, hash, body) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET body = excluded.body",
      ),
      failure: db.prepare("SELECT file, hash, reason FROM failures WHERE key = ?"),
      putFailure: db.prepare(
        "INSERT INTO failures (key, file, hash, reason) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET reason = excluded.reason",
      ),
    };
  }

  key(file: string, hash: string): string {
    return cacheKey(file, hash, this.version);
  }

  /** Reads the stamps of the files table (the extractions themselves are read one by one, when needed). */
  async loadPacked(): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    const rows = this.db
      .prepare("SELECT file, hash, size, mtime_ms, ino, sc_size, sc_mtime_ms, sc_ino FROM files WHERE hash IS NOT NULL")
      .raw()
      .all() as [string, string, number | null, number, number, number | null, number, number][];
    for (const [file, hash, size, mtimeMs, ino, scSize, scMtime, scIno] of rows) {
      const stamp: FileStamp | null =
        size === null ? null : { size, mtimeMs, ino, sidecar: scSize === null ? null : { size: scSize, mtimeMs: scMtime, ino: scIno } };
      this.files.set(file, { hash, stamp });
    }
  }

  /** The hash a file had, when its stamp is still the one recorded. */
  hashByStamp(file: string, stamp: FileStamp | null): string | undefined {
    const f = this.files.get(file);
    return f?.hash && sameStamp(f.stamp, stamp) ? f.hash : undefined;
  }

  byStamp(file: string, stamp: FileStamp | null): { hash: string; extraction: ArticleExtraction } | undefined {
    const hash = this.hashByStamp(file, stamp);
    if (!hash) return undefined;
    const extraction = this.read(file, hash);
    if (!extraction) return undefined;
    this.stamps.set(file, { hash, stamp });
    return { hash, extraction };
  }

  stamp(file: string, hash: string, stamp: FileStamp | null | undefined): void {
    this.stamps.set(file, { hash, stamp: stamp ?? null });
  }

  /** The extraction of `file` with content `hash`, if the cache has it. */
  byHash(file: string, hash: string): ArticleExtraction | undefined {
    return this.read(file, hash);
  }

  private read(file: string, hash: string): ArticleExtraction | undefined {
    const body = this.q.get.get(this.key(file, hash)) as string | undefined;
    if (body === undefined) return undefined;
    try {
      const e = JSON.parse(body) as ArticleExtraction;
      return e.article?.file === file && e.article.hash === hash ? e : undefined;
    } catch {
      return undefined;
    }
  }

  async get(file: string, hash: string): Promise<ArticleExtraction | undefined> {
    return this.read(file, hash);
  }

  /** Written at once, in its own transaction: a crash later in the build keeps it. */
  put(file: string, hash: string, extraction: ArticleExtraction, stamp?: FileStamp | null): void {
    this.q.put.run(this.key(file, hash), file, hash, JSON.stringify(extraction));
    this.stamps.set(file, { hash, stamp: stamp ?? null });
  }

  putMany(items: { file: string; hash: string; extraction: ArticleExtraction; stamp?: FileStamp | null }[]): void {
    this.db.transaction(() => {
      for (const it of items) this.put(it.file, it.hash, it.extraction, it.stamp);
    })();
  }

  putFailure(file: string, hash: string, reason: string): void {
    this.q.putFailure.run(this.key(file, hash), file, hash, reason);
  }

  failure(file: string, hash: string): string | undefined {
    const f = this.q.failure.get(this.key(file, hash)) as { file: string; hash: string; reason: string } | undefined;
    return f && f.file === file && f.hash === hash ? f.reason : undefined;
  }

  async flush(): Promise<void> {}

  /** Forgets the extractions and failures of content no longer in the corpus. */
  async writePacked(live: Iterable<string>): Promise<void> {
    const keys = JSON.stringify([...live]);
    this.db.transaction(() => {
      this.db.prepare("DELETE FROM extractions WHERE key NOT IN (SELECT value FROM json_each(?))").run(keys);
      this.db.prepare("DELETE FROM failures WHERE key NOT IN (SELECT value FROM json_each(?))").run(keys);
    })();
  }
}
