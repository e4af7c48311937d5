// Slash command definitions as plain data — the JSON body Discord's API takes — instead of discord.js's
// builders, so that loading a command (for the CLI, the console, a test) never loads discord.js: its types are
// imported with `import type` and erased. The numbers are Discord's API constants (the enums of
// discord-api-types), checked against the types by `satisfies`; registration (src/discord/deploy.ts) sends
// these objects as they are.
import type {
  APIApplicationCommandBasicOption,
  APIApplicationCommandChannelOption,
  APIApplicationCommandSubcommandOption,
  APIApplicationCommandStringOption,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";

export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** ApplicationCommandOptionType.Subcommand / .String / .Channel. */
const SUBCOMMAND = 1;
const STRING_OPTION = 3;
const CHANNEL_OPTION = 7;

/** InteractionContextType.Guild: the command exists only in servers, not in DMs. */
export const GUILD_ONLY = [0] satisfies CommandDefinition["contexts"];

/** PermissionFlagsBits, as the decimal strings `default_member_permissions` takes. */
export const PERMISSION = {
  ManageGuild: String(1n << 5n),
  ManageMessages: String(1n << 13n),
} as const;

/** ChannelType.GuildText, .GuildAnnouncement, .PublicThread. */
export const POSTABLE_CHANNELS = [0, 5, 11] satisfies APIApplicationCommandChannelOption["channel_types"];

export function stringOption(
  name: string,
  description: string,
  o: { required: boolean; autocomplete?: boolean },
): APIApplicationCommandStringOption {
  return { type: STRING_OPTION, name, description, required: o.required, ...(o.autocomplete ? { autocomplete: true } : {}) };
}

export function channelOption(
  name: string,
  description: string,
  o: { required: boolean; channelTypes: APIApplicationCommandChannelOption["channel_types"] },
): APIApplicationCommandChannelOption {
  return { type: CHANNEL_OPTION, name, description, required: o.required, channel_types: o.channelTypes };
}

export function subcommand(
  name: string,
  description: string,
  options: APIApplicationCommandBasicOption[],
): APIApplicationCommandSubcommandOption {
  return { type: SUBCOMMAND, name, description, options };
}
