// The tables of the summary database (one SQLite file per corpus in the cache folder). Plain SQL types
// (TEXT, INTEGER, BIGINT, DOUBLE PRECISION) and plain indexes, so that the same statements run on PostgreSQL;
// only the full-text tables (FTS5) and the PRAGMAs are SQLite's (see the README's PostgreSQL plan).
// What is written when is left to write.ts and live.ts, what is read to load.ts and nodes.ts.
// The lists of an actor, a statement and an event are kept twice: as rows (actor_names, actor_articles,
// mentions, event_actors: what queries by actor use) and as one JSON text column beside the record (what a
// warm start reads: one value instead of tens of thousands of rows).

/** Bumped when the tables change: a database of another layout is rebuilt from the corpus. */
export const DB_FORMAT = 3;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);

-- the per-article extraction cache, keyed by (code fingerprint, file, content hash): see cache.ts cacheKey
CREATE TABLE IF NOT EXISTS extractions (key TEXT PRIMARY KEY, file TEXT NOT NULL, hash TEXT NOT NULL, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS failures (key TEXT PRIMARY KEY, file TEXT NOT NULL, hash TEXT NOT NULL, reason TEXT NOT NULL);

-- every record table has a rest column: the fields of a record without a column of their own, as JSON (rest.ts)

-- the corpus as the summary last saw it: a file whose stat is unchanged is not read again
CREATE TABLE IF NOT EXISTS files (
  file TEXT PRIMARY KEY, hash TEXT, size BIGINT, mtime_ms DOUBLE PRECISION, ino BIGINT,
  sc_size BIGINT, sc_mtime_ms DOUBLE PRECISION, sc_ino BIGINT, skipped TEXT);

CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY, file TEXT NOT NULL UNIQUE, hash TEXT NOT NULL, title TEXT, source TEXT, byline TEXT, url TEXT,
  published TEXT, published_basis TEXT NOT NULL, page_date TEXT, sentence_count INTEGER NOT NULL, rest TEXT);

-- one row per local actor of an article, and the merged actor it belongs to (what an incremental merge regroups)
CREATE TABLE IF NOT EXISTS nodes (
  article TEXT NOT NULL, idx INTEGER NOT NULL, file TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
  aliases TEXT NOT NULL, roles TEXT NOT NULL, mention_count INTEGER NOT NULL, context TEXT NOT NULL, actor TEXT NOT NULL,
  rest TEXT, PRIMARY KEY (article, idx));
CREATE INDEX IF NOT EXISTS nodes_actor ON nodes (actor);
CREATE TABLE IF NOT EXISTS node_keys (key TEXT NOT NULL, article TEXT NOT NULL, idx INTEGER NOT NULL, PRIMARY KEY (key, article, idx));
CREATE INDEX IF NOT EXISTS node_keys_article ON node_keys (article);

-- merged actors in summary order (first_file, first_idx: where the actor first appears)
CREATE TABLE IF NOT EXISTS actors (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, mentions INTEGER NOT NULL,
  first_file TEXT NOT NULL, first_idx INTEGER NOT NULL,
  aliases_json TEXT NOT NULL, roles_json TEXT NOT NULL, articles_json TEXT NOT NULL, rest TEXT);
CREATE INDEX IF NOT EXISTS actors_first ON actors (first_file, first_idx);
-- aliases (role = 0) and roles (role = 1) in order
CREATE TABLE IF NOT EXISTS actor_names (actor TEXT NOT NULL, role INTEGER NOT NULL, ord INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (actor, role, ord));
CREATE INDEX IF NOT EXISTS actor_names_text ON actor_names (text);
CREATE TABLE IF NOT EXISTS actor_articles (actor TEXT NOT NULL, ord INTEGER NOT NULL, article TEXT NOT NULL, PRIMARY KEY (actor, ord));
CREATE INDEX IF NOT EXISTS actor_articles_article ON actor_articles (article);

CREATE TABLE IF NOT EXISTS statements (
  rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, article TEXT NOT NULL, ord INTEGER NOT NULL, speaker TEXT,
  speaker_text TEXT, kind TEXT NOT NULL, text TEXT NOT NULL, cue TEXT, addressee TEXT, addressee_id TEXT,
  sentence INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, mentions_json TEXT NOT NULL, rest TEXT);
CREATE INDEX IF NOT EXISTS statements_article ON statements (article, ord);
CREATE INDEX IF NOT EXISTS statements_speaker ON statements (speaker);
-- the actors a statement mentions
CREATE TABLE IF NOT EXISTS mentions (statement TEXT NOT NULL, ord INTEGER NOT NULL, actor TEXT NOT NULL, article TEXT NOT NULL,
  PRIMARY KEY (statement, ord));
CREATE INDEX IF NOT EXISTS mentions_actor ON mentions (actor);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article);

CREATE TABLE IF NOT EXISTS events (
  rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, article TEXT NOT NULL, ord INTEGER NOT NULL, date_value TEXT,
  date_precision TEXT NOT NULL, date_basis TEXT NOT NULL, date_written TEXT, summary TEXT NOT NULL, place TEXT,
  sentence INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, actors_json TEXT NOT NULL, rest TEXT);
CREATE INDEX IF NOT EXISTS events_article ON events (article, ord);
CREATE INDEX IF NOT EXISTS events_place ON events (place);
CREATE INDEX IF NOT EXISTS events_date ON events (date_value);
CREATE TABLE IF NOT EXISTS event_actors (event TEXT NOT NULL, ord INTEGER NOT NULL, actor TEXT NOT NULL, article TEXT NOT NULL,
  PRIMARY KEY (event, ord));
CREATE INDEX IF NOT EXISTS event_actors_actor ON event_actors (actor);
CREATE INDEX IF NOT EXISTS event_actors_article ON event_actors (article);

-- what /claims and /timeline search in (SQLite only; PostgreSQL: a tsvector column with a GIN index)
CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5 (text, speaker_text, cue);
CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5 (summary, date_written);
`;

/** The tables holding the summary (emptied before a full rewrite); the extraction cache is kept. */
export const SUMMARY_TABLES = [
  "files",
  "articles",
  "nodes",
  "node_keys",
  "actors",
  "actor_names",
  "actor_articles",
  "statements",
  "mentions",
  "events",
  "event_actors",
  "statements_fts",
  "events_fts",
];
