// Reading the summary back from its rows (a warm start): articles, actors with their names, roles and
// articles, statements with mentions, events with actors, in the order a merge gives them (corpus order; actors
// by where they first appear). Rows are read raw (arrays, no per-row objects) in table order (one article's
// rows are always written together and in order); the lists of an actor, statement or event come from their
// JSON columns, not from the tables of rows that queries by actor use.
import type {
  Actor,
  ActorKind,
  Article,
  DateBasis,
  DatePrecision,
  Event,
  LoadWarning,
  PublishedBasis,
  Statement,
  StatementKind,
  Summary,
} from "../../model/schema.js";
import { assignActorKeys, assignRecordKeys } from "../../summary/keys.js";
import { SUMMARY_VERSION } from "../../summary/merge.js";
import { compareNodes } from "../../summary/partition.js";
import type { Db } from "./database.js";
import { withRest } from "./rest.js";

/** The summary, and what the live store keeps beside it: where each actor first appears, and each article's
 * records (so that a change replaces one article's without touching the others). */
export interface LoadedSummary {
  summary: Summary;
  actorFirst: { file: string; idx: number }[];
  records: Map<string, { statements: Statement[]; events: Event[] }>;
}

type Row = unknown[];
const all = (db: Db, sql: string): Row[] => db.prepare(sql).raw().all() as Row[];

export function loadSummary(db: Db, corpus: string): LoadedSummary {
  const articles: Article[] = all(
    db,
    "SELECT id, title, source, byline, url, published, published_basis, page_date, file, hash, sentence_count, rest FROM articles",
  ).map((r) =>
    withRest<Article>(
      {
        id: r[0] as string,
        title: r[1] as string | null,
        source: r[2] as string | null,
        byline: r[3] as string | null,
        url: r[4] as string | null,
        published: { value: r[5] as string | null, basis: r[6] as PublishedBasis },
        pageDate: r[7] as string | null,
        file: r[8] as string,
        hash: r[9] as string,
        sentenceCount: r[10] as number,
      },
      r[11],
    ),
  );
  articles.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const list = (json: unknown) => JSON.parse(json as string) as string[];
  const actorRows = all(
    db,
    "SELECT id, name, kind, mentions, first_file, first_idx, aliases_json, roles_json, articles_json, rest FROM actors",
  ).map((r) => ({
    first: { file: r[4] as string, idx: r[5] as number },
    actor: withRest<Actor>(
      {
        id: r[0] as string,
        name: r[1] as string,
        kind: r[2] as ActorKind,
        aliases: list(r[6]),
        roles: list(r[7]),
        articles: list(r[8]),
        mentions: r[3] as number,
      },
      r[9],
    ),
  }));
  actorRows.sort((a, b) => compareNodes(a.first, b.first));

  const records = new Map<string, { statements: Statement[]; events: Event[] }>();
  for (const a of articles) records.set(a.id, { statements: [], events: [] });
  for (const r of all(
    db,
    "SELECT id, speaker, speaker_text, kind, text, cue, addressee, addressee_id, article, sentence, span_start, span_end, mentions_json, rest FROM statements",
  )) {
    const s: Statement = {
      id: r[0] as string,
      speaker: r[1] as string | null,
      speakerText: r[2] as string | null,
      kind: r[3] as StatementKind,
      text: r[4] as string,
      cue: r[5] as string | null,
      addressee: r[6] as string | null,
      addresseeId: r[7] as string | null,
      mentions: list(r[12]),
      article: r[8] as string,
      sentence: r[9] as number,
      span: { start: r[10] as number, end: r[11] as number },
    };
    withRest(s, r[13]);
    records.get(s.article)?.statements.push(s);
  }
  for (const r of all(
    db,
    "SELECT id, date_value, date_precision, date_basis, date_written, summary, place, article, sentence, span_start, span_end, actors_json, rest FROM events",
  )) {
    const e: Event = {
      id: r[0] as string,
      date: { value: r[1] as string | null, precision: r[2] as DatePrecision, basis: r[3] as DateBasis, asWritten: r[4] as string | null },
      summary: r[5] as string,
      actors: list(r[11]),
      place: r[6] as string | null,
      article: r[7] as string,
      sentence: r[8] as number,
      span: { start: r[9] as number, end: r[10] as number },
    };
    withRest(e, r[12]);
    records.get(e.article)?.events.push(e);
  }
  const warnings: LoadWarning[] = all(db, "SELECT file, skipped FROM files WHERE skipped IS NOT NULL")
    .map((r) => ({ file: r[0] as string, reason: r[1] as string }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const summary = assemble(
    corpus,
    articles,
    actorRows.map((r) => r.actor),
    records,
    warnings,
  );
  return { summary, actorFirst: actorRows.map((r) => r.first), records };
}

/** A summary from its parts: statements and events concatenated in article order. */
export function assemble(
  corpus: string,
  articles: Article[],
  actors: Actor[],
  records: Map<string, { statements: Statement[]; events: Event[] }>,
  warnings: LoadWarning[],
): Summary {
  const statements: Statement[] = [];
  const events: Event[] = [];
  for (const a of articles) {
    const r = records.get(a.id);
    if (!r) continue;
    // stable keys (what corrections target): restored from the rows; an article's new records get theirs here
    // (a record key can only clash within its article, so one article at a time gives the same keys)
    if (r.statements.some((s) => s.key === undefined) || r.events.some((e) => e.key === undefined))
      assignRecordKeys(r.statements, r.events);
    for (const s of r.statements) statements.push(s);
    for (const e of r.events) events.push(e);
  }
  assignActorKeys(actors);
  return { version: SUMMARY_VERSION, corpus, articles, actors, statements, events, warnings };
}
