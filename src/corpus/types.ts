// What the corpus layer hands to extraction: one article, its metadata derived, its page chrome removed.
import type { Published } from "../model/schema.js";

export type ArticleFormat = "txt" | "md" | "html";

export interface ArticleMeta {
  title: string | null;
  source: string | null;
  byline: string | null;
  /** The byline author's role when the page gives one ("Editor at World Weekly News"). */
  bylineRole: string | null;
  url: string | null;
  published: Published;
  /** A date found in page chrome (date banner), ISO `YYYY-MM-DD`, or null. */
  pageDate: string | null;
  /** The place of the story's dateline as written ("SALT LAKE CITY", "EAST LANSING, Mich."), cut from the body. */
  datelinePlace?: string | null;
}

export interface CleanArticle extends ArticleMeta {
  /** File name without extension. */
  id: string;
  /** Path relative to the corpus folder. */
  file: string;
  /** sha256 (hex) of the file's bytes. */
  hash: string;
  format: ArticleFormat;
  /** The story only: paragraphs joined by "\n\n"; no chrome, no sub-headings, no photo captions. All spans
   * in the summary index into this string. */
  body: string;
}

export interface LoadResult {
  articles: CleanArticle[];
  warnings: { file: string; reason: string }[];
}
