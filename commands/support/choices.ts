// A string option with fixed choices (optional unless said), as plain API data (support/definition.ts makes the others).
import type { APIApplicationCommandStringOption } from "discord.js";

/** ApplicationCommandOptionType.String. */
const STRING_OPTION = 3;

export function choiceOption(
  name: string,
  description: string,
  choices: { name: string; value: string }[],
  required = false,
): APIApplicationCommandStringOption {
  return { type: STRING_OPTION, name, description, required, choices };
}
