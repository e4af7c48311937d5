// The /correct slash command as plain API data (moderators, servers only): its subcommands and their options.
// The handler and what each subcommand does are in correct.ts.
import { ACTOR_KINDS } from "../src/model/kinds.js";
import { choiceOption } from "./support/choices.js";
import { type CommandDefinition, GUILD_ONLY, PERMISSION, stringOption, subcommand } from "./support/definition.js";

/** Every correction says why. */
const WHY = { ...stringOption("why", "Why (a short note kept with the correction)", { required: true }), max_length: 300 };

export const definition = {
  type: 1,
  name: "correct",
  description: "Correct the record (moderators): speakers, actors, dates, hidden items",
  default_member_permissions: PERMISSION.ManageMessages,
  contexts: GUILD_ONLY,
  options: [
    subcommand("speaker", "Set who said a statement, or mark the speaker unclear", [
      stringOption("statement", "The statement (type its words)", { required: true, autocomplete: true }),
      stringOption("to", "The speaker, or “unclear”", { required: true, autocomplete: true }),
      WHY,
    ]),
    subcommand("alias", "Add or remove another name of an actor", [
      stringOption("actor", "The actor", { required: true, autocomplete: true }),
      choiceOption(
        "action",
        "Add or remove",
        [
          { name: "add", value: "add" },
          { name: "remove", value: "remove" },
        ],
        true,
      ),
      { ...stringOption("alias", "The other name", { required: true }), max_length: 100 },
      WHY,
    ]),
    subcommand("merge", "Two actors are one: merge the first into the second", [
      stringOption("actor", "The actor that goes away", { required: true, autocomplete: true }),
      stringOption("into", "The actor that stays", { required: true, autocomplete: true }),
      WHY,
    ]),
    subcommand("split", "An alias is someone else: make it an actor of its own", [
      stringOption("actor", "The actor that has the alias", { required: true, autocomplete: true }),
      stringOption("alias", "The alias to split off", { required: true, autocomplete: true }),
      WHY,
    ]),
    subcommand("kind", "Set what kind of actor this is", [
      stringOption("actor", "The actor", { required: true, autocomplete: true }),
      choiceOption(
        "kind",
        "The kind",
        ACTOR_KINDS.map((k) => ({ name: k, value: k })),
        true,
      ),
      WHY,
    ]),
    subcommand("hide", "Hide a statement, event or actor that is not real (a caption, a junk name)", [
      stringOption("target", "A statement, event or actor", { required: true, autocomplete: true }),
      WHY,
    ]),
    subcommand("date", "Set an event's date", [
      stringOption("event", "The event (type its words)", { required: true, autocomplete: true }),
      { ...stringOption("date", "YYYY-MM-DD, YYYY-MM or YYYY", { required: true }), max_length: 10 },
      WHY,
    ]),
    subcommand("undo", "Undo a correction (kept in the log as undone)", [
      stringOption("correction", "The correction", { required: true, autocomplete: true }),
    ]),
  ],
} satisfies CommandDefinition;
