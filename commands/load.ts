// Each command module by name, imported only when it runs. The command line answers one command per process
// and must not load the others, nor what they import (croner for /schedule, the /correct definition, …); the
// registry (index.ts) is for the bot and the console, which serve them all. Same modules, same handlers.
import type { CommandContext, CommandInput, CommandModule, Reply } from "./reply.js";

const LOADERS: Record<string, () => Promise<CommandModule>> = {
  who: async () => (await import("./who.js")).who,
  claims: async () => (await import("./claims.js")).claims,
  timeline: async () => (await import("./timeline.js")).timeline,
  briefing: async () => (await import("./briefing.js")).briefing,
  sources: async () => (await import("./sources.js")).sources,
  quote: async () => (await import("./quote.js")).quote,
  correct: async () => (await import("./correct.js")).correct,
  corrections: async () => (await import("./corrections.js")).corrections,
  settings: async () => (await import("./settings.js")).settings,
  schedule: async () => (await import("./schedule.js")).schedule,
  help: async () => (await import("./help.js")).help,
  reload: async () => (await import("./reload.js")).reload,
};

/** The names of the commands, as the registry lists them. */
export const COMMAND_NAMES: readonly string[] = Object.keys(LOADERS);

/** The command module of `name`, or the help for a name that is not a command. */
export function loadCommand(name: string): Promise<CommandModule> {
  return (Object.hasOwn(LOADERS, name) ? LOADERS[name]! : LOADERS.help!)();
}

/** A partial input completed with the defaults every handler expects. */
export function commandInput(input: Partial<CommandInput>): CommandInput {
  return {
    query: input.query ?? "",
    options: input.options ?? {},
    page: input.page ?? 0,
    requestedBy: input.requestedBy,
    ...(input.author ? { author: input.author } : {}),
  };
}

/** Runs a command by name, loading only its module; an unknown name gets the help. */
export async function runCommandLazily(name: string, input: Partial<CommandInput>, ctx: CommandContext): Promise<Reply> {
  return (await loadCommand(name)).handle(commandInput(input), ctx);
}
