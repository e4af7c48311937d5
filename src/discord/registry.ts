// The command modules and the reload formatter the bot and the console run (the registry in commands/).
import type { CommandModule, Reply } from "../commands/types.js";
import { commands, formatReloadReport } from "../commands/index.js";
import type { ReloadReport } from "../summary/store.js";

export async function loadCommands(): Promise<CommandModule[]> {
  if (!Array.isArray(commands) || commands.length === 0) throw new Error("the command registry (commands/index.ts) exports no commands");
  return commands;
}

export async function loadReloadFormatter(): Promise<(r: ReloadReport) => Reply> {
  return formatReloadReport;
}
