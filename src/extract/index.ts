// One article in, everything extracted from it out: sentences, actors, statements, events. Pure and
// deterministic: the same article always gives the same extraction, which is what the cache relies on.
import type { CleanArticle } from "../corpus/types.js";
import { extractActors } from "./actors.js";
import { extractEvents } from "./events.js";
import { splitSentences } from "./sentences.js";
import { extractStatements } from "./statements.js";
import type { ArticleExtraction } from "./types.js";
import type { Article } from "../summary/schema.js";

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

export function extractArticle(doc: CleanArticle): ArticleExtraction {
  const sentences = splitSentences(doc.body);
  const actors = extractActors(doc, sentences);
  const statements = extractStatements(doc, sentences, actors);
  const events = extractEvents(doc, sentences, actors);
  return {
    article: articleRecord(doc, sentences.length),
    actors: actors.actors.map(({ mentions, ...rest }) => ({ ...rest, mentionCount: mentions.length })),
    statements,
    events,
  };
}
