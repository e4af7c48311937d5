// Search over the summary: actors by name and alias (typo-tolerant), statements and events by text, and the
// lookups the command handlers need (who said what, what mentions whom, in answer order), all built once per
// summary so that a query never scans the corpus.
import type { Actor, Article, Event, Statement, Summary } from "../model/schema.js";
import { ActorSearch, MATCH_THRESHOLD } from "./actor-search.js";
import { statementKeys, timelineRanks } from "./order.js";
export { byCodeUnits } from "./order.js";
import { TextSearch } from "./text-search.js";
import type { Hit } from "./hit.js";
import { drain, STEP_RECORDS, type Steps } from "../steps.js";
import { normalize } from "./normalize.js";

export { normalize, tokenize } from "./normalize.js";
export { MATCH_THRESHOLD } from "./actor-search.js";
export type { Hit } from "./hit.js";

export interface ArticleCounts {
  actors: number;
  statements: number;
  events: number;
}

export interface SearchIndex {
  /** Actors matching a name, alias or typo of one, best first. */
  actors(query: string, limit?: number): Hit<Actor>[];
  statements(query: string, limit?: number): Hit<Statement>[];
  events(query: string, limit?: number): Hit<Event>[];
  /** Events whose search text holds these words in a row (folded as `normalize` does), in summary order. */
  eventsWithPhrase(phrase: string): Event[];
  /** Autocomplete: actors for a partly typed name (the last word may be unfinished), most mentioned first when
   * empty. `speakersOnly` keeps actors with at least one statement; `accept` filters further. */
  suggestActors(query: string, limit?: number, opts?: { speakersOnly?: boolean; accept?: (actor: Actor) => boolean }): Hit<Actor>[];
  actor(id: string): Actor | undefined;
  article(id: string): Article | undefined;
  /** Statements the actor made, newest article first. */
  statementsBy(actorId: string): readonly Statement[];
  /** Statements that mention the actor (not counting its own unless they mention it), newest article first. */
  statementsAbout(actorId: string): readonly Statement[];
  /** The statements of one article, in reading order. */
  statementsIn(articleId: string): readonly Statement[];
  /** The events of one article, in reading order. */
  eventsIn(articleId: string): readonly Event[];
  /** How many statements the actor made. */
  statementCount(actorId: string): number;
  /** Events the actor takes part in or that happen at it (a place), in timeline order. */
  eventsOf(actorId: string): readonly Event[];
  /** Every statement, newest article first, then reading order (computed once, on first use). */
  statementsInOrder(): readonly Statement[];
  /** Every event in timeline order (see `order.ts`). */
  timeline(): readonly Event[];
  /** The year assumed to place a `--MM-DD` date in the timeline, or null. */
  assumedYear(event: Event): number | null;
  /** Merges lists already in statement order (as `statementsBy`/`statementsAbout` give them) into one, in
   * order, each statement once: linear, unlike sorting the union. */
  mergeStatements(...lists: (readonly Statement[])[]): Statement[];
  /** Sorts statements newest article first, then in reading order (returns a new array). */
  sortStatements(list: readonly Statement[]): Statement[];
  /** Sorts events into timeline order (returns a new array). */
  sortEvents(list: readonly Event[]): Event[];
  articleCounts(articleId: string): ArticleCounts;
  /** How many articles have at least one statement or event. */
  articlesWithRecords(): number;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The folded search text of a statement or event, kept on the record itself under a symbol (not
 * enumerable: no JSON, no equality sees it): the merge hands unchanged records to the next summary as the same
 * objects, so after a live change only the changed article's texts are folded again. (A WeakMap did the same
 * with 240,000 entries that every garbage collection had to walk.) */
const FOLDED = Symbol("folded search text");
function foldedOnce(record: object, text: () => string): string {
  const r = record as { [FOLDED]?: string };
  let n = r[FOLDED];
  if (n === undefined) {
    n = normalize(text());
    Object.defineProperty(record, FOLDED, { value: n, enumerable: false, writable: true });
  }
  return n;
}

/** The search index of a summary, built at once (a command line, a test). Text indexes are built on their
 * first search. */
export function buildSearchIndex(summary: Summary): SearchIndex {
  return drain(searchIndexSteps(summary, false));
}

/** The search index built with pause points between pieces of work (see steps.ts); with `eager`, the text
 * indexes too, so that the first search after a swap does not build them while someone waits. */
export function* searchIndexSteps(summary: Summary, eager: boolean): Steps<SearchIndex> {
  const actorSearch = yield* ActorSearch.steps(summary.actors);
  const actorsById = new Map(summary.actors.map((a) => [a.id, a]));
  const articlesById = new Map(summary.articles.map((a) => [a.id, a]));

  yield;
  const { key: stmtKey, articles: articlesInOrder } = statementKeys(summary);
  const stmtIndex = new Map<Statement, number>();
  summary.statements.forEach((s, i) => stmtIndex.set(s, i));
  const byStatementKey = (a: Statement, b: Statement) =>
    (stmtKey[stmtIndex.get(a) ?? 0] as number) - (stmtKey[stmtIndex.get(b) ?? 0] as number);

  yield;
  const { rank, assumedYear } = timelineRanks(summary);
  yield;
  const eventIndex = new Map<Event, number>();
  summary.events.forEach((e, i) => eventIndex.set(e, i));
  const byTimeline = (a: Event, b: Event) => (rank[eventIndex.get(a) ?? 0] as number) - (rank[eventIndex.get(b) ?? 0] as number);
  // rank is a permutation of the event indexes: the timeline is its inverse (no sort)
  const timeline = new Array<Event>(summary.events.length);
  summary.events.forEach((e, i) => (timeline[rank[i] as number] = e));

  let allStatements: Statement[] | undefined;
  // every statement in answer order without sorting them: the articles in that order, each one's statements in
  // reading order (what the numeric keys say: article rank, then sentence, then position)
  function* inOrder(): Steps<Statement[]> {
    const out: Statement[] = [];
    for (let i = 0; i < articlesInOrder.length; i++) {
      for (const s of inArticle.get((articlesInOrder[i] as Article).id) ?? []) out.push(s);
      if ((i & 1023) === 1023) yield;
    }
    return out;
  }
  let withRecords: number | undefined;
  const saidBy = new Map<string, Statement[]>();
  const inArticle = new Map<string, Statement[]>();
  const eventsInArticle = new Map<string, Event[]>();
  const about = new Map<string, Statement[]>();
  const counts = new Map<string, ArticleCounts>();
  const count = (id: string) => {
    let c = counts.get(id);
    if (!c) counts.set(id, (c = { actors: 0, statements: 0, events: 0 }));
    return c;
  };
  // lists of statement indexes sorted by their numeric key (no map lookups in the comparator), then resolved;
  // the sort is stable and starts from summary order, as sorting the statements themselves would
  const saidByIdx = new Map<string, number[]>();
  const aboutIdx = new Map<string, number[]>();
  const statementsList = summary.statements;
  for (let i = 0; i < statementsList.length; i++) {
    if ((i & (STEP_RECORDS - 1)) === 0) yield;
    const s = statementsList[i] as Statement;
    if (s.speaker) push(saidByIdx, s.speaker, i);
    push(inArticle, s.article, s);
    const ms = s.mentions;
    for (let j = 0; j < ms.length; j++) {
      const m = ms[j] as string;
      if (ms.indexOf(m) === j) push(aboutIdx, m, i);
    }
    count(s.article).statements++;
  }
  const byKey = (a: number, b: number) => (stmtKey[a] as number) - (stmtKey[b] as number);
  const resolve = (from: Map<string, number[]>, to: Map<string, Statement[]>) => {
    for (const [id, list] of from) {
      if (list.length > 1) list.sort(byKey);
      const out = new Array<Statement>(list.length);
      for (let j = 0; j < list.length; j++) out[j] = statementsList[list[j] as number] as Statement;
      to.set(id, out);
    }
  };
  yield;
  resolve(saidByIdx, saidBy);
  yield;
  resolve(aboutIdx, about);
  yield;

  const eventsByActor = new Map<string, Event[]>();
  for (const e of timeline) {
    const ids = new Set(e.actors);
    if (e.place) ids.add(e.place);
    for (const id of ids) push(eventsByActor, id, e);
    count(e.article).events++;
  }
  yield;
  for (const e of summary.events) push(eventsInArticle, e.article, e);
  yield;
  for (const list of inArticle.values()) list.sort((a, b) => a.sentence - b.sentence || a.span.start - b.span.start);
  for (const list of eventsInArticle.values()) list.sort((a, b) => a.sentence - b.sentence || a.span.start - b.span.start);
  for (const a of summary.actors) for (const art of new Set(a.articles)) count(art).actors++;

  // generators, not mapped arrays: the text index folds them one by one between its pause points
  const statementText = new TextSearch(function* () {
    for (const s of summary.statements) yield foldedOnce(s, () => `${s.text} ${s.speakerText ?? ""} ${s.cue ?? ""}`);
  }, true);
  const eventText = new TextSearch(function* () {
    for (const e of summary.events) yield foldedOnce(e, () => `${e.summary} ${e.date.asWritten ?? ""}`);
  }, true);
  if (eager) {
    yield* statementText.prepare();
    yield* eventText.prepare();
    allStatements = yield* inOrder();
  }

  return {
    actors: (query, limit = 10) => actorSearch.search(query, limit, MATCH_THRESHOLD),
    suggestActors: (query, limit = 25, opts) => {
      const accept = opts?.accept;
      const speakers = opts?.speakersOnly === true;
      return actorSearch.suggest(
        query,
        limit,
        speakers || accept ? (a) => (!speakers || saidBy.has(a.id)) && (!accept || accept(a)) : undefined,
      );
    },
    statements: (query, limit = 50) =>
      statementText.search(query, limit).map((h) => ({ item: summary.statements[h.index] as Statement, score: h.score })),
    eventsWithPhrase: (phrase) => eventText.containing(normalize(phrase)).map((i) => summary.events[i] as Event),
    events: (query, limit = 50) => eventText.search(query, limit).map((h) => ({ item: summary.events[h.index] as Event, score: h.score })),
    actor: (id) => actorsById.get(id),
    article: (id) => articlesById.get(id),
    statementsBy: (id) => saidBy.get(id) ?? [],
    statementsAbout: (id) => about.get(id) ?? [],
    statementsIn: (id) => inArticle.get(id) ?? [],
    eventsIn: (id) => eventsInArticle.get(id) ?? [],
    statementCount: (id) => saidBy.get(id)?.length ?? 0,
    eventsOf: (id) => eventsByActor.get(id) ?? [],
    timeline: () => timeline,
    statementsInOrder: () => (allStatements ??= drain(inOrder())),
    articlesWithRecords: () => {
      if (withRecords === undefined) {
        withRecords = 0;
        for (const c of counts.values()) if (c.statements > 0 || c.events > 0) withRecords++;
      }
      return withRecords;
    },
    assumedYear: (e) => {
      const i = eventIndex.get(e);
      const y = i === undefined ? 0 : (assumedYear[i] as number);
      return y === 0 ? null : y;
    },
    sortStatements: (list) => [...list].sort(byStatementKey),
    mergeStatements: (...lists) => {
      const nonEmpty = lists.filter((l) => l.length > 0);
      if (nonEmpty.length === 0) return [];
      if (nonEmpty.length === 1) return [...(nonEmpty[0] as readonly Statement[])];
      const key = (s: Statement) => stmtKey[stmtIndex.get(s) ?? 0] as number;
      const pos = nonEmpty.map(() => 0);
      const out: Statement[] = [];
      const seen = new Set<Statement>();
      for (;;) {
        let best = -1;
        let bestKey = Infinity;
        nonEmpty.forEach((l, i) => {
          const s = l[pos[i] as number];
          if (s !== undefined && key(s) < bestKey) {
            best = i;
            bestKey = key(s);
          }
        });
        if (best < 0) return out;
        const s = (nonEmpty[best] as readonly Statement[])[pos[best] as number] as Statement;
        pos[best] = (pos[best] as number) + 1;
        if (!seen.has(s)) {
          seen.add(s);
          out.push(s);
        }
      }
    },
    sortEvents: (list) => [...list].sort(byTimeline),
    articleCounts: (id) => counts.get(id) ?? { actors: 0, statements: 0, events: 0 },
  };
}
