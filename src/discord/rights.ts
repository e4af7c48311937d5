// The asker's own rights where a command posts for them: a moderator may only have the bot post where they
// could post themselves (View Channel and Send Messages, or Send Messages in Threads), and only in the server
// they ask from. The member's permissions come from Discord with the interaction: for a picked channel option
// they are in its resolved data (`permissions`), for the current channel in `member.permissions`; the guild
// cache is the fallback. The bot's own permissions in a channel are read here too (botPermissionsIn).
import {
  type Client,
  GuildMember,
  PermissionFlagsBits,
  PermissionsBitField,
  type ChatInputCommandInteraction,
  type GuildTextBasedChannel,
} from "discord.js";

/** Why the asker may not have the bot post in `channel`, or null when they may. `picked` is the channel option
 * as discord.js resolved it (null when the command targets the current channel). */
export function askerRefusal(i: ChatInputCommandInteraction, channel: GuildTextBasedChannel, picked: unknown): string | null {
  const pickedGuild = (picked as { guildId?: string | null } | null)?.guildId;
  if (channel.guildId !== i.guildId || (pickedGuild && pickedGuild !== i.guildId))
    return `<#${channel.id}> is in another server: a briefing is posted in this server only. Pick one of its channels.`;
  const perms = memberPermissions(i, channel, picked);
  if (!perms) return `I cannot check your permissions in <#${channel.id}>, so I will not post there for you. Try again in a moment.`;
  const send: [bigint, string] = channel.isThread()
    ? [PermissionFlagsBits.SendMessagesInThreads, "Send Messages in Threads"]
    : [PermissionFlagsBits.SendMessages, "Send Messages"];
  const missing = [[PermissionFlagsBits.ViewChannel, "View Channel"] as [bigint, string], send].filter(([bit]) => !perms.has(bit));
  if (missing.length === 0) return null;
  return `You cannot post in <#${channel.id}> yourself (you are missing ${missing.map(([, n]) => n).join(" and ")} there), so I will not post there for you. Pick a channel where you can post.`;
}

function memberPermissions(
  i: ChatInputCommandInteraction,
  channel: GuildTextBasedChannel,
  picked: unknown,
): Readonly<PermissionsBitField> | null {
  if (picked) {
    const p = (picked as { permissions?: unknown }).permissions;
    if (p instanceof PermissionsBitField) return p;
    if (typeof p === "string" && /^\d+$/.test(p)) return new PermissionsBitField(BigInt(p));
  } else if (channel.id === i.channelId && i.memberPermissions) return i.memberPermissions;
  if (i.member instanceof GuildMember) {
    try {
      return channel.permissionsFor(i.member);
    } catch {
      return null;
    }
  }
  return null;
}

/** The bot's permissions in a channel: from the interaction when it is the same channel, else the cache. */
export function botPermissionsIn(
  client: Client,
  i: ChatInputCommandInteraction,
  channel: GuildTextBasedChannel,
): Readonly<PermissionsBitField> | null {
  if (channel.id === i.channelId && i.appPermissions) return i.appPermissions;
  const me = client.user;
  if (!me) return null;
  try {
    return channel.permissionsFor(me) ?? null;
  } catch {
    return null;
  }
}

const POST_PERMISSIONS: [bigint, string][] = [
  [PermissionFlagsBits.ViewChannel, "View Channel"],
  [PermissionFlagsBits.SendMessages, "Send Messages"],
  [PermissionFlagsBits.EmbedLinks, "Embed Links"],
];

/** What the bot lacks to post an answer in `channel` (View Channel, Send Messages or Send Messages in Threads,
 * Embed Links), by name; empty when nothing is missing or its permissions cannot be read. */
export function botMissingToPost(client: Client, i: ChatInputCommandInteraction, channel: GuildTextBasedChannel): string[] {
  const perms = botPermissionsIn(client, i, channel);
  if (!perms) return [];
  const needed: [bigint, string][] = channel.isThread()
    ? POST_PERMISSIONS.map(([bit, name]) =>
        bit === PermissionFlagsBits.SendMessages ? [PermissionFlagsBits.SendMessagesInThreads, "Send Messages in Threads"] : [bit, name],
      )
    : POST_PERMISSIONS;
  return needed.filter(([bit]) => !perms.has(bit)).map(([, name]) => name);
}
