// Listing a corpus folder and reading one article file (its bytes, its sidecar's, and a hash of both), without
// parsing: a warm start lists the files and compares them with the cache, and must not load the parsers and
// cleaners (load.ts, loaded when an article is actually parsed). load.ts re-exports all of this.
import { createHash } from "node:crypto";
import fs, { promises as fsp } from "node:fs";
import { extname, sep } from "node:path";
import { DEFAULT_MAX_BYTES, tooLargeReason } from "./decode.js";
import { ArticleSkipped, CorpusNotFoundError } from "./errors.js";
import type { ArticleFormat } from "./types.js";
import { outsideReason, walkCorpus, type WalkLimits } from "./walk.js";

export const SIDECAR_SUFFIX = ".meta.json";

/** The sidecar path of an article path (`a/b.txt` → `a/b.meta.json`). */
export function sidecarPath(articlePath: string): string {
  return articlePath.replace(/\.[^./\\]+$/, "") + SIDECAR_SUFFIX;
}

export interface CorpusFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the corpus folder. */
  file: string;
  /** Set when the entry is listed only to be reported (outside the corpus folder, a loop, over a limit): why
   * it is not loaded. Reading it throws ArticleSkipped with this reason. */
  skip?: string;
}

export interface LoadOptions {
  /** Largest file accepted, in bytes (default 2 MB). */
  maxBytes?: number;
}

const FORMATS: Record<string, ArticleFormat> = { ".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html" };
/** The extensions of article files (a sidecar `NAME.meta.json` may sit beside any of them). */
export const ARTICLE_EXTENSIONS: readonly string[] = Object.keys(FORMATS);

export function articleFormat(file: string): ArticleFormat | null {
  if (file.endsWith(SIDECAR_SUFFIX)) return null;
  return FORMATS[extname(file).toLowerCase()] ?? null;
}

/** The article id: the path relative to the corpus without its extension ("000_b985…", "2023/story"). */
export function articleId(file: string): string {
  const noExt = file.slice(0, file.length - extname(file).length);
  return sep === "/" ? noExt : noExt.split(sep).join("/");
}

/** The article files of a corpus folder (.txt, .md, .html; not sidecar .meta.json), sorted by name. Throws
 * CorpusNotFoundError when the folder does not exist. Hidden files and folders are left out. The walk never
 * leaves the corpus folder (see walk.ts): entries that lead outside it, loop back, or pass the depth or file
 * limits are listed with a `skip` reason instead, so that loading them reports a warning naming them. */
export async function listCorpusFiles(dir: string, limits: WalkLimits = {}): Promise<CorpusFile[]> {
  let st;
  let realRoot;
  try {
    st = await fsp.stat(dir);
    realRoot = await fsp.realpath(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CorpusNotFoundError(dir, code === "EACCES" ? "cannot be read (permission denied)" : "does not exist");
  }
  if (!st.isDirectory()) throw new CorpusNotFoundError(dir, "is not a folder");
  const out: CorpusFile[] = await walkCorpus(dir, realRoot, (name) => articleFormat(name) !== null, limits);
  out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return out;
}

/** The corpus folder of a listed file (its path without its corpus-relative name), or null when the path does
 * not end with the name (a file made up by a test). */
function corpusRootOf(f: CorpusFile): string | null {
  if (!f.path.endsWith(f.file) || f.path.length === f.file.length) return null;
  return f.path.slice(0, f.path.length - f.file.length);
}

function readReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "unreadable: permission denied";
  if (code === "ENOENT") return "unreadable: the file disappeared while loading";
  if (code === "EISDIR") return "unreadable: it is a folder";
  return `unreadable: ${(e as Error).message ?? String(e)}`;
}

/** Reads one article file: its bytes (and its sidecar's, for .txt) and a hash of both. Throws ArticleSkipped
 * when the file cannot be read or is over the size limit (checked before reading).
 * The reads are synchronous: an article file is small, and on this kind of machine a synchronous stat + read
 * costs a few microseconds where the thread-pool round trips of fs.promises cost a quarter of a millisecond. */
export async function readArticleFile(
  f: CorpusFile,
  opts: LoadOptions = {},
): Promise<{ bytes: Buffer; sidecar: Buffer | null; hash: string }> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (f.skip) throw new ArticleSkipped(f.file, f.skip);
  // the boundary again at read time: a link made after the listing (the live store lists changed names itself)
  const root = corpusRootOf(f);
  const outside = root === null ? null : outsideReason(root, f.path);
  if (outside) throw new ArticleSkipped(f.file, outside);
  let bytes: Buffer;
  try {
    const st = fs.statSync(f.path);
    if (st.size > maxBytes) throw new ArticleSkipped(f.file, tooLargeReason(st.size, maxBytes));
    bytes = fs.readFileSync(f.path);
  } catch (e) {
    if (e instanceof ArticleSkipped) throw e;
    throw new ArticleSkipped(f.file, readReason(e));
  }
  let sidecar: Buffer | null = null;
  // every format may have one (a .md or .html page whose front matter or meta tags lack a field): a sidecar
  // beside it is read, and a broken one is reported, never passed over in silence
  {
    const path = sidecarPath(f.path);
    let outside: string | null = null;
    try {
      // most .txt files have no sidecar: look before reading rather than pay for an ENOENT error each time
      if (fs.statSync(path, { throwIfNoEntry: false }) !== undefined) {
        outside = root === null ? null : outsideReason(root, path);
        if (!outside) sidecar = fs.readFileSync(path);
      }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && code !== "ENOTDIR") throw new ArticleSkipped(f.file, `sidecar ${sidecarPath(f.file)} ${readReason(e)}`);
    }
    if (outside) throw new ArticleSkipped(f.file, `sidecar ${sidecarPath(f.file)} ${outside}`);
  }
  const h = createHash("sha256").update(bytes);
  if (sidecar) h.update("\0sidecar\0").update(sidecar);
  return { bytes, sidecar, hash: h.digest("hex") };
}
