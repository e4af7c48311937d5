// The command registry: every slash command the bot registers and the CLI and console run, by name.
// `reload` is here so that it gets registered; the Discord layer and the console intercept it and call the
// store (its handler alone only says how to reload).
import type { CommandContext, CommandInput, CommandModule, Reply } from "./reply.js";
import { briefing } from "./briefing.js";
import { claims } from "./claims.js";
import { correct } from "./correct.js";
import { corrections } from "./corrections.js";
import { help } from "./help.js";
import { commandInput } from "./load.js";
import { quote } from "./quote.js";
import { reload } from "./reload.js";
import { schedule } from "./schedule.js";
import { settings } from "./settings.js";
import { sources } from "./sources.js";
import { timeline } from "./timeline.js";
import { who } from "./who.js";

export { formatReloadReport } from "./reload.js";

export const commands: CommandModule[] = [
  who,
  claims,
  timeline,
  briefing,
  sources,
  quote,
  correct,
  corrections,
  settings,
  schedule,
  help,
  reload,
];

/** Every slash command definition to register. */
export const definitions = commands.map((c) => c.definition);

export function findCommand(name: string): CommandModule | undefined {
  return commands.find((c) => c.name === name);
}

/** Runs a command by name; an unknown name gets the help. */
export function runCommand(name: string, input: Partial<CommandInput>, ctx: CommandContext): Reply {
  return (findCommand(name) ?? help).handle(commandInput(input), ctx);
}
