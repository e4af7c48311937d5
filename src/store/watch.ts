// Watching the corpus folder: file-system events are coalesced, so a burst (an editor's save writing three
// times, a sync dropping fifty files) becomes one batch once the folder has been quiet for `debounceMs`
// (or at the latest after `maxWaitMs` of continuous activity).
import { watch, type FSWatcher } from "node:fs";
import type { Logger } from "../log.js";

export interface WatchOptions {
  debounceMs?: number;
  maxWaitMs?: number;
  logger?: Logger;
}

export interface CorpusWatcher {
  close(): void;
}

/** Calls `onBatch` with the relative paths that changed (`null` when the platform did not say which, so
 * everything must be checked). */
export function watchCorpus(dir: string, onBatch: (names: Set<string> | null) => void, opts: WatchOptions = {}): CorpusWatcher {
  const debounceMs = opts.debounceMs ?? 50;
  const maxWaitMs = opts.maxWaitMs ?? 250;
  let names: Set<string> | null = new Set();
  let timer: NodeJS.Timeout | null = null;
  let firstAt = 0;
  let closed = false;

  const fire = (): void => {
    timer = null;
    const batch = names;
    names = new Set();
    firstAt = 0;
    if (!closed) onBatch(batch);
  };

  const onEvent = (_type: string, filename: string | Buffer | null): void => {
    if (closed) return;
    if (filename === null || filename === undefined) names = null;
    else if (names) names.add(filename.toString());
    const now = Date.now();
    if (!firstAt) firstAt = now;
    if (timer) clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstAt + maxWaitMs - now));
    timer = setTimeout(fire, wait);
  };

  let watcher: FSWatcher;
  try {
    watcher = watch(dir, { recursive: true, persistent: false }, onEvent);
  } catch {
    // recursive watching is not available everywhere: the top folder still is
    watcher = watch(dir, { persistent: false }, onEvent);
  }
  watcher.on("error", (err) => opts.logger?.warn({ dir, err: err.message }, "corpus watch error; use reload to pick up changes"));

  return {
    close(): void {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}
