// The fields of a record that have no column of their own ("rest"): stored as one JSON text per row (NULL when
// there are none) and put back on load, so a field the schema gains later (a derived title, an unnamed source's
// mark, a correction) survives the database without a new column or a new database format. Columns stay for
// what is indexed, searched or regrouped.

/** The rest of `rec`: its fields outside `known`, as JSON, or null when there are none. */
export function restOf(rec: object, known: ReadonlySet<string>): string | null {
  let out: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(rec)) {
    if (known.has(k) || v === undefined) continue;
    (out ??= {})[k] = v;
  }
  return out ? JSON.stringify(out) : null;
}

/** `base` with the stored rest put back (in place; returned for chaining). */
export function withRest<T extends object>(base: T, rest: unknown): T {
  if (typeof rest === "string" && rest !== "") Object.assign(base, JSON.parse(rest) as object);
  return base;
}

export const ARTICLE_COLUMNS = new Set([
  "id",
  "file",
  "hash",
  "title",
  "source",
  "byline",
  "url",
  "published",
  "pageDate",
  "sentenceCount",
]);
export const ACTOR_COLUMNS = new Set(["id", "name", "kind", "mentions", "aliases", "roles", "articles"]);
export const STATEMENT_COLUMNS = new Set([
  "id",
  "article",
  "speaker",
  "speakerText",
  "kind",
  "text",
  "cue",
  "addressee",
  "addresseeId",
  "sentence",
  "span",
  "mentions",
]);
export const EVENT_COLUMNS = new Set(["id", "article", "date", "summary", "place", "sentence", "span", "actors"]);
export const NODE_COLUMNS = new Set(["article", "idx", "file", "name", "kind", "aliases", "roles", "mentionCount", "context", "actor"]);
