// Button clicks that act rather than page: a reply's action (undo a correction; moderators only for editor
// commands), and a member's "Report a problem" click, which records the report (with the answer's citations) in the corrections
// database and posts it, with the corrections it suggests, in the channel set with /settings report-channel;
// the member is told what happened. The report's content is commands/report.ts; the routing is bot.ts.
import { MessageFlags, PermissionFlagsBits, type ButtonInteraction, type GuildTextBasedChannel } from "discord.js";
import type { CommandContext, CommandModule, Reply } from "../../commands/reply.js";
import { problemReport, reportReply } from "../../commands/report.js";
import { REPORT_CHANNEL } from "../../commands/settings.js";
import type { CorrectionLog } from "../corrections/log.js";
import type { Logger } from "../log.js";
import { renderReply, renderText } from "./render.js";

export interface ReportInput {
  command: string;
  query: string;
  /** The answer the button was on, run again from the button's state; null when the command is gone. */
  answer: Reply | null;
  corrections: CorrectionLog | undefined;
  /** The member's display name. */
  by: string;
  log: Logger;
}

export async function handleReport(i: ButtonInteraction, r: ReportInput): Promise<void> {
  const { corrections, answer, log } = r;
  if (!corrections || !answer || !i.inGuild()) {
    await i.reply(renderText("Reports are not recorded here.", { ephemeral: true }));
    return;
  }
  const report = problemReport(answer, r.query);
  const by = { id: i.user.id, name: r.by, via: "discord" as const };
  const id = corrections.addReport({ guildId: i.guildId, by, command: r.command, query: r.query, citations: report.citations });
  const channelId = corrections.setting(i.guildId, REPORT_CHANNEL);
  let posted = false;
  if (channelId) {
    await i.deferReply({ flags: MessageFlags.Ephemeral });
    const channel = i.client.channels.cache.get(channelId) ?? (await i.client.channels.fetch(channelId).catch(() => null));
    if (channel?.isTextBased() && "send" in channel) {
      const { flags: _f, components: _c, ...msg } = renderReply(reportReply(report, `@${by.name}`, id));
      posted = await (channel as GuildTextBasedChannel)
        .send({ ...msg, allowedMentions: { parse: [] } })
        .then(() => true)
        .catch((err: unknown) => {
          log.warn({ channel: channelId, err: (err as Error)?.message ?? String(err) }, "could not post a problem report");
          return false;
        });
    }
  }
  const text = posted
    ? `Thanks: report #${id} went to the moderators with this answer's citations.`
    : `Thanks: report #${id} is recorded. ${channelId ? "I could not post it in the moderators' channel" : "The moderators have not chosen a report channel yet"} (/settings report-channel).`;
  if (i.deferred) await i.editReply({ content: text, allowedMentions: { parse: [] } });
  else await i.reply(renderText(text, { ephemeral: true }));
  log.info({ report: id, command: r.command, posted }, "problem reported");
}

/** A reply's action button: the command's `action`, refused to members for editor commands. */
export async function handleAction(
  i: ButtonInteraction,
  a: { mod: CommandModule | undefined; arg: string; by: string; ctx: () => CommandContext; log: Logger },
): Promise<void> {
  const { mod } = a;
  if (!mod?.action) {
    await i.reply(renderText("This button is not one of mine any more. Run the command again.", { ephemeral: true }));
    return;
  }
  if (mod.editorOnly && !(i.inGuild() && i.memberPermissions?.has(PermissionFlagsBits.ManageMessages))) {
    await i.reply(renderText("Only moderators (Manage Messages) can do this.", { ephemeral: true }));
    return;
  }
  const author = { id: i.user.id, name: a.by, via: "discord" as const };
  const reply = mod.action(a.arg, { query: "", options: {}, page: 0, requestedBy: a.by, author }, a.ctx());
  await i.reply(renderReply(reply, { ephemeral: true }));
  a.log.info({ command: mod.name, action: a.arg.split(":")[0], status: reply.status }, "action");
}
