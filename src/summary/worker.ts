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
import { parseArticle, type CorpusFile } from "../corpus/load.js";
import type { CleanArticle } from "../corpus/types.js";
import { extractArticle } from "../extract/index.js";
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

export const defaultFns: ExtractFns = { parse: parseArticle, extract: extractArticle };

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
export function extractJob(job: ExtractJob, fns: ExtractFns = defaultFns, maxBytes?: number): ExtractResult {
  let doc: CleanArticle;
  try {
    doc = fns.parse({ file: job.file, path: job.path }, asBuffer(job.bytes), job.sidecar ? asBuffer(job.sidecar) : null, job.hash, maxBytes === undefined ? undefined : { maxBytes });
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
interface ResultMessage {
  id: number;
  results: ExtractResult[];
}

const WORKER_FLAG = "newsdesk-extract-worker";

// Inside a worker thread started by the pool: answer batches until told to stop. `fnsModule` (tests) names a
// module exporting `parse` and `extract` to use instead of the real loader and extractor.
if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_FLAG && parentPort) {
  const port = parentPort;
  const { fnsModule } = workerData as { fnsModule?: string };
  const ready: Promise<ExtractFns> = fnsModule ? (import(fnsModule) as Promise<ExtractFns>) : Promise.resolve(defaultFns);
  port.on("message", (msg: BatchMessage) => {
    void ready.then((fns) => {
      const results = msg.jobs.map((j) => extractJob(j, fns, msg.maxBytes));
      port.postMessage({ id: msg.id, results } satisfies ResultMessage);
    });
  });
}

/** The URL of tsx's ESM register API (`import.meta.resolve` is not available everywhere, e.g. under vitest:
 * then found through the package's `exports`). */
function tsxEsmApi(): string {
  try {
    const viaImport = (import.meta as { resolve?: (s: string) => string }).resolve?.("tsx/esm/api");
    if (viaImport && viaImport.endsWith(".mjs")) return viaImport;
  } catch {
    // fall through
  }
  const require = createRequire(import.meta.url);
  const cjs = require.resolve("tsx/esm/api");
  const root = cjs.slice(0, cjs.lastIndexOf(`${sep}dist${sep}`));
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { exports?: Record<string, { import?: { default?: string } }> };
  const rel = pkg.exports?.["./esm/api"]?.import?.default ?? "./dist/esm/api/index.mjs";
  return pathToFileURL(join(root, rel)).href;
}

/** The code a worker runs first: registers tsx's loader (the project runs TypeScript without a build step, and
 * a worker does not inherit the loader the main thread registered), then loads this module. Works the same
 * under `node bin/newsdesk.js`, `tsx`, and vitest. */
function bootstrapCode(): string {
  const tsxApi = tsxEsmApi();
  const self = import.meta.url.replace(/\?.*$/, "");
  return `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(self)}); })`;
}

export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/** A pool of extraction workers for one build. `close()` ends them. */
export class ExtractPool {
  private workers: Worker[] = [];
  private nextId = 1;

  /** `fnsModule`: URL of a module exporting `parse` and `extract` to run instead of the real ones (tests). */
  constructor(
    readonly size: number = defaultWorkerCount(),
    fnsModule?: string,
  ) {
    const code = bootstrapCode();
    for (let i = 0; i < size; i++) {
      const w = new Worker(code, { eval: true, workerData: { role: WORKER_FLAG, fnsModule } });
      w.unref();
      this.workers.push(w);
    }
  }

  /** Extracts every job; results come back in the order of `jobs`. Batches go to whichever worker is free. */
  async run(jobs: ExtractJob[], opts: { maxBytes?: number; batchSize?: number } = {}): Promise<ExtractResult[]> {
    const batchSize = Math.max(1, opts.batchSize ?? 32);
    const results: ExtractResult[] = new Array(jobs.length);
    let next = 0;
    const runWorker = (w: Worker): Promise<void> =>
      new Promise<void>((resolvePromise, reject) => {
        let current: { id: number; start: number } | null = null;
        const send = (): void => {
          if (next >= jobs.length) {
            cleanup();
            resolvePromise();
            return;
          }
          const start = next;
          const batch = jobs.slice(start, start + batchSize);
          next += batch.length;
          current = { id: this.nextId++, start };
          w.postMessage({ id: current.id, jobs: batch, maxBytes: opts.maxBytes } satisfies BatchMessage);
        };
        const onMessage = (msg: ResultMessage): void => {
          if (!current || msg.id !== current.id) return;
          msg.results.forEach((r, i) => (results[current!.start + i] = r));
          send();
        };
        const onError = (err: Error): void => {
          cleanup();
          reject(new Error(`an extraction worker failed: ${err.message}`));
        };
        const onExit = (code: number): void => {
          cleanup();
          reject(new Error(`an extraction worker stopped (exit code ${code})`));
        };
        const cleanup = (): void => {
          w.off("message", onMessage);
          w.off("error", onError);
          w.off("exit", onExit);
        };
        w.on("message", onMessage);
        w.on("error", onError);
        w.on("exit", onExit);
        w.ref();
        send();
      }).finally(() => w.unref());
    await Promise.all(this.workers.map(runWorker));
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
}
