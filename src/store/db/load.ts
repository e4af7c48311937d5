// Reading the summary back from its rows (a warm start): articles, actors with their names, roles and
// articles, statements with mentions, events with actors, in the order a merge gives them (corpus order; actors
// by where they first appear). Rows are read raw (arrays, no per-row objects), in table order (one article's,
// one actor's or one statement's rows are always written together and in order), and grouped in one pass each.
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
import { SUMMARY_VERSION } from "../../summary/merge.js";
import { compareNodes } from "../../summary/partition.js";
import type { Db } from "./database.js";

/** The summary, and what the live store keeps beside it: where each actor first appears, and each article's
 * records (so that a change replaces one article's without touching the others). */
export interface LoadedSummary {
  summary: Summary;
  actorFirst: { file: string; idx: number }[];
  records: Map<string, { statements: Statement[]; events: Event[] }>;
}

type Row = unknown[];
const all = (db: Db, sql: string): Row[] => db.prepare(sql).raw().all() as Row[];

/** Groups rows `[key, ord, value]` into lists by key. The rows are read in table order, without ORDER BY (a
 * sequential scan instead of an index walk): each key's rows are always inserted together and in order
 * (write.ts), so table order keeps them in order. */
function grouped(rows: Row[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let cur: string[] | undefined;
  let curKey = "";
  for (const r of rows) {
    const k = r[0] as string;
    if (k !== curKey || !cur) {
      curKey = k;
      cur = out.get(k);
      if (!cur) out.set(k, (cur = []));
    }
    cur.push(r[2] as string);
  }
  return out;
}

export function loadSummary(db: Db, corpus: string): LoadedSummary {
  const articles: Article[] = all(
    db,
    "SELECT id, title, source, byline, url, published, published_basis, page_date, file, hash, sentence_count FROM articles",
  ).map((r) => ({
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
  }));
  articles.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const aliases = grouped(all(db, "SELECT actor, ord, text FROM actor_names WHERE role = 0"));
  const roles = grouped(all(db, "SELECT actor, ord, text FROM actor_names WHERE role = 1"));
  const actorArticles = grouped(all(db, "SELECT actor, ord, article FROM actor_articles"));
  const actorRows = all(db, "SELECT id, name, kind, mentions, first_file, first_idx FROM actors").map((r) => ({
    first: { file: r[4] as string, idx: r[5] as number },
    actor: {
      id: r[0] as string,
      name: r[1] as string,
      kind: r[2] as ActorKind,
      aliases: aliases.get(r[0] as string) ?? [],
      roles: roles.get(r[0] as string) ?? [],
      articles: actorArticles.get(r[0] as string) ?? [],
      mentions: r[3] as number,
    } satisfies Actor,
  }));
  actorRows.sort((a, b) => compareNodes(a.first, b.first));

  const records = new Map<string, { statements: Statement[]; events: Event[] }>();
  for (const a of articles) records.set(a.id, { statements: [], events: [] });
  const mentions = grouped(all(db, "SELECT statement, ord, actor FROM mentions"));
  for (const r of all(
    db,
    "SELECT id, speaker, speaker_text, kind, text, cue, addressee, addressee_id, article, sentence, span_start, span_end FROM statements",
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
      mentions: mentions.get(r[0] as string) ?? [],
      article: r[8] as string,
      sentence: r[9] as number,
      span: { start: r[10] as number, end: r[11] as number },
    };
    records.get(s.article)?.statements.push(s);
  }
  const eventActors = grouped(all(db, "SELECT event, ord, actor FROM event_actors"));
  for (const r of all(
    db,
    "SELECT id, date_value, date_precision, date_basis, date_written, summary, place, article, sentence, span_start, span_end FROM events",
  )) {
    const e: Event = {
      id: r[0] as string,
      date: { value: r[1] as string | null, precision: r[2] as DatePrecision, basis: r[3] as DateBasis, asWritten: r[4] as string | null },
      summary: r[5] as string,
      actors: eventActors.get(r[0] as string) ?? [],
      place: r[6] as string | null,
      article: r[7] as string,
      sentence: r[8] as number,
      span: { start: r[9] as number, end: r[10] as number },
    };
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
    for (const s of r.statements) statements.push(s);
    for (const e of r.events) events.push(e);
  }
  return { version: SUMMARY_VERSION, corpus, articles, actors, statements, events, warnings };
}
