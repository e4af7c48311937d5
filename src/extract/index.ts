// One article in, everything extracted from it out: sentences, actors, statements, events. Pure and
// deterministic: the same article always gives the same extraction, which is what the cache relies on.
import type { CleanArticle } from "../corpus/types.js";
import { extractActors } from "./actors.js";
import { extractEvents } from "./events.js";
import { splitSentences } from "./sentences.js";
import { extractStatements } from "./statements.js";
import type { ArticleExtraction } from "./types.js";
import { articleRecord } from "./article-record.js";
import { countryOf } from "./actors/lexicon-match.js";

export function extractArticle(page: CleanArticle): ArticleExtraction {
  const doc = withLedeWordCased(page);
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

/** "MALI’s military rulers said …": some pages set the story's first word in capitals. A country, capital or
 * nationality so written is read as the name it is; the length is the same, so every offset holds. */
function withLedeWordCased(doc: CleanArticle): CleanArticle {
  const m = /^(\p{Lu}{3,})(?=['’]s\b|\s)/u.exec(doc.body);
  if (!m || !countryOf(m[1]!)) return doc;
  const word = m[1]!;
  return { ...doc, body: word[0] + word.slice(1).toLowerCase() + doc.body.slice(word.length) };
}
