// Loads the command modules and the reload formatter at run time, so that the bot's wiring does not depend on
// them at import time (tests pass their own modules).
import type { CommandModule, Reply } from "../commands/types.js";
import type { ReloadReport } from "../summary/store.js";

export async function loadCommands(): Promise<CommandModule[]> {
  const mod = (await import("../commands/index.js")) as { commands?: CommandModule[] };
  if (!Array.isArray(mod.commands) || mod.commands.length === 0) {
    throw new Error("src/commands/index.ts exports no `commands`: the command registry is missing");
  }
  return mod.commands;
}

export async function loadReloadFormatter(): Promise<((r: ReloadReport) => Reply) | undefined> {
  try {
    // a variable specifier: the module is optional (the bot has a plain formatter of its own)
    const specifier = "../commands/reload.js";
    const mod = (await import(specifier)) as { formatReloadReport?: (r: ReloadReport) => Reply };
    return mod.formatReloadReport;
  } catch {
    return undefined;
  }
}
