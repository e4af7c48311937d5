// Stand-ins for the corpus loader, the extractor, the merge and the search index, so the build, cache and
// store are tested on their own: a corpus of `.txt` files whose first line is the title; a file starting with
// "SKIP" is refused by the loader, one whose body starts with "BOOM" makes the extractor throw, "HANG" makes
// it loop forever.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { CorpusFile } from "../../src/corpus/load.js";
import type { CleanArticle, LoadResult } from "../../src/corpus/types.js";
import type { ArticleExtraction } from "../../src/extract/types.js";
import { articleRecord } from "../../src/extract/article-record.js";
import type { LoadWarning, Summary } from "../../src/model/schema.js";

export class ArticleSkipped extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "ArticleSkipped";
  }
}

export function articleFormat(file: string): "txt" | "md" | "html" | null {
  const m = /\.(txt|md|html)$/.exec(file);
  return m ? (m[1] as "txt" | "md" | "html") : null;
}

export async function listCorpusFiles(dir: string): Promise<CorpusFile[]> {
  const names = (await readdir(dir)).filter((n) => /\.(txt|md|html)$/.test(n)).sort();
  return names.map((n) => ({ path: join(dir, n), file: relative(dir, join(dir, n)) }));
}

export async function readArticleFile(f: CorpusFile): Promise<{ bytes: Buffer; sidecar: Buffer | null; hash: string }> {
  const bytes = await readFile(f.path);
  return { bytes, sidecar: null, hash: createHash("sha256").update(bytes).digest("hex") };
}

export function parseArticle(f: CorpusFile, bytes: Buffer, _sidecar: Buffer | null, hash: string): CleanArticle {
  const text = bytes.toString("utf8");
  if (text.startsWith("SKIP")) throw new ArticleSkipped("refused by the fake loader");
  const [title = "", ...rest] = text.split("\n");
  return {
    id: f.file.replace(/\.[^.]+$/, ""),
    file: f.file,
    hash,
    format: "txt",
    title,
    source: null,
    byline: null,
    bylineRole: null,
    url: null,
    published: { value: null, basis: "none" },
    pageDate: null,
    body: rest.join("\n"),
  };
}

export async function loadCorpus(): Promise<LoadResult> {
  throw new Error("not used by the build");
}

/** One actor per capitalised word of the body. */
export function fakeExtract(doc: CleanArticle): ArticleExtraction {
  if (doc.body.startsWith("BOOM")) throw new Error("the fake extractor blew up");
  if (doc.body.startsWith("HANG")) for (;;); // an extractor bug that never returns (only ever run in a worker)
  const names = [...new Set(doc.body.match(/\b[A-Z][a-z]+\b/g) ?? [])];
  return {
    article: articleRecord(doc, 1),
    actors: names.map((n) => ({ key: n.toLowerCase(), name: n, kind: "person" as const, aliases: [], roles: [], mentionCount: 1 })),
    statements: [],
    events: [],
  };
}

export function fakeMerge(corpus: string, extractions: ArticleExtraction[], warnings: LoadWarning[]): Summary {
  const actors = new Map<string, Summary["actors"][number]>();
  for (const e of extractions)
    for (const a of e.actors) {
      const cur = actors.get(a.key) ?? { id: a.key, name: a.name, kind: a.kind, aliases: [], roles: [], articles: [], mentions: 0 };
      cur.articles.push(e.article.id);
      cur.mentions += a.mentionCount;
      actors.set(a.key, cur);
    }
  return {
    version: 1,
    corpus,
    articles: extractions.map((e) => e.article),
    actors: [...actors.values()],
    statements: [],
    events: [],
    warnings,
  };
}
