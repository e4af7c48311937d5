// The structured summary: the one contract between extraction, search, the command handlers and the JSON
// output (`newsdesk summary --json`). Field names here are read by scripts outside the project: keep them.
import { z } from "zod";
import { ACTOR_KINDS, DATE_BASES, DATE_PRECISIONS, PUBLISHED_BASES, STATEMENT_KINDS } from "./kinds.js";

/** Where an article's publication date came from. `page-header` is a date found in page chrome: it may be the
 * day the page was shown rather than the day the story was published. */
export const PublishedBasis = z.enum(PUBLISHED_BASES);
export type PublishedBasis = z.infer<typeof PublishedBasis>;

export const Published = z.object({
  /** ISO date `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`), or null when unknown. */
  value: z.string().nullable(),
  basis: PublishedBasis,
});
export type Published = z.infer<typeof Published>;

/** A character span in the article's clean body text (`CleanArticle.body`), end exclusive. */
export const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof Span>;

export const Article = z.object({
  /** The file name without its extension. */
  id: z.string(),
  title: z.string().nullable(),
  /** For an article with no headline (`title` null): its lead's opening words, to show instead of the file id
   * and always marked as derived ("(no headline)"); null or absent when the article has a title. */
  derivedTitle: z.string().nullable().optional(),
  source: z.string().nullable(),
  byline: z.string().nullable(),
  url: z.string().nullable(),
  published: Published,
  /** A date seen in page chrome (weather line, date banner), kept apart from `published`. */
  pageDate: z.string().nullable(),
  /** Path of the file relative to the corpus folder. */
  file: z.string(),
  /** sha256 of the file's bytes: the cache key. */
  hash: z.string(),
  /** How many sentences the clean story has; statement and event `sentence` indexes are below this. */
  sentenceCount: z.number().int().nonnegative(),
});
export type Article = z.infer<typeof Article>;

/** A fact an editor corrected (src/corrections): what, by whom, when and why. Answers show it. */
export const CorrectionMark = z.object({
  /** The correction's kind (`speaker`, `date`, `kind`, `alias-add`, …). */
  kind: z.string(),
  /** Who made it, as shown ("@editor" or a command-line user). */
  by: z.string(),
  /** ISO timestamp. */
  at: z.string(),
  why: z.string(),
});
export type CorrectionMark = z.infer<typeof CorrectionMark>;

/** A key that survives re-extraction and edits elsewhere in the article (src/summary/keys.ts): what
 * corrections target. The merge sets it on every item; optional only so hand-made summaries may leave it out. */
const StableKey = z.string().optional();

export const ActorKind = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof ActorKind>;

export const Actor = z.object({
  /** Stable id derived from the canonical name (`rachid-raha`), unique in the summary. */
  id: z.string(),
  key: StableKey,
  name: z.string(),
  kind: ActorKind,
  /** Other names as written: acronyms, surnames, title phrases, metonyms. Never contains `name`. */
  aliases: z.array(z.string()),
  /** Roles from appositions and titles ("President of the Amazigh World Assembly", "author"). */
  roles: z.array(z.string()),
  /** Ids of the articles the actor appears in. */
  articles: z.array(z.string()),
  /** How many times the actor is mentioned across the corpus (names, aliases, resolved pronouns). */
  mentions: z.number().int().nonnegative(),
  /** A source the article describes but does not name ("a police spokesman — unnamed"); such an actor belongs
   * to its one article: two unnamed sources in two articles are two actors. */
  unnamed: z.literal(true).optional(),
  /** Set when an editor corrected the actor (kind, aliases, merge, split). */
  correction: CorrectionMark.optional(),
});
export type Actor = z.infer<typeof Actor>;

export const StatementKind = z.enum(STATEMENT_KINDS);
export type StatementKind = z.infer<typeof StatementKind>;

export const Statement = z.object({
  /** `ARTICLE:sN`, unique in the summary. */
  id: z.string(),
  key: StableKey,
  /** Actor id of the speaker, or null when the speaker is not clear. Never a guess. */
  speaker: z.string().nullable(),
  /** The speaker as the text writes it ("AMA President", "he"), or null. */
  speakerText: z.string().nullable(),
  kind: StatementKind,
  /** The words: the quote without its quote marks (direct) or the reported content (indirect). */
  text: z.string(),
  /** The verb of saying as written ("told", "explains", "according to"), or null for a quote with no verb. */
  cue: z.string().nullable(),
  /** Who it was said to ("Yabiladi" in "told Yabiladi"), as written, or null. */
  addressee: z.string().nullable(),
  /** Actor id of the addressee when it resolves, else null. */
  addresseeId: z.string().nullable(),
  /** Actor ids mentioned in the statement's text. */
  mentions: z.array(z.string()),
  article: z.string(),
  /** Index of the sentence the statement starts in, counted from 0 (the first sentence is 0). People are shown
   * it counted from 1: text and Discord say "sentence 4" for index 3. */
  sentence: z.number().int().nonnegative(),
  /** Span of the statement's text in the article body. */
  span: Span,
  /** Set when an editor corrected the statement (its speaker). */
  correction: CorrectionMark.optional(),
});
export type Statement = z.infer<typeof Statement>;

export const DatePrecision = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof DatePrecision>;

export const DateBasis = z.enum(DATE_BASES);
export type DateBasis = z.infer<typeof DateBasis>;

export const EventDate = z.object({
  /** `2023-12-08`, `2023-12`, `2015`, `--12-01` (day and month, year unknown), or null. */
  value: z.string().nullable(),
  precision: DatePrecision,
  basis: DateBasis,
  /** The words as written ("on Friday", "since 2020"), or null when undated. */
  asWritten: z.string().nullable(),
});
export type EventDate = z.infer<typeof EventDate>;

export const Event = z.object({
  /** `ARTICLE:eN`, unique in the summary. */
  id: z.string(),
  key: StableKey,
  date: EventDate,
  /** One line saying what happened. */
  summary: z.string(),
  /** Actor ids taking part. */
  actors: z.array(z.string()),
  /** Actor id of the place where it happened, or null. */
  place: z.string().nullable(),
  article: z.string(),
  /** Index of the event's sentence, counted from 0, like a statement's (people are shown it counted from 1). */
  sentence: z.number().int().nonnegative(),
  span: Span,
  /** Set when an editor corrected the event (its date). */
  correction: CorrectionMark.optional(),
});
export type Event = z.infer<typeof Event>;

export const LoadWarning = z.object({ file: z.string(), reason: z.string() });
export type LoadWarning = z.infer<typeof LoadWarning>;

export const Summary = z.object({
  /** Bumped whenever the extraction changes what it produces: old caches are then rebuilt. */
  version: z.number().int(),
  corpus: z.string(),
  articles: z.array(Article),
  actors: z.array(Actor),
  statements: z.array(Statement),
  events: z.array(Event),
  warnings: z.array(LoadWarning),
});
export type Summary = z.infer<typeof Summary>;
