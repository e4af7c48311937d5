// /claims about [speaker]: what the named actor said and what anyone said about it (or, when the query names
// no actor, statements whose words match), newest article first, five per page; contradicting statements
// are shown together and marked disputed.
import { type CommandDefinition, stringOption } from "./support/definition.js";
import type { CommandContext, CommandInput, CommandModule, Reply } from "./reply.js";
import type { Actor, Statement } from "../src/model/schema.js";
import { normalize } from "../src/search/index.js";
import { groupDisputes } from "./support/disputes.js";
import { withoutInnerQuotes } from "./support/inner-quotes.js";
import {
  actorChoices,
  clip,
  paginate,
  resolveActor,
  statementItem,
  statementJson,
  suggestionsFor,
  withLazyJson,
} from "./support/format.js";

export const PAGE_SIZE = 5;

export const definition: CommandDefinition = {
  name: "claims",
  description: "What was said by and about an actor or topic, with speakers and citations",
  options: [
    stringOption("about", "An actor or a topic (typos are fine)", { required: true, autocomplete: true }),
    stringOption("speaker", "Only what this actor said", { required: false, autocomplete: true }),
  ],
};

/** Whether the statement's words name the actor (its name or an alias of 3+ characters, as whole words). */
function namesActor(s: Statement, a: Actor): boolean {
  const text = ` ${normalize(s.text)} `;
  return [a.name, ...a.aliases].some((n) => {
    const k = normalize(n);
    return k.length >= 3 && text.includes(` ${k} `);
  });
}

/** Statements by and about `about`, optionally only those by `speaker`. */
function select(ctx: CommandContext, query: string, about: Actor | null, speaker: Actor | null): Statement[] {
  let list: Statement[];
  if (about && speaker) {
    list = ctx.search
      .statementsBy(speaker.id)
      .filter((s) => speaker.id === about.id || s.mentions.includes(about.id) || s.addresseeId === about.id || namesActor(s, about));
  } else if (about) {
    list = ctx.search.mergeStatements(ctx.search.statementsBy(about.id), ctx.search.statementsAbout(about.id));
    if (list.length === 0)
      list = ctx.search
        .statements(about.name, 200)
        .map((h) => h.item)
        .filter((s) => namesActor(s, about));
    else return list;
  } else {
    list = ctx.search.statements(query, 500).map((h) => h.item);
    if (speaker) list = list.filter((s) => s.speaker === speaker.id);
  }
  return ctx.search.sortStatements(list);
}

export function handle(input: CommandInput, ctx: CommandContext): Reply {
  const query = input.query.trim();
  const speakerQuery = input.options.speaker?.trim() ?? "";
  if (query === "" && speakerQuery === "") {
    return {
      status: "help",
      command: "claims",
      title: "Claims about what?",
      description: "Name an actor or a topic, e.g. `claims Wagner`, `claims Wagner --speaker CMA`, `claims genocide`.",
      suggestions: suggestionsFor(ctx, "", 5, { speakersOnly: true }),
      json: { query, speaker: speakerQuery || null, statements: [] },
    };
  }
  let speaker: Actor | null = null;
  if (speakerQuery !== "") {
    speaker = resolveActor(ctx, speakerQuery).actor;
    if (!speaker) {
      const suggestions = suggestionsFor(ctx, speakerQuery, 5, { speakersOnly: true });
      return {
        status: "empty",
        command: "claims",
        title: `No speaker matches “${clip(speakerQuery, 80)}”`,
        description: "Try the speaker's surname or acronym, or leave the speaker out to see everyone.",
        suggestions,
        json: { query, speaker: speakerQuery, statements: [], suggestions },
      };
    }
  }
  // no topic but a speaker: everything the speaker said
  const about = query === "" ? speaker : resolveActor(ctx, query).actor;
  const list = withoutInnerQuotes(select(ctx, query, about, speaker));
  const topic = about?.name ?? query;
  const by = speaker ? ` by ${speaker.name}` : "";
  const heading = speaker && about?.id === speaker.id ? `Claims by ${clip(speaker.name, 200)}` : `Claims${by} about ${clip(topic, 200)}`;
  if (list.length === 0) {
    const suggestions = about ? [] : suggestionsFor(ctx, query, 5);
    return {
      status: "empty",
      command: "claims",
      title: `No statements${speaker && about?.id === speaker.id ? ` by ${speaker.name}` : `${by} about ${clip(topic, 80)}`}`,
      description:
        about && speaker && about.id === speaker.id
          ? `${speaker.name} is in the corpus, but no statement is attributed to ${speaker.name}. Try \`claims ${speaker.name}\` for what others said about ${speaker.name}.`
          : about
            ? `${about.name} is in the corpus, but no statement${by} mentions ${about.name}. Try \`who ${about.name}\`${speaker ? " or another speaker" : ""}.`
            : "No actor or statement matches. Try an actor's name or acronym, or other words.",
      suggestions,
      json: { query, speaker: speaker?.id ?? null, actor: about?.id ?? null, statements: [], suggestions },
    };
  }
  const { ordered, disputed } = groupDisputes(ctx, list);
  const { slice, pagination } = paginate(ordered, input.page, PAGE_SIZE);
  const items = slice.map((s) => {
    const mark = disputed.get(s);
    return statementItem(ctx, s, mark ? { disputed: true, note: mark.note } : undefined);
  });
  const disputedCount = disputed.size;
  const reply: Omit<Reply, "json"> = {
    status: "ok",
    command: "claims",
    title: heading,
    description:
      `${ordered.length} statement${ordered.length === 1 ? "" : "s"}` +
      (about && !speaker ? ` by or about ${about.name}` : "") +
      ", newest article first" +
      (disputedCount ? `; ${disputedCount} marked disputed, shown beside what they contradict` : "") +
      ".",
    items,
    pagination,
  };
  return withLazyJson(reply, () => ({
    query,
    speaker: speaker?.id ?? null,
    actor: about?.id ?? null,
    statements: ordered.map((s) => statementJson(ctx, s, disputed.has(s))),
  }));
}

export const claims: CommandModule = {
  name: "claims",
  definition,
  handle,
  autocomplete: (option, value, ctx) => {
    if (option === "speaker") return actorChoices(ctx.search.suggestActors(value, 25, { speakersOnly: true }));
    const choices = actorChoices(ctx.search.suggestActors(value, 24));
    const typed = value.trim();
    if (typed !== "" && !choices.some((c) => c.value.toLowerCase() === typed.toLowerCase())) {
      choices.push({ name: clip(`Statements with the words “${typed}”`, 100), value: clip(typed, 100) });
    }
    return choices;
  },
};
export default claims;
