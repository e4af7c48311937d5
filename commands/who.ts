// /who name: the actor card — kind, roles, aliases, the articles it appears in, its latest statements.
import { type CommandDefinition, stringOption } from "./support/definition.js";
import type { CommandContext, CommandInput, CommandModule, Reply, ReplyField } from "./reply.js";
import type { Actor } from "../src/model/schema.js";
import { withoutInnerQuotes } from "./support/inner-quotes.js";
import { actorChoices, articleLabel, clip, resolveActor, statementItem, suggestionsFor, correctionNote } from "./support/format.js";

/** Other matches within this much of the best score are offered as "did you mean". */
const CLOSE = 0.25;
const LATEST_STATEMENTS = 5;
const MAX_ARTICLES_LISTED = 10;

export const definition: CommandDefinition = {
  name: "who",
  description: "Who is this? An actor's card: roles, aliases, articles and latest statements",
  options: [stringOption("name", "A name, surname, acronym or alias (typos are fine)", { required: true, autocomplete: true })],
};

function actorJson(ctx: CommandContext, a: Actor) {
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    aliases: a.aliases,
    roles: a.roles,
    articles: a.articles,
    mentions: a.mentions,
    statementCount: ctx.search.statementCount(a.id),
  };
}

export function handle(input: CommandInput, ctx: CommandContext): Reply {
  const query = input.query.trim();
  if (query === "") {
    const suggestions = suggestionsFor(ctx, "", 5);
    return {
      status: "help",
      command: "who",
      title: "Who are you looking for?",
      description: "Give a name, a surname, an acronym or a title, e.g. `who Raha`, `who AMA`, `who the Malian army`.",
      suggestions,
      json: { query, matches: [], suggestions },
    };
  }
  const { actor, hits } = resolveActor(ctx, query);
  if (!actor) {
    const suggestions = suggestionsFor(ctx, query, 5);
    return {
      status: "empty",
      command: "who",
      title: `No actor matches “${clip(query, 80)}”`,
      description:
        "Try a surname (“Raha”), an acronym (“AMA”), part of the name, or fewer words." +
        (suggestions.length ? " Did you mean one of the names below?" : " `sources` lists the articles loaded."),
      suggestions,
      json: { query, matches: [], suggestions },
    };
  }
  const best = hits[0]?.score ?? 0;
  const close = hits.slice(1).filter((h) => h.score <= best + CLOSE);
  const suggestions = close.map((h) => h.item.name);

  const fields: ReplyField[] = [{ name: "Kind", value: actor.kind, inline: true }];
  if (actor.roles.length) fields.push({ name: "Roles", value: actor.roles.join("; "), inline: true });
  if (actor.aliases.length) fields.push({ name: "Also called", value: actor.aliases.join(", ") });
  if (actor.correction) fields.push({ name: "Corrected", value: correctionNote(actor.correction) });
  const articleLines = actor.articles.slice(0, MAX_ARTICLES_LISTED).map((id) => {
    const a = ctx.search.article(id);
    return `• ${articleLabel(a, id)}${a?.url ? ` <${a.url}>` : ""}`;
  });
  if (actor.articles.length > MAX_ARTICLES_LISTED) articleLines.push(`… and ${actor.articles.length - MAX_ARTICLES_LISTED} more`);
  fields.push({
    name: `Appears in ${actor.articles.length} article${actor.articles.length === 1 ? "" : "s"}`,
    value: articleLines.join("\n") || "—",
  });

  const said = withoutInnerQuotes(ctx.search.statementsBy(actor.id));
  const items = said.slice(0, LATEST_STATEMENTS).map((s) => statementItem(ctx, s));
  const description = said.length
    ? `${actor.name} is quoted or reported ${said.length} time${said.length === 1 ? "" : "s"}` +
      (said.length > LATEST_STATEMENTS
        ? `; the first ${LATEST_STATEMENTS} below (newest article first), all with \`claims ${actor.name}\`.`
        : "; below, newest article first.")
    : `No statements by ${actor.name} in the corpus. Try \`claims ${actor.name}\` for what others said about ${actor.name}.`;
  return {
    status: "ok",
    command: "who",
    title: actor.name,
    description,
    fields,
    items,
    suggestions,
    footer: suggestions.length ? `Did you mean: ${suggestions.join(", ")}?` : undefined,
    json: { query, matches: [actor, ...close.map((h) => h.item)].map((a) => actorJson(ctx, a)), suggestions },
  };
}

export const who: CommandModule = {
  name: "who",
  definition,
  handle,
  autocomplete: (_option, value, ctx) => actorChoices(ctx.search.suggestActors(value, 25)),
};
export default who;
