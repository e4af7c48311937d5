// Reading a corpus folder: list the article files, read one (bytes + hash), parse and clean it.
import type { CleanArticle, LoadResult } from "./types.js";

export interface CorpusFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the corpus folder. */
  file: string;
}

export interface LoadOptions {
  /** Largest file accepted, in bytes (default 2 MB). */
  maxBytes?: number;
}

/** The article files of a corpus folder (.txt, .md, .html; not sidecar .meta.json), sorted by name. Throws
 * CorpusNotFoundError when the folder does not exist. */
export async function listCorpusFiles(_dir: string): Promise<CorpusFile[]> {
  throw new Error("not implemented yet");
}

/** Reads one article file: its bytes (and its sidecar's, for .txt) and a hash of both. */
export async function readArticleFile(_f: CorpusFile, _opts?: LoadOptions): Promise<{ bytes: Buffer; sidecar: Buffer | null; hash: string }> {
  throw new Error("not implemented yet");
}

/** Parses and cleans one article; throws ArticleSkipped (with the reason) for a file to skip. */
export function parseArticle(_f: CorpusFile, _bytes: Buffer, _sidecar: Buffer | null, _hash: string, _opts?: LoadOptions): CleanArticle {
  throw new Error("not implemented yet");
}

/** The whole corpus, every readable article, a warning for each skipped file. */
export async function loadCorpus(_dir: string, _opts?: LoadOptions): Promise<LoadResult> {
  throw new Error("not implemented yet");
}
