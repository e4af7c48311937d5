// `npm run deploy-commands`: bulk-overwrites the slash commands, on one guild when DISCORD_GUILD_ID is set
// (instant), globally otherwise. Starting the bot never registers.
import { REST, Routes, type RESTPutAPIApplicationCommandsJSONBody, type RESTPutAPIApplicationCommandsResult } from "discord.js";
import type { CommandModule } from "../../commands/reply.js";
import { ConfigError, loadConfig, requireClientId, requireToken } from "../config/env.js";
import { commands as allCommands } from "../../commands/index.js";

export interface RegisterOptions {
  token: string;
  clientId: string;
  guildId?: string;
  apiUrl?: string;
  commands: CommandModule[];
}

/** One bulk overwrite (PUT): the registered list becomes exactly `commands`. Returns what Discord stored. */
export async function registerCommands(o: RegisterOptions): Promise<RESTPutAPIApplicationCommandsResult> {
  const body: RESTPutAPIApplicationCommandsJSONBody = o.commands.map((c) => c.definition);
  const rest = new REST(o.apiUrl ? { api: o.apiUrl } : {}).setToken(o.token);
  const route = o.guildId ? Routes.applicationGuildCommands(o.clientId, o.guildId) : Routes.applicationCommands(o.clientId);
  return (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
}

/** The permissions the bot needs in a channel: View Channel, Send Messages, Embed Links, Read Message History,
 * Send Messages in Threads. */
export const INVITE_PERMISSIONS = (1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 16n) | (1n << 38n);

/** The link that adds the bot to a server with the scopes and permissions it needs. */
export function inviteUrl(clientId: string): string {
  return `https://discord.com/oauth2/authorize?client_id=${clientId}&scope=bot%20applications.commands&permissions=${INVITE_PERMISSIONS}`;
}

/** What `deploy-commands` prints. */
export function describeRegistration(result: RESTPutAPIApplicationCommandsResult, guildId: string | undefined, clientId?: string): string {
  const where = guildId ? `server ${guildId} (available now)` : "every server (global: may take up to an hour to appear)";
  const lines = [`Registered ${result.length} slash commands for ${where}:`, ...result.map((c) => `  /${c.name}  ${c.description}`)];
  if (clientId) lines.push(`Invite the bot (if not yet in the server): ${inviteUrl(clientId)}`);
  return lines.join("\n");
}

export function registrationHint(err: unknown): string {
  const e = err as { status?: number; message?: string };
  if (e.status === 401) return "Discord refused the token: check DISCORD_TOKEN.";
  if (e.status === 403)
    return "Discord refused: is the bot in that server (DISCORD_GUILD_ID), invited with the applications.commands scope?";
  if (e.status === 404) return "Unknown application or server: check DISCORD_CLIENT_ID and DISCORD_GUILD_ID.";
  return `Could not register the commands: ${e.message ?? String(err)}`;
}

export async function deployCommands(): Promise<void> {
  try {
    const cfg = await loadConfig();
    const token = requireToken(cfg);
    const clientId = requireClientId(cfg);
    const commands = allCommands;
    const result = await registerCommands({ token, clientId, guildId: cfg.guildId, apiUrl: cfg.apiUrl, commands });
    process.stdout.write(`${describeRegistration(result, cfg.guildId, clientId)}\n`);
  } catch (err) {
    process.stderr.write(`newsdesk: ${err instanceof ConfigError ? err.message : registrationHint(err)}\n`);
    process.exit(1);
  }
}
