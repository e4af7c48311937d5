// Reading a corpus folder: list the article files, read one (bytes + hash), parse and clean it.
// Reading and parsing are separate so the cache can hash a file and skip parsing when nothing changed; listing
// and reading live in files.ts (re-exported here), which loads none of the parsers.
import { cleanBlocks, type Block, type CleanOptions } from "./chrome.js";
import { DEFAULT_MAX_BYTES, decodeText, stripBidi } from "./decode.js";
import { ArticleSkipped } from "./errors.js";
import { articleFormat, articleId, type CorpusFile, listCorpusFiles, type LoadOptions, readArticleFile } from "./files.js";
import { parseHtml } from "./formats/html.js";
import { parseMarkdown } from "./formats/markdown.js";
import { textBlocks } from "./formats/txt.js";
import { deriveMeta } from "./metadata.js";
import { mergeMetaFields, type MetaFields } from "./metafields.js";
import { parseSidecar } from "./sidecar.js";
import type { CleanArticle, LoadResult } from "./types.js";

export {
  ARTICLE_EXTENSIONS,
  articleFormat,
  articleId,
  type CorpusFile,
  listCorpusFiles,
  type LoadOptions,
  readArticleFile,
  SIDECAR_SUFFIX,
  sidecarPath,
} from "./files.js";

/** Parses and cleans one article; throws ArticleSkipped (with the reason) for a file to skip. */
export function parseArticle(f: CorpusFile, bytes: Buffer, sidecar: Buffer | null, hash: string, opts: LoadOptions = {}): CleanArticle {
  try {
    return parseOrThrow(f, bytes, sidecar, hash, opts);
  } catch (e) {
    if (e instanceof ArticleSkipped) throw e;
    // a parser library tripping over a malformed file: skip the file, say why, keep loading the rest
    throw new ArticleSkipped(f.file, `could not be parsed (${e instanceof Error ? e.message : String(e)})`);
  }
}

function parseOrThrow(f: CorpusFile, bytes: Buffer, sidecar: Buffer | null, hash: string, opts: LoadOptions): CleanArticle {
  const format = articleFormat(f.file);
  if (!format) throw new ArticleSkipped(f.file, "not an article file (expected .txt, .md or .html)");
  const text = decodeText(f.file, bytes, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  let meta: MetaFields = {};
  let blocks: Block[];
  let chromeDate: string | null = null;
  const cleanOpts: CleanOptions = {};
  if (format === "md") {
    const doc = parseMarkdown(f.file, text);
    meta = doc.meta;
    blocks = doc.blocks;
    cleanOpts.joinLines = true;
  } else if (format === "html") {
    const doc = parseHtml(text);
    meta = doc.meta;
    blocks = doc.blocks;
    chromeDate = doc.pageDate;
    cleanOpts.joinLines = true;
  } else {
    blocks = textBlocks(text);
  }
  if (sidecar) meta = mergeMetaFields(meta, parseSidecar(f.file, sidecar));
  cleanOpts.knownTitle = meta.title ?? null;
  const clean = cleanBlocks(blocks, cleanOpts);
  clean.pageDate ??= chromeDate;
  const body = clean.paragraphs.join("\n\n");
  if (body.trim() === "") throw new ArticleSkipped(f.file, "no article text left after removing page chrome");
  const derived = deriveMeta(meta, clean);
  // bidirectional controls go here, once, after every parser has decoded its entities: no layer sees them
  for (const k of ["title", "source", "byline", "bylineRole", "url"] as const) {
    const v = derived[k];
    if (v) derived[k] = stripBidi(v) || null;
  }
  const plain = stripBidi(body);
  if (plain.trim() === "") throw new ArticleSkipped(f.file, "no article text left after removing page chrome");
  return { id: articleId(f.file), file: f.file, hash, format, body: plain, ...derived };
}

/** Runs `fn` over `items` with at most `limit` at a time, keeping the order of results. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The whole corpus, every readable article, a warning for each skipped file. Throws CorpusNotFoundError
 * when the folder does not exist; nothing else escapes. */
export async function loadCorpus(dir: string, opts: LoadOptions = {}): Promise<LoadResult> {
  const files = await listCorpusFiles(dir);
  const warnings: LoadResult["warnings"] = [];
  const loaded = await mapLimit(files, 32, async (f) => {
    try {
      const { bytes, sidecar, hash } = await readArticleFile(f, opts);
      return parseArticle(f, bytes, sidecar, hash, opts);
    } catch (e) {
      warnings.push({
        file: f.file,
        reason: e instanceof ArticleSkipped ? e.reason : `could not be parsed: ${(e as Error)?.message ?? String(e)}`,
      });
      return null;
    }
  });
  const articles: CleanArticle[] = [];
  const seen = new Map<string, string>();
  for (const a of loaded) {
    if (!a) continue;
    const first = seen.get(a.id);
    if (first !== undefined) {
      warnings.push({ file: a.file, reason: `duplicate article id "${a.id}" (already loaded from ${first}): rename one of them` });
      continue;
    }
    seen.set(a.id, a.file);
    articles.push(a);
  }
  warnings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { articles, warnings };
}
