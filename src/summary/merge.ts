// Per-article extractions in, one corpus-wide summary out: local actor keys become actor ids, the same
// actor across articles becomes one actor. Which local actors are one actor is decided in partition.ts (names,
// aliases, acronyms, see there), what the merged actor looks like in actors.ts; here the summary is put
// together and each article's statements and events get their actor ids (records.ts-style, per article, so
// that an incremental merge can redo one article alone).
import type { ArticleExtraction } from "../extract/types.js";
import type { Actor, Event, LoadWarning, Statement, Summary } from "../model/schema.js";
import { assignIds, canonicalActor } from "./actors.js";
import { nodesOf, partition, type MergeNode } from "./partition.js";
import { assignKeys } from "./keys.js";

/** Bump whenever extraction or merging changes what the summary holds: cached summaries are then rebuilt. */
export const SUMMARY_VERSION = 1;

/** The records merged from one extraction, and the actor ids its local actors had then. */
const recordsCache = new WeakMap<ArticleExtraction, { corpus: string; actorIds: string[]; statements: Statement[]; events: Event[] }>();

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** One article's statements and events with corpus-wide actor ids; `actorIds[x]` is the id of the article's
 * local actor x. */
export function articleRecords(e: ArticleExtraction, actorIds: readonly string[]): { statements: Statement[]; events: Event[] } {
  let local: Map<string, string> | undefined;
  const idOf = (key: string | null): string | null => {
    if (key == null) return null;
    if (!local) {
      local = new Map();
      for (let x = 0; x < e.actors.length; x++) local.set(e.actors[x]!.key, actorIds[x]!);
    }
    return local.get(key) ?? null;
  };
  const ids = (keys: readonly string[]) => {
    const out: string[] = [];
    for (const k of keys) {
      const id = idOf(k);
      if (id && !out.includes(id)) out.push(id);
    }
    return out;
  };
  const art = e.article.id;
  const statements: Statement[] = e.statements.map((s, i) => ({
    id: `${art}:s${i + 1}`,
    speaker: idOf(s.speakerKey),
    speakerText: s.speakerText,
    kind: s.kind,
    text: s.text,
    cue: s.cue,
    addressee: s.addressee,
    addresseeId: idOf(s.addresseeKey),
    mentions: ids(s.mentionKeys),
    article: art,
    sentence: s.sentence,
    span: s.span,
  }));
  const events: Event[] = e.events.map((ev, i) => ({
    id: `${art}:e${i + 1}`,
    date: ev.date,
    summary: ev.summary,
    actors: ids(ev.actorKeys),
    place: idOf(ev.placeKey),
    article: art,
    sentence: ev.sentence,
    span: ev.span,
  }));
  return { statements, events };
}

export function mergeExtractions(corpus: string, extractions: ArticleExtraction[], warnings: LoadWarning[]): Summary {
  return mergeState(corpus, extractions, warnings).summary;
}

/** A merge and what an incremental merge later needs: every node (local actor) in corpus order with the id
 * of its actor, and where each actor first appears. */
export interface MergeState {
  summary: Summary;
  nodes: MergeNode[];
  nodeActors: string[];
  actorFirst: { file: string; idx: number }[];
}

export function mergeState(corpus: string, extractions: ArticleExtraction[], warnings: LoadWarning[]): MergeState {
  const nodes: MergeNode[] = [];
  const firstNode: number[] = [];
  for (const e of extractions) {
    firstNode.push(nodes.length);
    for (const n of nodesOf(e)) nodes.push(n);
  }
  const groups = partition(nodes);
  const bodies = groups.map((g) => canonicalActor(g.map((i) => nodes[i]!)));
  const ids = assignIds(bodies);
  const actors: Actor[] = bodies.map((b, i) => ({ id: ids[i]!, ...b }));
  const actorOfNode = new Array<string>(nodes.length);
  groups.forEach((g, a) => {
    for (const i of g) actorOfNode[i] = ids[a]!;
  });

  // an article whose local actors map to the same actor ids as in the previous merge reuses that merge's
  // records (the same objects: the search index then folds only what changed)
  const statements: Statement[] = [];
  const events: Event[] = [];
  for (let ai = 0; ai < extractions.length; ai++) {
    const e = extractions[ai]!;
    const actorIds = actorOfNode.slice(firstNode[ai]!, firstNode[ai]! + e.actors.length);
    let rec = recordsCache.get(e);
    if (!rec || rec.corpus !== corpus || !sameIds(rec.actorIds, actorIds)) {
      rec = { corpus, actorIds, ...articleRecords(e, actorIds) };
      recordsCache.set(e, rec);
    }
    for (const st of rec.statements) statements.push(st);
    for (const ev of rec.events) events.push(ev);
  }
  const summary: Summary = {
    version: SUMMARY_VERSION,
    corpus,
    articles: extractions.map((e) => e.article),
    actors,
    statements,
    events,
    warnings,
  };
  const actorFirst = groups.map((g) => ({ file: nodes[g[0]!]!.file, idx: nodes[g[0]!]!.idx }));
  assignKeys(summary);
  return { summary, nodes, nodeActors: actorOfNode, actorFirst };
}
