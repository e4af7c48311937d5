// /settings report-channel channel:<#channel>: where members' "Report a problem" clicks are posted for the
// moderators, per server (kept in the corrections database). Moderators only.
import type { CommandDefinition } from "./support/definition.js";
import type { CommandContext, CommandInput, CommandModule, Reply } from "./reply.js";

export const REPORT_CHANNEL = "report-channel";

export const definition = {
  options: [
    {
      type: 1,
      name: "report-channel",
      description: "Where members' problem reports are posted for the moderators",
      options: [
        {
          channel_types: [0],
          name: "channel",
          description: "A moderators' channel",
          required: true,
          type: 7,
        },
      ],
    },
  ],
  name: "settings",
  description: "Server settings for newsdesk (moderators)",
  contexts: [0],
  default_member_permissions: "8192",
  type: 1,
} satisfies CommandDefinition;

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
