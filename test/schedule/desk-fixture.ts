// A small hand-made desk corpus for the digest and schedule tests: articles that arrive one after another,
// statements by known speakers (a claim and a denial about the same actor, a quote with no clear speaker),
// dated and undated events. The sentences are made up for these tests.
import { buildSearchIndex } from "../../src/search/index.js";
import type { CommandContext } from "../../commands/reply.js";
import type { Actor, Article, Event, Statement, Summary } from "../../src/model/schema.js";

const actors: Actor[] = [
  {
    id: "ines-marlowe",
    name: "Ines Marlowe",
    kind: "person",
    aliases: ["Marlowe", "the mayor"],
    roles: ["mayor of Port Avel"],
    articles: [],
    mentions: 6,
  },
  {
    id: "ferry-workers-union",
    name: "Ferry Workers Union",
    kind: "organization",
    aliases: ["FWU", "the union"],
    roles: [],
    articles: [],
    mentions: 5,
  },
  { id: "avel-ferries", name: "Avel Ferries", kind: "organization", aliases: ["the operator"], roles: [], articles: [], mentions: 5 },
  { id: "tomas-reyes", name: "Tomas Reyes", kind: "person", aliases: ["Reyes"], roles: ["harbour pilot"], articles: [], mentions: 2 },
  { id: "port-avel", name: "Port Avel", kind: "place", aliases: [], roles: [], articles: [], mentions: 4 },
];

let span = 0;
function st(
  article: string,
  n: number,
  speaker: string | null,
  kind: Statement["kind"],
  text: string,
  cue: string | null,
  mentions: string[],
  sentence: number,
): Statement {
  span += 100;
  return {
    id: `${article}:s${n}`,
    speaker,
    speakerText: speaker ? null : "a source",
    kind,
    text,
    cue,
    addressee: null,
    addresseeId: null,
    mentions,
    article,
    sentence,
    span: { start: span, end: span + text.length },
  };
}

function ev(article: string, n: number, value: string | null, summary: string, actorIds: string[], sentence: number): Event {
  return {
    id: `${article}:e${n}`,
    date: value
      ? { value, precision: "day", basis: "explicit", asWritten: `on ${value}` }
      : { value: null, precision: "none", basis: "none", asWritten: null },
    summary,
    actors: actorIds,
    place: null,
    article,
    sentence,
    span: { start: sentence * 100, end: sentence * 100 + 40 },
  };
}

function art(id: string, title: string, published: string): Article {
  return {
    id,
    title,
    source: "Avel Gazette",
    byline: null,
    url: `https://example.org/${id}`,
    published: { value: published, basis: "metadata" },
    pageDate: null,
    file: `${id}.md`,
    hash: `hash-${id}`,
    sentenceCount: 10,
  };
}

/** The articles by day of arrival: day 1 has `fares`, day 2 adds `strike` and `pilot`, day 3 `council`, day 4
 * `tolls`, day 5 `return`. */
export const DAYS: Record<number, string[]> = { 1: ["fares"], 2: ["strike", "pilot"], 3: ["council"], 4: ["tolls"], 5: ["return"] };

const ARTICLES: Record<string, { article: Article; statements: Statement[]; events: Event[] }> = {
  fares: {
    article: art("fares", "Ferry fares to rise in spring", "2026-11-28"),
    statements: [st("fares", 1, "avel-ferries", "indirect", "fares will rise by a tenth in March", "said", [], 2)],
    events: [ev("fares", 1, "2026-11-27", "Avel Ferries announced a fare rise", ["avel-ferries"], 1)],
  },
  strike: {
    article: art("strike", "Union calls ferry strike", "2026-11-30"),
    statements: [
      st("strike", 1, "ferry-workers-union", "direct", "The operator cut our wages twice this year", "said", ["avel-ferries"], 2),
      st("strike", 2, "avel-ferries", "indirect", "it never cut wages", "denied", ["avel-ferries"], 3),
      st("strike", 3, "ines-marlowe", "direct", "Both sides should meet on Monday", "said", [], 4),
      st("strike", 4, null, "direct", "Nobody wants the boats idle", null, [], 5),
    ],
    events: [
      ev("strike", 1, "2026-12-01", "The Ferry Workers Union began a strike", ["ferry-workers-union"], 1),
      ev("strike", 2, null, "Talks were proposed", ["ines-marlowe"], 6),
    ],
  },
  pilot: {
    article: art("pilot", "Harbour pilot retires", "2026-11-30"),
    statements: [st("pilot", 1, "tomas-reyes", "direct", "Forty winters on the water is enough", "said", [], 2)],
    events: [],
  },
  council: {
    article: art("council", "Council backs ferry talks", "2026-12-02"),
    statements: [
      st(
        "council",
        1,
        "ines-marlowe",
        "indirect",
        "the council will host the talks",
        "announced",
        ["ferry-workers-union", "avel-ferries"],
        1,
      ),
    ],
    events: [ev("council", 1, "2026-12-03", "Talks between the union and Avel Ferries open", ["ferry-workers-union", "avel-ferries"], 2)],
  },
  tolls: {
    article: art("tolls", "Bridge tolls frozen for winter", "2026-12-03"),
    statements: [st("tolls", 1, "ines-marlowe", "indirect", "the bridge tolls would not change before April", "said", [], 1)],
    events: [],
  },
  return: {
    article: art("return", "Ferries sail again", "2026-12-04"),
    statements: [st("return", 1, "ferry-workers-union", "direct", "We are back at work tomorrow", "said", [], 1)],
    events: [ev("return", 1, "2026-12-05", "Ferry crossings resumed", ["avel-ferries"], 2)],
  },
};

/** The summary as it stands after `day` days of arrivals. */
export function deskSummary(day: number): Summary {
  const ids = Object.entries(DAYS)
    .filter(([d]) => Number(d) <= day)
    .flatMap(([, list]) => list);
  const parts = ids.map((id) => ARTICLES[id]!);
  const statements = parts.flatMap((p) => p.statements);
  const events = parts.flatMap((p) => p.events);
  const used = actors.map((a) => ({
    ...a,
    articles: [
      ...new Set([
        ...statements.filter((s) => s.speaker === a.id || s.mentions.includes(a.id)).map((s) => s.article),
        ...events.filter((e) => e.actors.includes(a.id)).map((e) => e.article),
      ]),
    ],
  }));
  return {
    version: 1,
    corpus: "/nonexistent/desk",
    articles: parts.map((p) => p.article),
    actors: used.filter((a) => a.articles.length > 0),
    statements,
    events,
    warnings: [],
  };
}

export function deskContext(day: number): CommandContext {
  const summary = deskSummary(day);
  return { summary, search: buildSearchIndex(summary) };
}
