// /settings report-channel channel:<#channel>: where members' "Report a problem" clicks are posted for the
// moderators, per server (kept in the corrections database). Moderators only.
import { ChannelType, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from "discord.js";
import type { CommandContext, CommandInput, CommandModule, Reply } from "./reply.js";

export const REPORT_CHANNEL = "report-channel";

export const definition = new SlashCommandBuilder()
  .setName("settings")
  .setDescription("Server settings for newsdesk (moderators)")
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((s) =>
    s
      .setName("report-channel")
      .setDescription("Where members' problem reports are posted for the moderators")
      .addChannelOption((o) =>
        o.setName("channel").setDescription("A moderators' channel").setRequired(true).addChannelTypes(ChannelType.GuildText),
      ),
  );

export function handle(input: CommandInput, ctx: CommandContext): Reply {
  const log = ctx.corrections?.log;
  const fail = (d: string): Reply => ({ status: "error", command: "settings", title: "Not changed", description: d, json: { ok: false } });
  if (!log) return fail("Settings need the corrections database, which this bot has not opened.");
  if (!input.guildId) return fail("Settings are per server: run /settings in a server.");
  if (input.options.subcommand !== "report-channel") return fail("Which setting? `/settings report-channel channel:#moderators`.");
  const channel = input.options.channel?.trim() ?? "";
  if (!/^\d{17,20}$/.test(channel)) return fail("Pick a text channel.");
  log.setSetting(input.guildId, REPORT_CHANNEL, channel);
  return {
    status: "ok",
    command: "settings",
    title: "Report channel set",
    description: `Members' “Report a problem” clicks will be posted in <#${channel}>, with the answer's citations and the corrections they suggest.`,
    json: { ok: true, reportChannel: channel },
  };
}

export const settings: CommandModule = { name: "settings", definition, editorOnly: true, handle };
export default settings;
