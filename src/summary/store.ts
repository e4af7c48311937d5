// The live summary: built once, then swapped atomically when the corpus changes, so that a query never sees
// a half-built summary. Everything that answers questions reads `store.snapshot`.
import type { SearchIndex } from "../search/index.js";
import type { Summary } from "./schema.js";

export interface Snapshot {
  summary: Summary;
  search: SearchIndex;
  /** ms since epoch when this snapshot was swapped in. */
  builtAt: number;
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
}

export interface StoreOptions {
  corpus: string;
  /** Where per-article extractions are cached (default: `.newsdesk-cache` in the working folder). */
  cacheDir?: string;
  /** Watch the corpus folder and apply changes as they land. */
  watch?: boolean;
  maxBytes?: number;
}

export interface SummaryStore {
  readonly snapshot: Snapshot;
  /** Re-reads the whole corpus and reports what changed. */
  reload(): Promise<ReloadReport>;
  /** Called after each swap (live change or reload). */
  onSwap(listener: (report: ReloadReport) => void): () => void;
  close(): Promise<void>;
}

export async function openStore(_opts: StoreOptions): Promise<SummaryStore> {
  throw new Error("not implemented yet");
}
