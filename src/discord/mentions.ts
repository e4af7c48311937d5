// Whether a message is addressed to the bot: a user mention of the bot, or a mention of the bot's managed role
// (Discord adds one per bot; clients often insert it when you pick the bot from the @ list).
import type { Message } from "discord.js";

export function mentionsBot(m: Message, botId: string): boolean {
  if (m.mentions.users.has(botId)) return true;
  if (new RegExp(`<@!?${botId}>`).test(m.content)) return true;
  const roleIds = [...m.mentions.roles.keys(), ...[...m.content.matchAll(/<@&(\d+)>/g)].map((x) => x[1] as string)];
  if (roleIds.length === 0 || !m.guild) return false;
  for (const id of roleIds) {
    const role = m.guild.roles.cache.get(id);
    if (role?.tags?.botId === botId) return true;
    if (m.guild.members.me?.roles.botRole?.id === id) return true;
    // a managed role only the bot has, when the role's bot tag is not known
    if (role?.managed && m.guild.members.me?.roles.cache.has(id)) return true;
  }
  return false;
}

/** The text without user, role and channel mentions. */
export function stripMentions(content: string): string {
  return content
    .replace(/<(@[!&]?|#)\d+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
