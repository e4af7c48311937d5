// One article in, everything extracted from it out: sentences, actors, statements, events. Pure and
// deterministic: the same article always gives the same extraction, which is what the cache relies on.
import type { CleanArticle } from "../corpus/types.js";
import { extractActors } from "./actors.js";
import { extractEvents } from "./events.js";
import { splitSentences } from "./sentences.js";
import { extractStatements } from "./statements.js";
import type { ArticleExtraction } from "./types.js";
import { articleRecord } from "./article-record.js";

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
