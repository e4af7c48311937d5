// /quote text [speaker]: did someone really say this, in these words, and where? The exact statement, or the
// closest ones with their differences word by word, each with the speaker, the cue and the citation; "not
// found in the corpus" when nobody said anything close. The matching is src/search/quote-match.ts.
import type { Statement } from "../src/model/schema.js";
import { type Difference, matchQuote } from "../src/search/quote-match.js";
import type { CommandDefinition } from "./support/definition.js";
import type { CommandContext, CommandInput, CommandModule, Reply } from "./reply.js";
import { actorChoices, clip, resolveActor, speakerName, statementItem, statementJson, suggestionsFor } from "./support/format.js";

export const definition = {
  options: [
    {
      type: 3,
      name: "text",
      description: "The words to check (quote marks and … are fine)",
      required: true,
    },
    {
      autocomplete: true,
      type: 3,
      name: "speaker",
      description: "Who is said to have said it",
      required: false,
    },
  ],
  name: "quote",
  description: "Check a quote: where these words were said, exactly or nearly, and by whom",
  type: 1,
} satisfies CommandDefinition;

/** The differences as a reader reads them: “quiet” for “silence”; added “never”; left out “not”. */
export function describeDifferences(ds: readonly Difference[]): string {
  const parts: string[] = [];
  for (const d of ds) {
    if (d.op === "changed") parts.push(`“${d.text}” where the source says “${d.was}”`);
    else if (d.op === "added") parts.push(`“${d.text}” is not in the source`);
    else if (d.op === "missing") parts.push(`the source also says “${d.text}”`);
  }
  return parts.join("; ");
}

export function handle(input: CommandInput, ctx: CommandContext): Reply {
  const query = input.query.trim();
  const speakerQuery = input.options.speaker?.trim() ?? "";
  if (query === "") {
    return {
      status: "help",
      command: "quote",
      title: "Which words?",
      description: 'Give the words to check, e.g. `quote "deafening silence"` or `/quote text: deafening silence speaker: Raha`.',
      json: { query, matches: [] },
    };
  }
  let pool: readonly Statement[] = ctx.summary.statements;
  let speakerNote = "";
  if (speakerQuery !== "") {
    const actor = resolveActor(ctx, speakerQuery).actor;
    if (!actor) {
      const suggestions = suggestionsFor(ctx, speakerQuery, 5, { speakersOnly: true });
      return {
        status: "empty",
        command: "quote",
        title: `No speaker matches “${clip(speakerQuery, 80)}”`,
        description: "Try the speaker's surname or acronym, or leave the speaker out to search everyone's words.",
        suggestions,
        json: { query, matches: [], suggestions },
      };
    }
    pool = ctx.search.statementsBy(actor.id);
    speakerNote = ` by ${actor.name}`;
  }
  const matches = matchQuote(query, pool);
  const json = {
    query,
    matches: matches.map((m) => ({
      ...statementJson(ctx, m.statement),
      exact: m.exact,
      similarity: m.similarity,
      differences: m.differences,
    })),
  };
  if (matches.length === 0) {
    return {
      status: "empty",
      command: "quote",
      title: `Not found in the corpus${speakerNote}`,
      description: `Nobody${speakerNote ? ` (as far as the corpus says, not ${speakerNote.slice(4)} either)` : ""} said “${clip(query, 300)}” or anything close to it in the articles loaded.`,
      json,
    };
  }
  const best = matches[0]!;
  const items = matches.map((m) => {
    const note = m.exact ? "exact words" : `${Math.round(m.similarity * 100)}% the same words: ${describeDifferences(m.differences)}`;
    return statementItem(ctx, m.statement, { note });
  });
  const who = speakerName(ctx, best.statement) ?? "a speaker the text leaves unclear";
  return {
    status: "ok",
    command: "quote",
    title: best.exact ? `Said${speakerNote}, in these words` : `Not in these exact words${speakerNote}`,
    description: best.exact
      ? `${who} said it${matches.length > 1 ? `; ${matches.length - 1} more close match${matches.length > 2 ? "es" : ""} below` : ""}.`
      : `The closest${matches.length > 1 ? " statements differ" : " statement differs"} from the words asked: check the differences before quoting.`,
    items,
    json,
  };
}

export const quote: CommandModule = {
  name: "quote",
  definition,
  handle,
  autocomplete: (option, value, ctx) =>
    option === "speaker" ? actorChoices(ctx.search.suggestActors(value, 25, { speakersOnly: true })) : [],
};
export default quote;
