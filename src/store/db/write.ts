// Writing summary rows: one article's rows (the article, its statements with their mentions, its events with
// their actors, the full-text rows, its local actors and their merge keys), one merged actor's rows, a
// corpus file's stamp, and a whole summary at once. Callers wrap these in one transaction per change
// (live.ts, store.ts): readers of the file never see half of one.
import type { Actor, Article, Event, Statement, Summary } from "../../model/schema.js";
import { nodeKeys, type MergeNode } from "../../summary/partition.js";
import type { FileStamp } from "../cache.js";
import { markComplete, type Db } from "./database.js";
import { ACTOR_COLUMNS, ARTICLE_COLUMNS, EVENT_COLUMNS, NODE_COLUMNS, restOf, STATEMENT_COLUMNS } from "./rest.js";
import { SUMMARY_TABLES } from "./schema.js";

export interface FileRow {
  file: string;
  hash: string | null;
  stamp: FileStamp | null;
  skipped: string | null;
}

export class RowWriter {
  private readonly q;

  constructor(readonly db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.q = {
      article: p(
        "INSERT INTO articles (id, file, hash, title, source, byline, url, published, published_basis, page_date, sentence_count, rest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      statement: p(
        "INSERT INTO statements (id, article, ord, speaker, speaker_text, kind, text, cue, addressee, addressee_id, sentence, span_start, span_end, mentions_json, rest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      statementFts: p("INSERT INTO statements_fts (rowid, text, speaker_text, cue) VALUES (?, ?, ?, ?)"),
      mention: p("INSERT INTO mentions (statement, ord, actor, article) VALUES (?, ?, ?, ?)"),
      event: p(
        "INSERT INTO events (id, article, ord, date_value, date_precision, date_basis, date_written, summary, place, sentence, span_start, span_end, actors_json, rest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      eventFts: p("INSERT INTO events_fts (rowid, summary, date_written) VALUES (?, ?, ?)"),
      eventActor: p("INSERT INTO event_actors (event, ord, actor, article) VALUES (?, ?, ?, ?)"),
      node: p(
        "INSERT INTO nodes (article, idx, file, name, kind, aliases, roles, mention_count, context, actor, rest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      nodeKey: p("INSERT INTO node_keys (key, article, idx) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
      nodeActor: p("UPDATE nodes SET actor = ? WHERE article = ? AND idx = ?"),
      actor: p(
        "INSERT INTO actors (id, name, kind, mentions, first_file, first_idx, aliases_json, roles_json, articles_json, rest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      actorName: p("INSERT INTO actor_names (actor, role, ord, text) VALUES (?, ?, ?, ?)"),
      actorArticle: p("INSERT INTO actor_articles (actor, ord, article) VALUES (?, ?, ?)"),
      file: p(
        "INSERT INTO files (file, hash, size, mtime_ms, ino, sc_size, sc_mtime_ms, sc_ino, skipped) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (file) DO UPDATE SET hash = excluded.hash, size = excluded.size, mtime_ms = excluded.mtime_ms, ino = excluded.ino, sc_size = excluded.sc_size, sc_mtime_ms = excluded.sc_mtime_ms, sc_ino = excluded.sc_ino, skipped = excluded.skipped",
      ),
      deleteFile: p("DELETE FROM files WHERE file = ?"),
      deleteStatementFts: p("DELETE FROM statements_fts WHERE rowid IN (SELECT rid FROM statements WHERE article = ?)"),
      deleteEventFts: p("DELETE FROM events_fts WHERE rowid IN (SELECT rid FROM events WHERE article = ?)"),
      deleteByArticle: ["statements", "mentions", "events", "event_actors"].map((t) => p(`DELETE FROM ${t} WHERE article = ?`)),
      deleteNodes: [p("DELETE FROM nodes WHERE article = ?"), p("DELETE FROM node_keys WHERE article = ?")],
      deleteArticle: p("DELETE FROM articles WHERE id = ?"),
      deleteActor: ["actors WHERE id", "actor_names WHERE actor", "actor_articles WHERE actor"].map((t) => p(`DELETE FROM ${t} = ?`)),
    };
  }

  article(a: Article): void {
    this.q.article.run(
      a.id,
      a.file,
      a.hash,
      a.title,
      a.source,
      a.byline,
      a.url,
      a.published.value,
      a.published.basis,
      a.pageDate,
      a.sentenceCount,
      restOf(a, ARTICLE_COLUMNS),
    );
  }

  /** One article's statements and events (with mentions, event actors and full-text rows). */
  records(statements: readonly Statement[], events: readonly Event[]): void {
    const q = this.q;
    // ord: the place in the article (the lists may hold many articles, each in reading order)
    let art = "";
    let i = 0;
    statements.forEach((s) => {
      i = s.article === art ? i + 1 : 0;
      art = s.article;
      const r = q.statement.run(
        s.id,
        s.article,
        i,
        s.speaker,
        s.speakerText,
        s.kind,
        s.text,
        s.cue,
        s.addressee,
        s.addresseeId,
        s.sentence,
        s.span.start,
        s.span.end,
        JSON.stringify(s.mentions),
        restOf(s, STATEMENT_COLUMNS),
      );
      q.statementFts.run(r.lastInsertRowid, s.text, s.speakerText, s.cue);
      s.mentions.forEach((m, j) => q.mention.run(s.id, j, m, s.article));
    });
    art = "";
    events.forEach((e) => {
      i = e.article === art ? i + 1 : 0;
      art = e.article;
      const r = q.event.run(
        e.id,
        e.article,
        i,
        e.date.value,
        e.date.precision,
        e.date.basis,
        e.date.asWritten,
        e.summary,
        e.place,
        e.sentence,
        e.span.start,
        e.span.end,
        JSON.stringify(e.actors),
        restOf(e, EVENT_COLUMNS),
      );
      q.eventFts.run(r.lastInsertRowid, e.summary, e.date.asWritten);
      e.actors.forEach((a, j) => q.eventActor.run(e.id, j, a, e.article));
    });
  }

  deleteRecords(article: string): void {
    this.q.deleteStatementFts.run(article);
    this.q.deleteEventFts.run(article);
    for (const d of this.q.deleteByArticle) d.run(article);
  }

  /** An article's local actors, each with the merged actor it belongs to, and their merge keys. */
  nodes(nodes: readonly MergeNode[], actorIds: readonly string[]): void {
    nodes.forEach((n, i) => {
      this.q.node.run(
        n.article,
        n.idx,
        n.file,
        n.name,
        n.kind,
        JSON.stringify(n.aliases),
        JSON.stringify(n.roles),
        n.mentionCount,
        n.context,
        actorIds[i],
        restOf(n, NODE_COLUMNS),
      );
      for (const k of nodeKeys(n)) this.q.nodeKey.run(k, n.article, n.idx);
    });
  }

  nodeActor(article: string, idx: number, actor: string): void {
    this.q.nodeActor.run(actor, article, idx);
  }

  deleteNodes(article: string): void {
    for (const d of this.q.deleteNodes) d.run(article);
  }

  deleteArticle(id: string): void {
    this.deleteRecords(id);
    this.deleteNodes(id);
    this.q.deleteArticle.run(id);
  }

  actor(a: Actor, first: { file: string; idx: number }): void {
    this.q.actor.run(
      a.id,
      a.name,
      a.kind,
      a.mentions,
      first.file,
      first.idx,
      JSON.stringify(a.aliases),
      JSON.stringify(a.roles),
      JSON.stringify(a.articles),
      restOf(a, ACTOR_COLUMNS),
    );
    a.aliases.forEach((t, i) => this.q.actorName.run(a.id, 0, i, t));
    a.roles.forEach((t, i) => this.q.actorName.run(a.id, 1, i, t));
    a.articles.forEach((t, i) => this.q.actorArticle.run(a.id, i, t));
  }

  deleteActor(id: string): void {
    for (const d of this.q.deleteActor) d.run(id);
  }

  file(f: FileRow): void {
    const st = f.stamp;
    const sc = st?.sidecar ?? null;
    this.q.file.run(
      f.file,
      f.hash,
      st?.size ?? null,
      st?.mtimeMs ?? null,
      st?.ino ?? null,
      sc?.size ?? null,
      sc?.mtimeMs ?? null,
      sc?.ino ?? null,
      f.skipped,
    );
  }

  deleteFile(file: string): void {
    this.q.deleteFile.run(file);
  }

  /** Replaces every summary row with `summary` (one transaction: the old state stays until it commits). */
  writeAll(
    summary: Summary,
    nodes: readonly MergeNode[],
    nodeActors: readonly string[],
    actorFirst: readonly { file: string; idx: number }[],
    files: readonly FileRow[],
  ): void {
    this.db.transaction(() => {
      for (const t of SUMMARY_TABLES) this.db.exec(`DELETE FROM ${t}`);
      for (const a of summary.articles) this.article(a);
      this.records(summary.statements, []);
      this.records([], summary.events);
      this.nodes(nodes, nodeActors);
      summary.actors.forEach((a, i) => this.actor(a, actorFirst[i]!));
      for (const f of files) this.file(f);
      markComplete(this.db);
    })();
  }
}
