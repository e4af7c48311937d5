// /briefing [topic] [channel]: a moderator's public briefing — key actors, the newest claims with their
// speakers, timeline highlights, sources, and who asked for it. The Discord layer posts it in `channel` and
// checks permissions; this handler only builds the answer.
import { type CommandDefinition, channelOption, GUILD_ONLY, PERMISSION, POSTABLE_CHANNELS, stringOption } from "./support/definition.js";
import type { Citation, CommandContext, CommandInput, CommandModule, Reply, ReplyField } from "./reply.js";
import { choiceOption } from "./support/choices.js";
import type { Actor, Event, Statement } from "../src/model/schema.js";
import { isInnerQuote } from "./support/inner-quotes.js";
import { groupDisputes } from "./support/disputes.js";
import {
  actorChoices,
  actorLine,
  articleLabel,
  citation,
  clip,
  dateLabel,
  plural,
  resolveActor,
  speakerName,
  statementJson,
  statementWords,
  suggestionsFor,
  UNCLEAR_SPEAKER,
} from "./support/format.js";

const KEY_ACTORS = 6;
const CLAIMS = 5;
const HIGHLIGHTS = 5;
const SOURCES = 5;
/** Statements and events looked at for the key actors. */
const SCOPE = 500;

export const definition: CommandDefinition = {
  name: "briefing",
  description: "Post a briefing in the channel: key actors, newest claims, timeline, sources (moderators)",
  default_member_permissions: PERMISSION.ManageMessages,
  contexts: GUILD_ONLY,
  options: [
    stringOption("topic", "An actor or topic (leave empty for the whole corpus)", { required: false, autocomplete: true }),
    channelOption("channel", "Where to post it (default: this channel)", { required: false, channelTypes: POSTABLE_CHANNELS }),
    choiceOption("since", "Only what is new: in the last 24 h, 7 days, or since this channel's last briefing", [
      { name: "last 24 hours", value: "24h" },
      { name: "last 7 days", value: "7d" },
      { name: "since the last briefing here", value: "last" },
    ]),
  ],
};

/** Actors ranked by how often they appear in the given statements and events (the topic itself excluded). */
function keyActors(ctx: CommandContext, statements: readonly Statement[], events: readonly Event[], exclude: string | null): Actor[] {
  const score = new Map<string, number>();
  const bump = (id: string | null, w: number) => {
    if (id && id !== exclude) score.set(id, (score.get(id) ?? 0) + w);
  };
  for (const s of statements) {
    bump(s.speaker, 2);
    for (const m of new Set(s.mentions)) bump(m, 1);
  }
  for (const e of events) for (const a of new Set(e.actors)) bump(a, 1);
  return [...score]
    .map(([id, n]) => ({ a: ctx.search.actor(id), n }))
    .filter((x): x is { a: Actor; n: number } => x.a !== undefined)
    .sort((x, y) => y.n - x.n || y.a.mentions - x.a.mentions)
    .slice(0, KEY_ACTORS)
    .map((x) => x.a);
}

/** How many articles these statements and events come from (a topic's few; the whole corpus's count comes from the index). */
function articlesOf(statements: readonly Statement[], events: readonly Event[]): number {
  const ids = new Set<string>();
  for (const s of statements) ids.add(s.article);
  for (const e of events) ids.add(e.article);
  return ids.size;
}

function lines(list: string[], empty: string): string {
  return list.length ? list.join("\n") : empty;
}

export function handle(input: CommandInput, ctx: CommandContext): Reply {
  const query = input.query.trim();
  let topic: Actor | null = null;
  let statements: readonly Statement[];
  let events: readonly Event[];
  if (query === "") {
    statements = ctx.search.statementsInOrder();
    events = ctx.search.timeline();
  } else {
    topic = resolveActor(ctx, query).actor;
    if (topic) {
      statements = ctx.search.sortStatements([...new Set([...ctx.search.statementsBy(topic.id), ...ctx.search.statementsAbout(topic.id)])]);
      events = ctx.search.eventsOf(topic.id);
    } else {
      statements = ctx.search.sortStatements(ctx.search.statements(query, 200).map((h) => h.item));
      events = ctx.search.sortEvents(ctx.search.events(query, 200).map((h) => h.item));
    }
  }
  const requestedBy = input.requestedBy ?? null;
  if (statements.length === 0 && events.length === 0) {
    const suggestions = query ? suggestionsFor(ctx, query, 5) : [];
    return {
      status: "empty",
      command: "briefing",
      title: query ? `Nothing to brief on “${clip(query, 80)}”` : "Nothing to brief on yet",
      description: query
        ? "No statements or events match. Try an actor's name or acronym, or leave the topic empty."
        : "The corpus has no statements or events. `sources` lists the articles loaded.",
      suggestions,
      json: { query, requestedBy, actors: [], statements: [], events: [], sources: [], suggestions },
    };
  }
  // key actors from the newest statements and the latest events only: a briefing of a big corpus stays quick
  const recent = { statements: statements.slice(0, SCOPE), events: events.slice(-SCOPE) };
  const actors = topic
    ? [topic, ...keyActors(ctx, recent.statements, recent.events, topic.id)].slice(0, KEY_ACTORS)
    : keyActors(ctx, recent.statements, recent.events, null);
  const claims: Statement[] = [];
  for (const s of statements) {
    if (s.speaker === null || isInnerQuote(s, ctx.search.statementsIn(s.article))) continue;
    claims.push(s);
    if (claims.length >= CLAIMS) break;
  }
  const { disputed } = groupDisputes(ctx, claims);
  // the latest dated events (undated ones sort last), else the first events
  const highlights: Event[] = [];
  for (let i = events.length - 1; i >= 0 && highlights.length < HIGHLIGHTS; i--) {
    const e = events[i] as Event;
    if (e.date.value !== null) highlights.unshift(e);
  }
  if (highlights.length === 0) highlights.push(...events.slice(0, HIGHLIGHTS));
  const articleIds = [
    ...new Set([...claims.map((s) => s.article), ...highlights.map((e) => e.article), ...recent.statements.map((s) => s.article)]),
  ].slice(0, SOURCES);
  const citations: Citation[] = [];
  const cited = new Set<string>();
  for (const [article, sentence] of [
    ...claims.map((s) => [s.article, s.sentence] as const),
    ...highlights.map((e) => [e.article, e.sentence] as const),
  ]) {
    if (cited.has(`${article}#${sentence}`)) continue;
    cited.add(`${article}#${sentence}`);
    citations.push(citation(ctx, article, sentence));
  }
  const fields: ReplyField[] = [
    {
      name: "Key actors",
      value: lines(
        actors.map((a) => `• ${actorLine(a)}`),
        "—",
      ),
    },
    {
      name: "Newest claims",
      value: lines(
        claims.map(
          (s) =>
            `• ${disputed.has(s) ? "[disputed] " : ""}${speakerName(ctx, s) ?? UNCLEAR_SPEAKER}${s.cue ? ` (${s.cue})` : ""}: ${clip(statementWords(s), 200)} [${s.article} #${s.sentence + 1}]`,
        ),
        "No attributed statements.",
      ),
    },
    {
      name: "Timeline highlights",
      value: lines(
        highlights.map((e) => `• ${dateLabel(e)}: ${clip(e.summary, 160)} [${e.article} #${e.sentence + 1}]`),
        "No events.",
      ),
    },
    {
      name: "Sources",
      value: lines(
        articleIds.map((id) => `• ${articleLabel(ctx.search.article(id), id)}`),
        "—",
      ),
    },
  ];
  return {
    status: "ok",
    command: "briefing",
    title: topic ? `Briefing: ${clip(topic.name, 200)}` : query ? `Briefing: ${clip(query, 200)}` : "Briefing",
    description: `${plural(statements.length, "statement")} and ${plural(events.length, "event")} in ${plural(query === "" ? ctx.search.articlesWithRecords() : articlesOf(statements, events), "article")}.`,
    fields,
    citations,
    footer: requestedBy ? `Requested by ${requestedBy}` : undefined,
    json: {
      query,
      requestedBy,
      actors: actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, roles: a.roles })),
      statements: claims.map((s) => statementJson(ctx, s, disputed.has(s))),
      events: highlights,
      sources: articleIds,
    },
  };
}

export const briefing: CommandModule = {
  name: "briefing",
  definition,
  moderatorOnly: true,
  handle,
  autocomplete: (_option, value, ctx) => actorChoices(ctx.search.suggestActors(value, 25)),
};
export default briefing;
