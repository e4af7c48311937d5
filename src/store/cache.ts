// The on-disk cache of per-article extractions, keyed by the file's content hash, its path in the corpus and
// the version of the code that extracts (so a change to the extractor rebuilds everything it touched).
//
// Layout of the cache folder:
//   a/<key>.json    one extraction per file, written as soon as it is extracted (content-addressed, immutable)
//   packed.json     every current extraction in one file (a header line, then one JSON line per article),
//                   written after a build: a warm start reads one file instead of 10,000 small ones
// Every write goes to a temporary file first and is then renamed over the target, so a crash mid-write leaves
// either the old file or the new one, never half of one; leftover temporary files are never read. A file that
// does not parse or does not match its key is reported as a warning and rebuilt, never served. No symbolic link
// inside the folder is followed (nofollow.ts): the cache never reads, writes or prunes outside its folder.
import { randomBytes } from "node:crypto";
import { mkdir, open, readdir, rename, stat, unlink, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { ArticleExtraction } from "../extract/types.js";
import { cacheDirFor } from "../config/paths.js";
import { logger as defaultLogger, type Logger } from "../log.js";
import { CACHE_FORMAT, cacheKey, extractorFingerprint } from "./fingerprint.js";
import { folderState, readNoFollow } from "./nofollow.js";

/** The default cache folder of a corpus: `NEWSDESK_CACHE`, else one folder per corpus in the user's cache
 * folder (see `cacheDirFor` in src/config/paths.ts). */
export function defaultCacheDir(corpus: string): string {
  return cacheDirFor(corpus);
}

/** What `stat` said about a file (and its sidecar) when it was hashed: while it says the same, the file has
 * not changed and a warm start need not read and hash it again. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
  sidecar: { size: number; mtimeMs: number; ino: number } | null;
}

export function sameStamp(a: FileStamp | undefined | null, b: FileStamp | undefined | null): boolean {
  if (!a || !b) return false;
  if (a.size !== b.size || a.mtimeMs !== b.mtimeMs || a.ino !== b.ino) return false;
  if (!a.sidecar || !b.sidecar) return a.sidecar === b.sidecar;
  return a.sidecar.size === b.sidecar.size && a.sidecar.mtimeMs === b.sidecar.mtimeMs && a.sidecar.ino === b.sidecar.ino;
}

interface StoredEntry {
  key: string;
  file: string;
  hash: string;
  stamp?: FileStamp;
  extraction: ArticleExtraction;
}

/** An article whose extraction failed (threw, or never finished): with the same bytes and the same code it
 * would fail again, so a restart does not retry it (a fix to the extractor changes every key). */
interface FailedEntry {
  key: string;
  file: string;
  hash: string;
  reason: string;
}

/** The first line of the packed file; every other line is one `PackedLine`. */
interface PackedHeader {
  format: number;
  version: string;
}

interface PackedLine {
  e?: StoredEntry;
  f?: FailedEntry;
}

/** Writes `data` to `path` atomically: a temporary file in the same folder, then a rename. */
export async function writeFileAtomic(path: string, data: string | Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    await writeFile(tmp, data, { flag: "wx" }); // a new file: never through a link planted at that name
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

function* packedLines(version: string, entries: StoredEntry[], failures: FailedEntry[]): Generator<string> {
  yield `${JSON.stringify({ format: CACHE_FORMAT, version } satisfies PackedHeader)}\n`;
  for (const f of failures) yield `${JSON.stringify({ f } satisfies PackedLine)}\n`;
  for (const e of entries) yield `${JSON.stringify({ e } satisfies PackedLine)}\n`;
}

/** Like `writeFileAtomic`, for content made line by line (written in chunks, never held whole in memory). */
export async function writeLinesAtomic(path: string, lines: Iterable<string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  const fh = await open(tmp, "wx");
  try {
    let chunk: string[] = [];
    let size = 0;
    for (const line of lines) {
      chunk.push(line);
      size += line.length;
      if (size >= 1 << 20) {
        await fh.write(chunk.join(""));
        chunk = [];
        size = 0;
      }
    }
    if (chunk.length) await fh.write(chunk.join(""));
    await fh.close();
    await rename(tmp, path);
  } catch (err) {
    await fh.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

function looksLikeExtraction(x: unknown): x is ArticleExtraction {
  if (!x || typeof x !== "object") return false;
  const e = x as Record<string, unknown>;
  const a = e.article as Record<string, unknown> | undefined;
  return (
    !!a &&
    typeof a === "object" &&
    typeof a.id === "string" &&
    typeof a.file === "string" &&
    typeof a.hash === "string" &&
    Array.isArray(e.actors) &&
    Array.isArray(e.statements) &&
    Array.isArray(e.events)
  );
}

function validEntry(x: unknown, key?: string): x is StoredEntry {
  if (!x || typeof x !== "object") return false;
  const e = x as Record<string, unknown>;
  return (
    typeof e.key === "string" &&
    (key === undefined || e.key === key) &&
    typeof e.file === "string" &&
    typeof e.hash === "string" &&
    looksLikeExtraction(e.extraction) &&
    e.extraction.article.hash === e.hash &&
    e.extraction.article.file === e.file
  );
}

export interface CacheStats {
  packedHits: number;
  looseHits: number;
  misses: number;
  corrupt: number;
}

/** What the build needs of an extraction cache: this file cache, or the one inside the summary database
 * (db/database.ts). */
export type ExtractionStore = Pick<
  ExtractionCache,
  | "dir"
  | "version"
  | "key"
  | "loadPacked"
  | "byStamp"
  | "stamp"
  | "get"
  | "put"
  | "putMany"
  | "putFailure"
  | "failure"
  | "flush"
  | "writePacked"
>;

export class ExtractionCache {
  readonly dir: string;
  readonly version: string;
  private readonly log: Logger;
  private packed = new Map<string, StoredEntry>();
  private failures = new Map<string, FailedEntry>();
  /** The packed entries by file, for the stamp check. */
  private byFile = new Map<string, StoredEntry>();
  private packedLoaded = false;
  /** Keys written since the packed file was last written or read. */
  private dirty = false;
  private pendingWrites = new Set<Promise<void>>();
  readonly stats: CacheStats = { packedHits: 0, looseHits: 0, misses: 0, corrupt: 0 };

  constructor(dir: string, opts: { version?: string; logger?: Logger } = {}) {
    this.dir = resolve(dir);
    this.version = opts.version ?? extractorFingerprint();
    this.log = opts.logger ?? defaultLogger;
  }

  key(file: string, hash: string): string {
    return cacheKey(file, hash, this.version);
  }

  private warnedLink = false;
  /** True when the a/ folder is a real folder (or not there yet); a link is refused, with one warning. */
  private looseDirOk(): boolean {
    if (folderState(join(this.dir, "a")) === "ok") return true;
    if (!this.warnedLink)
      this.log.warn({ dir: join(this.dir, "a") }, "cache: not a folder but a link or a file; the cache never follows links: remove it");
    return !(this.warnedLink = true);
  }

  private loosePath(key: string): string {
    return join(this.dir, "a", `${key}.json`);
  }

  get packedPath(): string {
    return join(this.dir, "packed.json");
  }

  /** Reads the packed file once; a corrupt or outdated one is ignored (with a warning when corrupt). */
  async loadPacked(): Promise<void> {
    if (this.packedLoaded) return;
    this.packedLoaded = true;
    let buf: Buffer;
    try {
      buf = await readNoFollow(this.packedPath); // a link there is refused: a cold start, never a file elsewhere
    } catch {
      return;
    }
    try {
      // one JSON line of header, then one line per entry: no giant string, and a damaged line costs one entry
      let nl = buf.indexOf(10);
      if (nl < 0) nl = buf.length;
      const header = JSON.parse(buf.toString("utf8", 0, nl)) as PackedHeader;
      if (!header || header.format !== CACHE_FORMAT || typeof header.version !== "string") throw new Error("not a newsdesk packed cache");
      if (header.version !== this.version) return; // written by other code: every key differs anyway
      let bad = 0;
      for (let at = nl + 1; at < buf.length; ) {
        let end = buf.indexOf(10, at);
        if (end < 0) end = buf.length;
        if (end > at) {
          try {
            const line = JSON.parse(buf.toString("utf8", at, end)) as PackedLine;
            if (line.e && validEntry(line.e)) {
              this.packed.set(line.e.key, line.e);
              this.byFile.set(line.e.file, line.e);
            } else if (
              line.f &&
              typeof line.f.key === "string" &&
              typeof line.f.file === "string" &&
              typeof line.f.hash === "string" &&
              typeof line.f.reason === "string"
            ) {
              this.failures.set(line.f.key, line.f);
            } else bad++;
          } catch {
            bad++;
          }
        }
        at = end + 1;
      }
      if (bad) {
        this.stats.corrupt += bad;
        this.dirty = true;
        this.log.warn(
          { file: this.packedPath, entries: bad },
          "cache: corrupt entries in the packed cache file; re-extracting those articles",
        );
      }
    } catch (err) {
      this.stats.corrupt++;
      this.log.warn(
        { file: this.packedPath, err: (err as Error).message },
        "cache: the packed cache file is corrupt; ignoring it and rebuilding",
      );
      this.packed.clear();
      this.byFile.clear();
      this.failures.clear();
      this.dirty = true;
    }
  }

  /** The cached hash and extraction of `file` when its stamp is the one recorded with it (no read needed). */
  byStamp(file: string, stamp: FileStamp | null): { hash: string; extraction: ArticleExtraction } | undefined {
    const e = this.byFile.get(file);
    if (!e || !stamp || !sameStamp(e.stamp, stamp) || this.packed.get(e.key) !== e) return undefined;
    this.stats.packedHits++;
    return { hash: e.hash, extraction: e.extraction };
  }

  /** Records the stamp of a file whose cached entry was found by hash, so the next start can skip reading it. */
  stamp(file: string, hash: string, stamp: FileStamp | null | undefined): void {
    if (!stamp) return;
    const e = this.packed.get(this.key(file, hash));
    if (e && !sameStamp(e.stamp, stamp)) {
      e.stamp = stamp;
      this.dirty = true;
    }
  }

  /** The cached extraction of `file` with content `hash`, or undefined (a miss, or a corrupt entry, which is
   * logged and deleted so that it is rebuilt). */
  async get(file: string, hash: string): Promise<ArticleExtraction | undefined> {
    await this.loadPacked();
    const key = this.key(file, hash);
    const p = this.packed.get(key);
    if (p && p.file === file && p.hash === hash) {
      this.stats.packedHits++;
      return p.extraction;
    }
    const path = this.loosePath(key);
    let text: string;
    try {
      if (!this.looseDirOk()) throw new Error("a/ is a link");
      text = (await readNoFollow(path)).toString("utf8");
    } catch {
      this.stats.misses++;
      return undefined;
    }
    try {
      const e = JSON.parse(text) as unknown;
      if (!validEntry(e, key) || e.file !== file || e.hash !== hash) throw new Error("the entry does not match its key");
      this.stats.looseHits++;
      this.packed.set(key, e);
      this.dirty = true;
      return e.extraction;
    } catch (err) {
      this.stats.corrupt++;
      this.stats.misses++;
      this.log.warn({ file: path, article: file, err: (err as Error).message }, "cache: corrupt cache file; re-extracting the article");
      await unlink(path).catch(() => undefined);
      return undefined;
    }
  }

  /** Stores an extraction: in memory at once, on disk in the background (see `flush`). */
  put(file: string, hash: string, extraction: ArticleExtraction, stamp?: FileStamp | null): void {
    const key = this.key(file, hash);
    const entry: StoredEntry = { key, file, hash, extraction, ...(stamp ? { stamp } : {}) };
    this.packed.set(key, entry);
    this.dirty = true;
    if (!this.looseDirOk()) return;
    const w = writeFileAtomic(this.loosePath(key), JSON.stringify(entry))
      .catch((err: Error) =>
        this.log.warn(
          { dir: this.dir, err: err.message },
          "cache: could not write a cache file; the article will be re-extracted next start",
        ),
      )
      .finally(() => this.pendingWrites.delete(w));
    this.pendingWrites.add(w);
  }

  /** Stores many extractions without one small file each (a cold build): they reach disk with `writePacked`. */
  putMany(items: { file: string; hash: string; extraction: ArticleExtraction; stamp?: FileStamp | null }[]): void {
    for (const { file, hash, extraction, stamp } of items) {
      const key = this.key(file, hash);
      this.packed.set(key, { key, file, hash, extraction, ...(stamp ? { stamp } : {}) });
    }
    if (items.length) this.dirty = true;
  }

  /** Remembers that extracting this file's content failed, with why. */
  putFailure(file: string, hash: string, reason: string): void {
    const key = this.key(file, hash);
    this.failures.set(key, { key, file, hash, reason });
    this.dirty = true;
  }

  /** Why extracting this content failed before, if it did (with the same code). */
  failure(file: string, hash: string): string | undefined {
    const f = this.failures.get(this.key(file, hash));
    return f && f.file === file && f.hash === hash ? f.reason : undefined;
  }

  /** Waits for background writes of single entries. */
  async flush(): Promise<void> {
    while (this.pendingWrites.size) await Promise.all([...this.pendingWrites]);
  }

  /** Writes the packed file with exactly the entries whose keys are `live` (the current corpus), atomically,
   * and forgets the others. Loose files now in the packed file are removed. */
  async writePacked(live: Iterable<string>): Promise<void> {
    const keep = new Set(live);
    const entries: StoredEntry[] = [];
    for (const k of keep) {
      const e = this.packed.get(k);
      if (e) entries.push(e);
    }
    const failures = [...this.failures.values()].filter((f) => keep.has(f.key));
    const changed = this.dirty || entries.length !== this.packed.size || failures.length !== this.failures.size;
    this.packed = new Map(entries.map((e) => [e.key, e]));
    this.byFile = new Map(entries.map((e) => [e.file, e]));
    this.failures = new Map(failures.map((f) => [f.key, f]));
    if (!changed) return;
    await this.flush();
    await writeLinesAtomic(this.packedPath, packedLines(this.version, entries, failures));
    this.dirty = false;
    await this.pruneLoose(new Set(entries.map((e) => e.key)));
  }

  /** Removes loose files the packed file now holds (or that no current file needs), and stale temp files. */
  private async pruneLoose(written: Set<string>): Promise<void> {
    const dir = join(this.dir, "a");
    if (!this.looseDirOk()) return;
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return;
    }
    const now = Date.now();
    await Promise.all(
      names.map(async (name) => {
        const path = join(dir, name);
        if (name.endsWith(".json")) {
          const key = name.slice(0, -5);
          if (written.has(key) || !this.packed.has(key)) await unlink(path).catch(() => undefined);
        } else if (name.includes(".tmp-")) {
          // a temp file left by a crash: harmless (never read), removed once it is clearly not being written
          const s = await stat(path).catch(() => undefined);
          if (s && now - s.mtimeMs > 60_000) await unlink(path).catch(() => undefined);
        }
      }),
    );
  }
}
