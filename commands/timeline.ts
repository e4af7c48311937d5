// /timeline [topic]: events oldest first (order documented in src/search/order.ts: a day whose year the text
// does not give takes its article's publication year, else the latest year in the corpus, and is shown as
// "year unknown"; unresolved and undated events last), each with the basis of its date; ten per page.
import { type CommandDefinition, stringOption } from "./support/definition.js";
import type { CommandInput, CommandModule, CommandContext, Reply } from "./reply.js";
import type { Actor, Event } from "../src/model/schema.js";
import { normalize } from "../src/search/index.js";
import { actorChoices, clip, dateLabel, eventItem, paginate, resolveActor, suggestionsFor, withLazyJson } from "./support/format.js";

export const PAGE_SIZE = 10;

export const definition: CommandDefinition = {
  name: "timeline",
  description: "What happened when: events oldest first, each with where its date comes from",
  options: [stringOption("topic", "An actor, place or words (leave empty for everything)", { required: false, autocomplete: true })],
};

function eventJson(ctx: CommandContext, e: Event) {
  return { ...e, dateLabel: dateLabel(e), assumedYear: ctx.search.assumedYear(e) };
}

/** Events whose one-line summary names the actor (its name or an alias, as whole words): the candidates come
 * from the event text index, each checked against its summary alone. */
function eventsNaming(ctx: CommandContext, actor: Actor): Event[] {
  const names = [actor.name, ...actor.aliases].map((n) => normalize(n)).filter((n) => n.length >= 3);
  const has = (text: string, name: string): boolean => ` ${text} `.includes(` ${name} `);
  const found = new Set<Event>();
  for (const n of names) for (const e of ctx.search.eventsWithPhrase(n)) if (has(normalize(e.summary), n)) found.add(e);
  return [...found];
}

export function handle(input: CommandInput, ctx: CommandContext): Reply {
  const query = input.query.trim();
  let events: readonly Event[];
  let title = "Timeline";
  let note = "";
  let actor: Actor | null = null;
  if (query === "") {
    events = ctx.search.timeline();
  } else {
    actor = resolveActor(ctx, query).actor;
    events = actor ? ctx.search.sortEvents([...new Set([...ctx.search.eventsOf(actor.id), ...eventsNaming(ctx, actor)])]) : [];
    if (actor) title = `Timeline: ${clip(actor.name, 200)}`;
    if (events.length === 0) {
      const hits = ctx.search.events(query, 500).map((h) => h.item);
      if (hits.length) {
        events = ctx.search.sortEvents(hits);
        title = `Timeline: ${clip(query, 200)}`;
      }
    }
    if (events.length === 0 && actor && actor.articles.length > 0) {
      // a place (or anyone) named in a sentence that reports no event of its own: the events of the articles that
      // name it, said as such
      events = ctx.search.sortEvents(actor.articles.flatMap((id) => ctx.search.eventsIn(id)));
      const n = actor.articles.length;
      note = ` No event sentence names ${actor.name} itself: these are the events of the ${n === 1 ? "article" : `${n} articles`} that name${n === 1 ? "s" : ""} it.`;
    }
  }
  if (events.length === 0) {
    const suggestions = query ? suggestionsFor(ctx, query, 5, {}).filter((n) => n !== actor?.name) : [];
    return {
      status: "empty",
      command: "timeline",
      title: query ? `No events for “${clip(query, 80)}”` : "No events in the corpus",
      description: query
        ? "Try an actor's name, a place, or leave the topic empty for the whole timeline."
        : "The articles loaded report no events. `sources` lists them.",
      suggestions,
      json: { query, events: [], suggestions },
    };
  }
  const { slice, pagination } = paginate(events, input.page, PAGE_SIZE);
  let dated = 0;
  for (const e of events) if (e.date.value !== null) dated++;
  const reply: Omit<Reply, "json"> = {
    status: "ok",
    command: "timeline",
    title,
    description:
      (note ? `${note.trim()} ` : "") +
      `${events.length} event${events.length === 1 ? "" : "s"}, oldest first` +
      (dated < events.length ? `; ${events.length - dated} undated or unresolved at the end` : "") +
      ". A day with no year in the text is placed in its article's year, else the latest year the corpus reaches, and marked “year unknown”.",
    items: slice.map((e) => eventItem(ctx, e)),
    pagination,
  };
  return withLazyJson(reply, () => ({ query, events: events.map((e) => eventJson(ctx, e)) }));
}

export const timeline: CommandModule = {
  name: "timeline",
  definition,
  handle,
  autocomplete: (_option, value, ctx) =>
    actorChoices(ctx.search.suggestActors(value, 25, { accept: (a) => ctx.search.eventsOf(a.id).length > 0 })),
};
export default timeline;
