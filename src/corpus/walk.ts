// The corpus boundary: listing the article files of a corpus folder without ever leaving it. Every folder and
// every symbolic link is resolved to its real path; a link that leads outside the corpus folder's real path is
// not followed, a folder reached a second time (a loop such as `ln -s . again`, or a second link to the same
// folder) is not read again, a file reached twice through links is listed once, and the walk stops at a depth
// and a file-count limit. Each such entry is listed with a `skip` reason, so the loader turns it into a warning
// naming the entry. Reading the files is left to load.ts, which checks the boundary again at read time (for
// files that appear after the listing, as the live store adds them).
import { realpathSync } from "node:fs";
import { promises as fsp } from "node:fs";
import { join, relative, sep } from "node:path";

export interface CorpusEntry {
  /** Absolute path. */
  path: string;
  /** Path relative to the corpus folder. */
  file: string;
  /** Set when the entry is listed only to be reported: why it is not loaded. */
  skip?: string;
}

export interface WalkLimits {
  /** Deepest folder nesting read below the corpus folder (default 32). */
  maxDepth?: number;
  /** Most article files listed (default 100,000). */
  maxFiles?: number;
}

export const DEFAULT_MAX_DEPTH = 32;
export const DEFAULT_MAX_FILES = 100_000;

/** True when `real` (a real path) is `root` (a real path) or below it. */
export function isInside(root: string, real: string): boolean {
  if (real === root) return true;
  return real.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** Why `path` (inside the corpus folder `root` by name) may not be read: its real path is outside the real
 * path of `root`; null when it may be read or does not exist (the read reports that). Synchronous: two
 * realpath calls, a few microseconds. */
export function outsideReason(root: string, path: string): string | null {
  let realRoot: string;
  let real: string;
  try {
    realRoot = realpathSync.native(root);
    real = realpathSync.native(path);
  } catch {
    return null;
  }
  return isInside(realRoot, real) ? null : `links outside the corpus folder (to ${real}): not loaded`;
}

/** The article files below `dir` (whose real path is `realRoot`), in walk order, with skipped entries marked.
 * `isArticle` says which file names are articles; hidden names and node_modules are left out. */
export async function walkCorpus(
  dir: string,
  realRoot: string,
  isArticle: (name: string) => boolean,
  limits: WalkLimits = {},
): Promise<CorpusEntry[]> {
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxFiles = limits.maxFiles ?? DEFAULT_MAX_FILES;
  const out: CorpusEntry[] = [];
  /** Device and inode of each folder read (so bind mounts loop no more than links) → its corpus path. */
  const folders = new Map<string, string>();
  const folderKey = async (path: string): Promise<string | null> => {
    try {
      const st = await fsp.stat(path);
      return `${st.dev}:${st.ino}`;
    } catch {
      return null;
    }
  };
  const rootKey = await folderKey(realRoot);
  if (rootKey) folders.set(rootKey, ".");
  /** Real path of each file listed → the corpus path it was listed under. */
  const files = new Map<string, string>();
  let listed = 0;
  let capped = false;

  const walk = async (folder: string, realFolder: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await fsp.readdir(folder, { withFileTypes: true });
    } catch {
      return; // an unreadable sub-folder: its files cannot be listed, the rest can
    }
    // plain entries before links, so a folder or file is listed under its own name rather than a link's
    entries.sort((a, b) => Number(a.isSymbolicLink()) - Number(b.isSymbolicLink()) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (capped) return;
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const path = join(folder, e.name);
      const file = relative(dir, path);
      let real = join(realFolder, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          real = await fsp.realpath(path);
          const t = await fsp.stat(real);
          isDir = t.isDirectory();
          isFile = t.isFile();
        } catch {
          continue; // a dangling link (or a link loop the system refuses to resolve): nothing to read
        }
        if (!isInside(realRoot, real)) {
          if (isDir || (isFile && isArticle(e.name)))
            out.push({ path, file, skip: `links outside the corpus folder (to ${real}): not loaded` });
          continue;
        }
      }
      if (isDir) {
        const key = await folderKey(real);
        if (key === null) continue; // gone since it was listed
        const seen = folders.get(key);
        if (seen !== undefined) {
          out.push({
            path,
            file,
            skip: `leads back to the folder ${seen === "." ? "the corpus folder" : seen} (a link loop or a second link): not read again`,
          });
          continue;
        }
        if (depth >= maxDepth) {
          out.push({ path, file, skip: `folder nested deeper than ${maxDepth} levels: not read` });
          continue;
        }
        folders.set(key, file);
        await walk(path, real, depth + 1);
      } else if (isFile && isArticle(e.name)) {
        const seen = files.get(real);
        if (seen !== undefined) {
          out.push({ path, file, skip: `the same file as ${seen} (through a link): loaded once, as ${seen}` });
          continue;
        }
        if (listed >= maxFiles) {
          if (!capped)
            out.push({ path, file, skip: `the corpus has more than ${maxFiles} article files: this one and the rest are not loaded` });
          capped = true;
          continue;
        }
        files.set(real, file);
        listed++;
        out.push({ path, file });
      }
    }
  };
  await walk(dir, realRoot, 0);
  return out;
}
