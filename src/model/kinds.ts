// The summary's closed lists of values (actor kinds, statement kinds, date precisions and bases) as plain
// constant arrays, without zod: runtime code that only needs a list or a membership check (the corrections,
// the /correct definition, the command line's read path) imports them from here and never loads zod.
// schema.ts builds its enums from these same arrays, so the contract and the lists cannot drift apart.

/** Where an article's publication date came from (see `PublishedBasis` in schema.ts). */
export const PUBLISHED_BASES = ["metadata", "dateline", "page-header", "none"] as const;

export const ACTOR_KINDS = ["person", "organization", "armed-group", "government", "media", "country", "place", "ethnic-group"] as const;

export const STATEMENT_KINDS = ["direct", "indirect"] as const;

export const DATE_PRECISIONS = ["day", "month", "year", "month-day", "none"] as const;

export const DATE_BASES = [
  "explicit",
  "relative-to-publication",
  "relative-to-page-date",
  "year-from-publication",
  /** A relative date ("on Friday") with no reference date to resolve it against. */
  "unresolved",
  /** No date in the text at all. */
  "none",
] as const;

/** Whether `v` is one of `list` (narrowing it to the list's values). */
export function isOneOf<T extends string>(list: readonly T[], v: unknown): v is T {
  return typeof v === "string" && (list as readonly string[]).includes(v);
}
