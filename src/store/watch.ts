// Watching the corpus folder so that it never goes blind. One watch per folder (Node 20's recursive watch stops
// reporting a file once it was replaced by a rename, as editors and sync tools save): a folder watch reports
// whatever happens to the names in it, a new or re-created folder gets its own watch, a removed one loses it.
// Behind the watches, a periodic rescan of stamps (size, modification time, inode of every article file; no
// reads) catches whatever the events missed, and notices when the corpus folder itself disappears (logged once;
// the store keeps its last good answers) or comes back (everything is re-read). Links are not followed.
// Events are coalesced: a burst (an editor's save writing three times, a sync dropping fifty files) becomes one
// batch once the folder has been quiet for `debounceMs` (or at the latest after `maxWaitMs` of activity).
import { lstatSync, readdirSync, statSync, watch, type FSWatcher } from "node:fs";
import { join, sep } from "node:path";
import { listCorpusFiles, sidecarPath } from "../corpus/files.js";
import type { Logger } from "../log.js";

export interface WatchOptions {
  debounceMs?: number;
  maxWaitMs?: number;
  /** Period of the stamp rescan (default 30 s; 0 turns it off). */
  rescanMs?: number;
  logger?: Logger;
}

export interface CorpusWatcher {
  close(): void;
  /** Runs the stamp rescan now (tests, and after an event that suggests the folder went away). */
  rescan(): Promise<void>;
}

const MAX_DEPTH = 32;

/** Calls `onBatch` with the relative paths that changed (`null` when everything must be checked: a folder
 * appeared, or the corpus folder came back). */
export function watchCorpus(dir: string, onBatch: (names: Set<string> | null) => void, opts: WatchOptions = {}): CorpusWatcher {
  const debounceMs = opts.debounceMs ?? 50;
  const maxWaitMs = opts.maxWaitMs ?? 250;
  const rescanMs = opts.rescanMs ?? 30_000;
  const log = opts.logger;
  let names: Set<string> | null = new Set();
  let timer: NodeJS.Timeout | null = null;
  let firstAt = 0;
  let closed = false;
  /** Folder (relative, "" for the corpus folder) → its watch and the inode it was armed on. */
  const folders = new Map<string, { w: FSWatcher; ino: number }>();
  let rootIno: number | null = null;
  let missing = false;
  let stamps = new Map<string, string>();

  const fire = (): void => {
    timer = null;
    const batch = names;
    names = new Set();
    firstAt = 0;
    if (!closed) onBatch(batch);
  };
  const schedule = (): void => {
    const now = Date.now();
    if (!firstAt) firstAt = now;
    if (timer) clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(debounceMs, firstAt + maxWaitMs - now)));
  };

  const disarm = (rel: string): void => {
    for (const [k, f] of folders)
      if (k === rel || rel === "" || k.startsWith(rel + sep)) {
        f.w.close();
        folders.delete(k);
      }
  };

  const arm = (rel: string, depth = 0): void => {
    if (closed || depth > MAX_DEPTH) return;
    const path = rel ? join(dir, rel) : dir;
    const st = lstatSync(path, { throwIfNoEntry: false });
    if (!st?.isDirectory()) return;
    const known = folders.get(rel);
    if (known && known.ino === st.ino) return;
    if (known) disarm(rel); // the folder was replaced: its old watch sees nothing any more
    try {
      const w = watch(path, { persistent: false }, (_type, name) => onEvent(rel, name));
      w.on("error", () => disarm(rel));
      folders.set(rel, { w, ino: st.ino });
    } catch {
      return; // gone meanwhile, or unreadable: the rescan will say
    }
    let entries;
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries)
      if (e.isDirectory() && !e.name.startsWith(".") && e.name !== "node_modules") arm(rel ? join(rel, e.name) : e.name, depth + 1);
  };

  const onEvent = (rel: string, name: string | Buffer | null): void => {
    if (closed) return;
    if (name === null || name === undefined) {
      names = null;
      schedule();
      return;
    }
    const r = rel ? join(rel, name.toString()) : name.toString();
    const st = lstatSync(join(dir, r), { throwIfNoEntry: false });
    if (st?.isDirectory()) {
      const known = folders.get(r);
      if (!known || known.ino !== st.ino) {
        arm(r); // a new, renamed or re-created folder: watch it, and look at everything (its files came with it)
        names = null;
      }
    } else if (!st) {
      if (folders.has(r)) disarm(r);
      if (rel === "" && !statSync(dir, { throwIfNoEntry: false })) void rescan(); // the corpus folder itself went
    }
    if (names) names.add(r);
    schedule();
  };

  const stampAll = async (): Promise<Map<string, string>> => {
    const out = new Map<string, string>();
    const files = await listCorpusFiles(dir);
    for (let i = 0; i < files.length; i++) {
      const f = files[i]!;
      if (f.skip) continue;
      const st = statSync(f.path, { throwIfNoEntry: false });
      const side = statSync(sidecarPath(f.path), { throwIfNoEntry: false });
      if (st) out.set(f.file, `${st.size}:${st.mtimeMs}:${st.ino}:${side ? `${side.size}:${side.mtimeMs}:${side.ino}` : ""}`);
      if (i % 500 === 499) await new Promise((r) => setImmediate(r)); // 10,000 stats: let answers through
    }
    return out;
  };

  let rescanning: Promise<void> | null = null;
  const rescan = (): Promise<void> => {
    rescanning ??= (async () => {
      await null; // never finish synchronously: `rescanning` must be set before it is cleared
      try {
        const st = statSync(dir, { throwIfNoEntry: false });
        if (!st?.isDirectory()) {
          if (!missing)
            log?.warn({ dir }, "the corpus folder is missing (deleted or moved?): answers keep the last good summary until it is back");
          missing = true;
          disarm("");
          return;
        }
        if (missing || st.ino !== rootIno) {
          // back, or replaced by another folder (a deploy's mv): watch it anew and re-read everything
          if (missing) log?.warn({ dir }, "the corpus folder is back: re-reading it");
          missing = false;
          rootIno = st.ino;
          disarm("");
          arm("");
          stamps = await stampAll();
          names = null;
          schedule();
          return;
        }
        const now = await stampAll();
        for (const [f, s] of now) if (stamps.get(f) !== s) names?.add(f);
        for (const f of stamps.keys()) if (!now.has(f)) names?.add(f);
        const changed = names === null || names.size > 0;
        stamps = now;
        if (changed) schedule();
      } catch (err) {
        log?.warn({ dir, err: (err as Error).message }, "corpus rescan failed; it is tried again later");
      } finally {
        rescanning = null;
      }
    })();
    return rescanning;
  };

  rootIno = statSync(dir, { throwIfNoEntry: false })?.ino ?? null;
  arm("");
  void stampAll()
    .then((s) => {
      stamps = s;
    })
    .catch(() => undefined);
  const periodic = rescanMs > 0 ? setInterval(() => void rescan(), rescanMs) : null;
  periodic?.unref();

  return {
    close(): void {
      closed = true;
      if (timer) clearTimeout(timer);
      if (periodic) clearInterval(periodic);
      disarm("");
    },
    rescan,
  };
}
