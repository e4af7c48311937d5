// Types shared by the extraction modules. Everything here is per article; actor keys are local to the
// article (`ArticleExtraction`) and become corpus-wide actor ids when the summary is merged.
import type { ActorKind, Article, EventDate, Span, StatementKind } from "../model/schema.js";

export interface Sentence {
  index: number;
  /** Offsets in the article body, end exclusive. `text === body.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph the sentence is in. */
  paragraph: number;
}

/** One place in the body where an actor is named or referred to. */
export interface Mention extends Span {
  actorKey: string;
  /** The words as written. */
  text: string;
  sentence: number;
  /** How the actor is referred to. */
  via: "name" | "alias" | "acronym" | "surname" | "title" | "metonym" | "descriptor";
}

export interface LocalActor {
  /** Unique within the article: the normalised canonical name, e.g. `rachid raha`. */
  key: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  roles: string[];
  mentions: Mention[];
  /** A source the text describes but does not name ("a police spokesman"): never merged across articles. */
  unnamed?: true;
}

/** Actors of one article, with the lookups that statements and events need. */
export interface ArticleActors {
  actors: LocalActor[];
  /** Mentions sorted by start offset. */
  mentions: Mention[];
  /** The actor a noun phrase as written refers to ("AMA President", "the Mauritanian president", "Raha",
   * "The regime in Bamako"), or undefined when it names no known actor. Never guesses between two. */
  resolve(phrase: string): LocalActor | undefined;
  /** Mentions that overlap [start, end). */
  mentionsIn(start: number, end: number): Mention[];
}

export interface LocalStatement {
  speakerKey: string | null;
  speakerText: string | null;
  kind: StatementKind;
  text: string;
  cue: string | null;
  addressee: string | null;
  addresseeKey: string | null;
  mentionKeys: string[];
  sentence: number;
  span: Span;
}

export interface LocalEvent {
  date: EventDate;
  summary: string;
  actorKeys: string[];
  placeKey: string | null;
  sentence: number;
  span: Span;
}

/** Everything extracted from one article: what the on-disk cache stores per article. */
export interface ArticleExtraction {
  article: Article;
  actors: (Omit<LocalActor, "mentions"> & { mentionCount: number })[];
  statements: LocalStatement[];
  events: LocalEvent[];
}
