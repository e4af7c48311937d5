// The summary's record of one article: the metadata the corpus layer derived, plus its sentence count. Kept
// apart from the extraction entry so tests that replace the extractor can still build the same record.
import type { CleanArticle } from "../corpus/types.js";
import type { Article } from "../model/schema.js";

/** The summary's record of an article: its metadata, as the corpus layer derived it. */
export function articleRecord(doc: CleanArticle, sentenceCount: number): Article {
  return {
    id: doc.id,
    title: doc.title,
    source: doc.source,
    byline: doc.byline,
    url: doc.url,
    published: doc.published,
    pageDate: doc.pageDate,
    file: doc.file,
    hash: doc.hash,
    sentenceCount,
  };
}
