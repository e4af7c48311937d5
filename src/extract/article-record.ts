// The summary's record of one article: the metadata the corpus layer derived, plus its sentence count. Kept
// apart from the extraction entry so tests that replace the extractor can still build the same record.
import type { CleanArticle } from "../corpus/types.js";
import type { Article } from "../model/schema.js";

/** Longest label taken from a lead, in characters (before the "…"). */
export const DERIVED_TITLE_CHARS = 60;

/** A label from the lead of an article without a headline: its first sentence when short, else its first words
 * up to about 60 characters, cut at a word and ended with "…". Null for an empty body. */
export function titleFromLead(body: string): string | null {
  const first = body
    .split("\n")
    .find((p) => p.trim() !== "")
    ?.trim()
    .replace(/\s+/g, " ");
  if (!first) return null;
  const end = /[.!?](?=["”’)]?(\s|$))/.exec(first);
  const sentence = end ? first.slice(0, end.index) : first;
  if (sentence.length <= DERIVED_TITLE_CHARS) return sentence;
  const cut = sentence.slice(0, DERIVED_TITLE_CHARS + 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > DERIVED_TITLE_CHARS / 2 ? cut.slice(0, space) : cut.slice(0, DERIVED_TITLE_CHARS)).replace(/[\s,;:—–-]+$/, "")}…`;
}

/** The summary's record of an article: its metadata, as the corpus layer derived it, and for an article with
 * no headline a label from its lead. */
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
    // last: the summary database keeps it beside its columns and gives it back last, so a warm start prints
    // the same JSON as a cold build
    derivedTitle: doc.title === null ? titleFromLead(doc.body) : null,
  };
}
