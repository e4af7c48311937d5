// `npm run deploy-commands`: bulk-overwrites the slash commands, on one guild when DISCORD_GUILD_ID is set
// (instant), globally otherwise. Starting the bot never registers.
import { REST, Routes, type RESTPutAPIApplicationCommandsJSONBody, type RESTPutAPIApplicationCommandsResult } from "discord.js";
import { ConfigError, loadConfig, requireClientId, requireToken } from "../config/env.js";
import { loadCommands } from "./registry.js";

export async function deployCommands(): Promise<void> {
  try {
    const cfg = await loadConfig();
    const token = requireToken(cfg);
    const clientId = requireClientId(cfg);
    const commands = await loadCommands();
    const body: RESTPutAPIApplicationCommandsJSONBody = commands.map((c) => c.definition.toJSON());
    const rest = new REST(cfg.apiUrl ? { api: cfg.apiUrl } : {}).setToken(token);
    const route = cfg.guildId ? Routes.applicationGuildCommands(clientId, cfg.guildId) : Routes.applicationCommands(clientId);
    const result = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
    const where = cfg.guildId ? `server ${cfg.guildId} (available now)` : "every server (global: may take up to an hour to appear)";
    process.stdout.write(`Registered ${result.length} slash commands for ${where}:\n`);
    for (const c of result) process.stdout.write(`  /${c.name}  ${c.description}\n`);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    const e = err as { status?: number; message?: string };
    const hint =
      e.status === 401
        ? "Discord refused the token: check DISCORD_TOKEN."
        : e.status === 403
          ? "Discord refused: is the bot in that server (DISCORD_GUILD_ID) with the applications.commands scope?"
          : e.status === 404
            ? "Unknown application or server: check DISCORD_CLIENT_ID and DISCORD_GUILD_ID."
            : `Could not register the commands: ${e.message ?? String(err)}`;
    process.stderr.write(`newsdesk: ${hint}\n`);
    process.exit(1);
  }
}
