// A mention ("@newsdesk who is Raha?"): read as a natural question, answered in the channel as a reply, in
// text where the bot may not embed, and not at all where it may not post. The router and the command modules
// are the bot's (bot.ts); the reading of the question is commands/natural.ts.
import { type Client, type Message, PermissionFlagsBits } from "discord.js";
import { parseNatural } from "../../commands/natural.js";
import type { CommandInput, CommandModule, Reply } from "../../commands/reply.js";
import { renderText as replyAsText } from "../../commands/text.js";
import type { Logger } from "../log.js";
import { safePermissions } from "./bot-parts.js";
import { mentionsBot, stripMentions } from "./mentions.js";
import { NO_MENTIONS, renderReply, renderText, type RenderedMessage } from "./render.js";

export interface MentionDeps {
  client: Client;
  modules: Map<string, CommandModule>;
  run: (name: string, input: CommandInput) => Reply;
  /** Waits for this job's turn: acknowledgements of interactions go first. */
  turn: () => Promise<void>;
  /** While the summary store opens: what to answer instead ("Still reading the corpus: …"), else null. */
  waiting?: () => string | null;
  log: Logger;
}

export async function answerMention(m: Message, d: MentionDeps): Promise<void> {
  const { client, modules, run, turn, log } = d;
  if (m.author.bot || m.webhookId || !client.user || m.author.id === client.user.id) return;
  if (!mentionsBot(m, client.user.id)) return;
  // where the bot cannot post, say nothing (and do not provoke a 403); without Embed Links, answer in text
  const perms = m.inGuild() && "permissionsFor" in m.channel ? safePermissions(() => m.channel.permissionsFor(client.user!)) : null;
  const sendBit = m.channel.isThread() ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages;
  if (perms && !perms.has(sendBit)) {
    log.warn({ channel: m.channelId }, "mentioned in a channel where I cannot post");
    return;
  }
  const embeds = !perms || perms.has(PermissionFlagsBits.EmbedLinks);
  const text = stripMentions(m.content);
  const parsed = parseNatural(text);
  const waiting = d.waiting?.() ?? null;
  let msg: RenderedMessage;
  if (waiting) msg = renderText(waiting);
  else if (!parsed || parsed.command === "reload" || !modules.has(parsed.command)) {
    msg = renderText(
      'Ask me things like "who is Raha?", "what did the CMA say about Wagner?", "timeline Bir" or "brief me", or use the slash commands (/help lists them).',
      { markdown: true },
    );
  } else {
    await turn(); // a mention has no deadline: acknowledgements of interactions go first
    const reply = run(parsed.command, {
      query: parsed.query,
      options: parsed.options,
      page: 0,
      requestedBy: m.member?.displayName ?? m.author.username,
    });
    msg = embeds ? renderReply(reply, { query: parsed.query, speaker: parsed.options.speaker }) : renderText(replyAsText(reply));
  }
  const { flags: _f, ...payload } = msg;
  await m.reply({ ...payload, allowedMentions: { ...NO_MENTIONS, parse: [] } });
  log.info({ command: waiting ? "still-reading" : (parsed?.command ?? "help"), via: "mention", guild: m.guildId }, "answered");
}
