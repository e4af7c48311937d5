// The summary kept in the database and, derived from it, in memory (the command handlers still read an
// in-memory Summary): a full write after a build, a load on a warm start, and a live change that costs what
// the changed articles touch. A change regroups only the actors its articles can affect
// (summary/incremental.ts), re-derives the records of the articles whose actor ids moved, and writes all of it
// in ONE transaction; the in-memory summary is swapped only after that transaction commits.
import type { ArticleExtraction } from "../../extract/types.js";
import type { Actor, Article, Event, LoadWarning, Statement, Summary } from "../../model/schema.js";
import { assignIds, canonicalActor } from "../../summary/actors.js";
import { regroupSteps } from "../../summary/incremental.js";
import { articleRecords, type MergeState } from "../../summary/merge.js";
import { slugify } from "../../summary/names.js";
import { compareNodes, nodesOf, type MergeNode } from "../../summary/partition.js";
import type { Db, DbExtractionCache } from "./database.js";
import { assemble, loadSummary, type LoadedSummary } from "./load.js";
import { DbNodeSource } from "./nodes.js";
import { RowWriter, type FileRow } from "./write.js";
import { drain, type Steps } from "../../steps.js";

type Pos = { file: string; idx: number };
type Records = { statements: Statement[]; events: Event[] };

export interface LiveChange {
  /** Fresh extractions of new or changed files. */
  upserts: ArticleExtraction[];
  /** Files gone from the corpus, or now left out (unreadable, failed). */
  dropped: string[];
  /** The files table rows to write (stamps, hashes, why a file is left out). */
  files: FileRow[];
  /** Files to forget in the files table. */
  deletedFiles: string[];
}

export interface ChangeCost {
  /** Actors grouped again, nodes in their neighbourhood, articles whose records were re-derived. */
  actors: number;
  nodes: number;
  articles: number;
}

export class DbSummary {
  summary: Summary;
  private actorFirst: Pos[];
  private records: Map<string, Records>;
  private readonly writer: RowWriter;
  private readonly source: DbNodeSource;
  private readonly slugs = new Map<string, string>();
  lastCost: ChangeCost = { actors: 0, nodes: 0, articles: 0 };

  private constructor(
    private readonly db: Db,
    private readonly cache: DbExtractionCache,
    loaded: LoadedSummary,
  ) {
    this.summary = loaded.summary;
    this.actorFirst = loaded.actorFirst;
    this.records = loaded.records;
    this.writer = new RowWriter(db);
    this.source = new DbNodeSource(db);
  }

  /** The summary as the database holds it (a warm start). */
  static load(db: Db, cache: DbExtractionCache, corpus: string): DbSummary {
    return new DbSummary(db, cache, loadSummary(db, corpus));
  }

  /** Replaces the database's summary with a full merge (one transaction) and serves it. */
  static full(db: Db, cache: DbExtractionCache, state: MergeState, files: FileRow[]): DbSummary {
    new RowWriter(db).writeAll(state.summary, state.nodes, state.nodeActors, state.actorFirst, files);
    const records = new Map<string, Records>();
    for (const a of state.summary.articles) records.set(a.id, { statements: [], events: [] });
    for (const s of state.summary.statements) records.get(s.article)?.statements.push(s);
    for (const e of state.summary.events) records.get(e.article)?.events.push(e);
    return new DbSummary(db, cache, { summary: state.summary, actorFirst: state.actorFirst, records });
  }

  private slug(name: string): string {
    let s = this.slugs.get(name);
    if (s === undefined) this.slugs.set(name, (s = slugify(name)));
    return s;
  }

  /** Applies a live change: database first (one transaction), then the in-memory summary. */
  apply(change: LiveChange): Summary {
    return drain(this.applySteps(change));
  }

  /** The same, with pause points between its stages (the store runs it in slices, see ../cooperative.ts); the
   * database transaction and the swap come last, in one step, so nothing sees half a change. */
  *applySteps(change: LiveChange): Steps<Summary> {
    const old = this.summary;
    const idByFile = new Map(old.articles.map((a) => [a.file, a.id]));
    const changedIds = new Set<string>();
    for (const e of change.upserts) {
      changedIds.add(e.article.id);
      const prev = idByFile.get(e.article.file);
      if (prev) changedIds.add(prev);
    }
    for (const f of change.dropped) {
      const id = idByFile.get(f);
      if (id) changedIds.add(id);
    }
    const added: MergeNode[] = change.upserts.flatMap(nodesOf);
    yield;
    const rg = yield* regroupSteps(this.source, [...changedIds], added);
    yield;

    // the new actor list: the untouched actors and the regrouped ones, by where each first appears
    const bodies: Omit<Actor, "id">[] = [];
    for (const g of rg.groups) {
      bodies.push(canonicalActor(g.map((i) => rg.nodes[i]!)));
      if (g.length > 1000) yield;
    }
    const firsts = rg.groups.map((g) => ({ file: rg.nodes[g[0]!]!.file, idx: rg.nodes[g[0]!]!.idx }));
    const order = bodies.map((_, i) => i).sort((a, b) => compareNodes(firsts[a]!, firsts[b]!));
    const list: { old?: Actor; body: Omit<Actor, "id">; first: Pos }[] = [];
    let k = 0;
    old.actors.forEach((a, i) => {
      if (rg.replaced.has(a.id)) return;
      const first = this.actorFirst[i]!;
      while (k < order.length && compareNodes(firsts[order[k]!]!, first) < 0) {
        list.push({ body: bodies[order[k]!]!, first: firsts[order[k]!]! });
        k++;
      }
      list.push({ old: a, body: a, first });
    });
    for (; k < order.length; k++) list.push({ body: bodies[order[k]!]!, first: firsts[order[k]!]! });
    yield;
    const ids = assignIds(
      list.map((x) => x.body),
      (i) => this.slug(list[i]!.body.name),
    );
    yield;
    const renamed = new Map<string, string>();
    const actors: Actor[] = list.map((x, i) => {
      const id = ids[i]!;
      if (x.old && x.old.id === id) return x.old;
      if (x.old) renamed.set(x.old.id, id);
      const { id: _drop, ...body } = x.body as Actor;
      return { id, ...body };
    });
    const listIndex = new Map<object, number>(list.map((x, i) => [x.body, i]));
    const groupId = new Map<MergeNode, string>();
    rg.groups.forEach((g, gi) => {
      const id = ids[listIndex.get(bodies[gi]!)!]!;
      for (const i of g) groupId.set(rg.nodes[i]!, id);
    });

    // articles whose records change: the changed ones, and those with a node whose actor id moved
    const nodeActor = new Map<string, string>();
    const touched = new Set<string>();
    rg.nodes.forEach((n, i) => {
      const id = groupId.get(n)!;
      nodeActor.set(`${n.article}\u0000${n.idx}`, id);
      if (rg.previous[i] !== id) touched.add(n.article);
    });
    if (renamed.size) for (const n of this.source.nodesOfActors([...renamed.keys()])) touched.add(n.article);
    for (const id of changedIds) touched.delete(id);
    yield;

    const rewrites: { article: string; extraction: ArticleExtraction; actorIds: string[] }[] = [];
    const byArticle = new Map<string, Map<number, string>>();
    for (const n of this.source.nodesOfArticles([...touched])) {
      const id = nodeActor.get(`${n.article}\u0000${n.idx}`) ?? renamed.get(n.actor) ?? n.actor;
      let m = byArticle.get(n.article);
      if (!m) byArticle.set(n.article, (m = new Map()));
      m.set(n.idx, id);
    }
    const articleById = new Map(old.articles.map((a) => [a.id, a]));
    for (const art of touched) {
      const a = articleById.get(art);
      const e = a && this.extraction(a);
      if (!e) continue;
      const m = byArticle.get(art);
      rewrites.push({ article: art, extraction: e, actorIds: e.actors.map((_, x) => m?.get(x) ?? "") });
    }
    const fresh = change.upserts.map((e) => ({
      extraction: e,
      actorIds: e.actors.map((_, x) => nodeActor.get(`${e.article.id}\u0000${x}`)!),
    }));

    // records first (pure), then the one transaction, then the swap
    yield;
    const newRecords = new Map<string, Records>();
    for (const r of [...rewrites, ...fresh]) {
      newRecords.set(r.extraction.article.id, articleRecords(r.extraction, r.actorIds));
      yield;
    }
    const w = this.writer;
    const oldById = new Map(old.actors.map((a, i) => [a.id, { actor: a, first: this.actorFirst[i]! }]));
    const actorIndex = new Map(actors.map((a, i) => [a.id, i]));
    const firstOf = (id: string) => list[actorIndex.get(id)!]!.first;
    this.db.transaction(() => {
      for (const id of changedIds) w.deleteArticle(id);
      for (const f of change.deletedFiles) w.deleteFile(f);
      for (const f of change.files) w.file(f);
      for (const { extraction: e, actorIds } of fresh) {
        w.article(e.article);
        w.nodes(nodesOf(e), actorIds);
        const r = newRecords.get(e.article.id)!;
        w.records(r.statements, r.events);
      }
      for (const r of rewrites) {
        w.deleteRecords(r.article);
        const rec = newRecords.get(r.article)!;
        w.records(rec.statements, rec.events);
        r.actorIds.forEach((id, x) => w.nodeActor(r.article, x, id));
      }
      // actors whose rows are unchanged (same id, same content, same place) are left as they are
      const rewrite = new Set([...groupId.values(), ...renamed.values()]);
      const drop = new Set([...rg.replaced, ...renamed.keys()]);
      for (const id of rg.replaced) {
        const before = oldById.get(id);
        const at = actorIndex.get(id);
        if (!before || at === undefined || !rewrite.has(id) || renamed.has(id)) continue;
        if (sameActor(before.actor, actors[at]!) && compareNodes(before.first, firstOf(id)) === 0) {
          rewrite.delete(id);
          drop.delete(id);
        }
      }
      for (const id of drop) w.deleteActor(id);
      for (const id of rewrite) w.actor(actors[actorIndex.get(id)!]!, firstOf(id));
    })();
    // from here to the swap no pause: the database has the change, the memory must have it too at once

    // the in-memory swap
    const records = new Map(this.records);
    for (const id of changedIds) records.delete(id);
    for (const [id, r] of newRecords) records.set(id, r);
    const articles: Article[] = old.articles.filter((a) => !changedIds.has(a.id));
    for (const e of change.upserts) articles.push(e.article);
    articles.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const warnings = this.warnings(old.warnings, change);
    this.records = records;
    this.actorFirst = list.map((x) => x.first);
    this.summary = assemble(old.corpus, articles, actors, records, warnings);
    this.lastCost = { actors: rg.groups.length, nodes: rg.nodes.length, articles: newRecords.size };
    return this.summary;
  }

  private warnings(old: readonly LoadWarning[], change: LiveChange): LoadWarning[] {
    const gone = new Set([...change.deletedFiles, ...change.files.map((f) => f.file)]);
    const out = old.filter((w) => !gone.has(w.file));
    for (const f of change.files) if (f.skipped !== null) out.push({ file: f.file, reason: f.skipped });
    return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }

  /** An unchanged article's extraction, from the cache in the database. */
  private extraction(a: Article): ArticleExtraction | undefined {
    return this.cache.byHash(a.file, a.hash);
  }
}

function sameActor(a: Actor, b: Actor): boolean {
  return (
    a.id === b.id &&
    a.name === b.name &&
    a.kind === b.kind &&
    a.mentions === b.mentions &&
    a.aliases.join("\u0000") === b.aliases.join("\u0000") &&
    a.roles.join("\u0000") === b.roles.join("\u0000") &&
    a.articles.join("\u0000") === b.articles.join("\u0000")
  );
}
