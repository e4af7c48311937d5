// Parse + extract of one article (used in the main thread and in worker threads) and a small pool of worker
// threads for cold builds, so that a large corpus uses every core. Work is sent in batches of files to keep
// the per-message overhead low; batches are handed out as workers free up, so a slow batch does not stall the
// others.
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, sep } from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { CorpusFile } from "../corpus/load.js";
import type { CleanArticle } from "../corpus/types.js";
import type { ArticleExtraction } from "../extract/types.js";

export interface ExtractJob {
  file: string;
  path: string;
  hash: string;
  bytes: Uint8Array;
  sidecar: Uint8Array | null;
}

export type ExtractResult =
  | { file: string; ok: true; extraction: ArticleExtraction }
  /** `skipped`: the loader refused the file (empty, binary, …); `failed`: the extractor threw (a bug). */
  | { file: string; ok: false; kind: "skipped" | "failed"; reason: string };

export interface ExtractFns {
  parse: (f: CorpusFile, bytes: Buffer, sidecar: Buffer | null, hash: string, opts?: { maxBytes?: number }) => CleanArticle;
  extract: (doc: CleanArticle) => ArticleExtraction;
}

/** The real loader and extractor, loaded on demand (a worker started with a test module never loads them). */
export async function loadDefaultFns(): Promise<ExtractFns> {
  const [{ parseArticle }, { extractArticle }] = await Promise.all([import("../corpus/load.js"), import("../extract/index.js")]);
  return { parse: parseArticle, extract: extractArticle };
}

const asBuffer = (u: Uint8Array): Buffer => (Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength));

/** The reason a loader error gives for skipping a file (ArticleSkipped and friends carry a `reason`). */
export function skipReason(err: unknown): string {
  if (err && typeof err === "object") {
    const r = (err as { reason?: unknown }).reason;
    if (typeof r === "string" && r) return r;
    const m = (err as { message?: unknown }).message;
    if (typeof m === "string" && m) return m;
  }
  return String(err);
}

/** Parses and extracts one file; never throws. */
export function extractJob(job: ExtractJob, fns: ExtractFns, maxBytes?: number): ExtractResult {
  let doc: CleanArticle;
  try {
    doc = fns.parse(
      { file: job.file, path: job.path },
      asBuffer(job.bytes),
      job.sidecar ? asBuffer(job.sidecar) : null,
      job.hash,
      maxBytes === undefined ? undefined : { maxBytes },
    );
  } catch (err) {
    return { file: job.file, ok: false, kind: "skipped", reason: skipReason(err) };
  }
  try {
    return { file: job.file, ok: true, extraction: fns.extract(doc) };
  } catch (err) {
    return { file: job.file, ok: false, kind: "failed", reason: `extraction failed: ${skipReason(err)}` };
  }
}

interface BatchMessage {
  id: number;
  jobs: ExtractJob[];
  maxBytes?: number;
}
type WorkerMessage = { type: "ready" } | { type: "results"; id: number; results: ExtractResult[] };

const WORKER_FLAG = "newsdesk-extract-worker";

const WARM_UP = [
  "Monday, March 4, 2024",
  "",
  "The National Farmers Union (NFU) said on Friday that talks with the ministry had stalled.",
  "",
  "“We will not accept this decision,” union president Maria Lopez told reporters in Kessara. According to the NFU, prices rose in 2023.",
  "",
  "Lopez added that members would vote next week, and the ministry denied the claims.",
].join("\n");

// Inside a worker thread started by the pool: answer batches until told to stop. `fnsModule` (tests) names a
// module exporting `parse` and `extract` to use instead of the real loader and extractor. Before each file
// the worker bumps a shared counter, so the pool can tell a worker stuck on one file from a busy one.
if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_FLAG && parentPort) {
  const port = parentPort;
  const { fnsModule, progress } = workerData as { fnsModule?: string; progress: SharedArrayBuffer };
  const started = new Int32Array(progress);
  const ready: Promise<ExtractFns> = fnsModule ? (import(fnsModule) as Promise<ExtractFns>) : loadDefaultFns();
  // warm the extractor up (JIT, lazily built lexicons) on a small article before saying ready, so the first
  // live change does not pay for it
  void ready.then((fns) => {
    extractJob({ file: "warm-up.txt", path: "warm-up.txt", hash: "warm-up", bytes: Buffer.from(WARM_UP), sidecar: null }, fns);
    port.postMessage({ type: "ready" } satisfies WorkerMessage);
  });
  port.on("message", (msg: BatchMessage) => {
    void ready.then((fns) => {
      const results = msg.jobs.map((j, k) => {
        Atomics.store(started, 1, k);
        Atomics.add(started, 0, 1);
        return extractJob(j, fns, msg.maxBytes);
      });
      port.postMessage({ type: "results", id: msg.id, results } satisfies WorkerMessage);
    });
  });
}

/** The URL of tsx's ESM register API (`import.meta.resolve` is not available everywhere, e.g. under vitest:
 * then found through the package's `exports`). */
function tsxEsmApi(): string {
  try {
    const viaImport = (import.meta as { resolve?: (s: string) => string }).resolve?.("tsx/esm/api");
    if (viaImport?.endsWith(".mjs")) return viaImport;
  } catch {
    // fall through
  }
  const require = createRequire(import.meta.url);
  const cjs = require.resolve("tsx/esm/api");
  const root = cjs.slice(0, cjs.lastIndexOf(`${sep}dist${sep}`));
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    exports?: Record<string, { import?: { default?: string } }>;
  };
  const rel = pkg.exports?.["./esm/api"]?.import?.default ?? "./dist/esm/api/index.mjs";
  return pathToFileURL(join(root, rel)).href;
}

/** The code a worker runs first. Compiled JavaScript (dist/, what `newsdesk` runs) is loaded as it is; a
 * TypeScript module (the sources, under vitest or tsx) needs tsx's loader registered first, since a worker does
 * not inherit the loader the main thread registered. `moduleUrl` defaults to this module. */
function bootstrapCode(moduleUrl: string = import.meta.url): string {
  const target = moduleUrl.replace(/\?.*$/, "");
  if (!target.endsWith(".ts")) return `import(${JSON.stringify(target)})`;
  const tsxApi = tsxEsmApi();
  return `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); })`;
}

/** A worker thread running the module at `moduleUrl` (compiled JavaScript, or TypeScript through tsx). */
export function tsWorker(moduleUrl: string, data: unknown): Worker {
  return new Worker(bootstrapCode(moduleUrl), { eval: true, workerData: data });
}

export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/** How long one file may take before its worker is considered stuck (default 30 s, or NEWSDESK_FILE_TIMEOUT_MS;
 * a normal article takes milliseconds). */
export const FILE_TIMEOUT_MS = Number(process.env.NEWSDESK_FILE_TIMEOUT_MS) > 0 ? Number(process.env.NEWSDESK_FILE_TIMEOUT_MS) : 30_000;

interface Slot {
  worker: Worker;
  progress: Int32Array;
  ready: boolean;
  batch: { id: number; indices: number[] } | null;
  lastCount: number;
  since: number;
  /** Called when the worker says it is ready (set by `run`). */
  onReady: (() => void) | null;
}

/** A pool of extraction workers for one build. A worker stuck on one file (an extractor bug that never
 * returns) is stopped and replaced: that file is left out with a reason, the rest of its batch is redone, so
 * one bad article cannot hold up the build. `close()` ends them. */
export class ExtractPool {
  private slots: Slot[] = [];
  private nextId = 1;
  private readonly fileTimeoutMs: number;

  /** `fnsModule`: URL of a module exporting `parse` and `extract` to run instead of the real ones (tests). */
  constructor(
    readonly size: number = defaultWorkerCount(),
    private readonly fnsModule?: string,
    opts: { fileTimeoutMs?: number } = {},
  ) {
    this.fileTimeoutMs = opts.fileTimeoutMs ?? FILE_TIMEOUT_MS;
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const progress = new SharedArrayBuffer(8);
    const worker = new Worker(bootstrapCode(), { eval: true, workerData: { role: WORKER_FLAG, fnsModule: this.fnsModule, progress } });
    worker.unref();
    const slot: Slot = { worker, progress: new Int32Array(progress), ready: false, batch: null, lastCount: 0, since: 0, onReady: null };
    worker.on("message", (m: WorkerMessage) => {
      if (m.type !== "ready") return;
      slot.ready = true;
      slot.onReady?.();
    });
    return slot;
  }

  /** Extracts every job; results come back in the order of `jobs`. Batches go to whichever worker is free. */
  run(jobs: ExtractJob[], opts: { maxBytes?: number; batchSize?: number } = {}): Promise<ExtractResult[]> {
    const batchSize = Math.max(1, opts.batchSize ?? 32);
    const results: (ExtractResult | undefined)[] = new Array(jobs.length);
    const queue: number[] = jobs.map((_, i) => i);
    let left = jobs.length;
    return new Promise<ExtractResult[]>((resolvePromise, reject) => {
      if (left === 0) return resolvePromise([]);
      let settled = false;
      const finish = (err?: Error): void => {
        if (settled) return;
        settled = true;
        clearInterval(watchdog);
        for (const s of this.slots) detach(s);
        if (err) reject(err);
        else resolvePromise(results as ExtractResult[]);
      };
      const send = (s: Slot): void => {
        if (settled || !s.ready || s.batch) return;
        if (queue.length === 0) {
          s.worker.unref();
          return;
        }
        const indices = queue.splice(0, batchSize);
        s.batch = { id: this.nextId++, indices };
        s.lastCount = Atomics.load(s.progress, 0);
        s.since = Date.now();
        s.worker.ref();
        s.worker.postMessage({ id: s.batch.id, jobs: indices.map((i) => jobs[i]!), maxBytes: opts.maxBytes } satisfies BatchMessage);
      };
      const handlers = new Map<Slot, { message: (m: WorkerMessage) => void; error: (e: Error) => void; exit: (c: number) => void }>();
      const attach = (s: Slot): void => {
        const h = {
          message: (m: WorkerMessage): void => {
            if (m.type !== "results") return;
            if (!s.batch || m.id !== s.batch.id) return;
            m.results.forEach((r, k) => {
              results[s.batch!.indices[k]!] = r;
              left--;
            });
            s.batch = null;
            if (left === 0) finish();
            else send(s);
          },
          error: (e: Error): void => finish(new Error(`an extraction worker failed: ${e.message}`)),
          exit: (code: number): void => finish(new Error(`an extraction worker stopped (exit code ${code})`)),
        };
        handlers.set(s, h);
        s.onReady = () => send(s);
        s.worker.on("message", h.message);
        s.worker.on("error", h.error);
        s.worker.on("exit", h.exit);
      };
      const detach = (s: Slot): void => {
        const h = handlers.get(s);
        if (!h) return;
        s.worker.off("message", h.message);
        s.worker.off("error", h.error);
        s.worker.off("exit", h.exit);
        s.onReady = null;
        handlers.delete(s);
        s.worker.unref();
      };
      const watchdog = setInterval(
        () => {
          const now = Date.now();
          this.slots.forEach((s, n) => {
            if (!s.batch) return;
            const count = Atomics.load(s.progress, 0);
            if (count !== s.lastCount) {
              s.lastCount = count;
              s.since = now;
              return;
            }
            if (now - s.since < this.fileTimeoutMs) return;
            // stuck: the file it started last never finished
            const stuckAt = Atomics.load(s.progress, 1);
            const { indices } = s.batch;
            const stuck = indices[stuckAt];
            s.batch = null;
            detach(s);
            void s.worker.terminate();
            if (stuck !== undefined) {
              results[stuck] = {
                file: jobs[stuck]!.file,
                ok: false,
                kind: "failed",
                reason: `extraction did not finish within ${Math.round(this.fileTimeoutMs / 1000)} s`,
              };
              left--;
            }
            queue.unshift(...indices.filter((i) => i !== stuck));
            const fresh = this.spawn();
            this.slots[n] = fresh;
            attach(fresh);
            if (left === 0) finish();
          });
        },
        Math.max(20, Math.min(1000, this.fileTimeoutMs / 4)),
      );
      for (const s of this.slots) {
        attach(s);
        send(s);
      }
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }
}
