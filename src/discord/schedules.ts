// The Discord side of scheduled briefings: /schedule add|list|remove (with their autocomplete and the list's
// remove buttons), /briefing since:…, the poster the scheduler calls, and the notice a schedule's creator gets
// about a failure the next time they use a newsdesk command in that server. The schedules database and the
// runner are src/schedule's; the digest is commands/support's; this file only talks to Discord.
import {
  ButtonStyle,
  ComponentType,
  DiscordAPIError,
  GuildMember,
  MessageFlags,
  PermissionFlagsBits,
  type APIActionRowComponent,
  type APIButtonComponent,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type GuildTextBasedChannel,
  type Interaction,
} from "discord.js";
import type { CommandContext } from "../../commands/reply.js";
import { addedText, failureNotice, listReply } from "../../commands/schedule.js";
import { channelDigest, sinceDigest } from "../../commands/support/channel-digest.js";
import type { Digest } from "../../commands/support/digest.js";
import type { Logger } from "../log.js";
import type { Clock } from "../schedule/clock.js";
import { createScheduler, PostError, type Scheduler } from "../schedule/runner.js";
import { parseSince, sinceLabel, SinceError } from "../schedule/since.js";
import type { Schedule, ScheduleStore } from "../schedule/store.js";
import { nextRun, parseTime, parseZone, ScheduleInputError, zoneChoices } from "../schedule/timing.js";
import { renderDigestPages } from "./digest-pages.js";
import { LIMITS } from "./limits.js";
import { cut, esc, renderReply, renderText } from "./render.js";

export const REMOVE_PREFIX = "schedule-remove:";

const POST_PERMISSIONS: [bigint, string][] = [
  [PermissionFlagsBits.ViewChannel, "View Channel"],
  [PermissionFlagsBits.SendMessages, "Send Messages"],
  [PermissionFlagsBits.EmbedLinks, "Embed Links"],
];

export interface ScheduleDeps {
  store: ScheduleStore;
  clock: Clock;
}

export interface ScheduleDesk {
  scheduler: Scheduler;
  onCommand(i: ChatInputCommandInteraction): Promise<void>;
  /** Answers the autocomplete of /schedule; false when it is not one of its options. */
  onAutocomplete(i: AutocompleteInteraction): Promise<boolean>;
  /** Answers a remove button; false when the button is not one of its. */
  onButton(i: ButtonInteraction): Promise<boolean>;
  /** /briefing since:…: posts the digest in `channel` and answers the moderator. */
  briefingSince(i: ChatInputCommandInteraction, channel: GuildTextBasedChannel, since: string, topic: string): Promise<void>;
  /** Tells the asker about their failing schedules in this server, once. */
  notifyFailures(i: Interaction): Promise<void>;
}

/** What is missing for the bot to post in a channel, by name (empty when nothing is). */
export function missingToPost(client: Client, channel: GuildTextBasedChannel): string[] {
  const me = client.user;
  if (!me) return [];
  let perms;
  try {
    perms = channel.permissionsFor(me);
  } catch {
    return [];
  }
  if (!perms) return [];
  const needed = channel.isThread()
    ? POST_PERMISSIONS.map(([bit, name]): [bigint, string] =>
        bit === PermissionFlagsBits.SendMessages ? [PermissionFlagsBits.SendMessagesInThreads, "Send Messages in Threads"] : [bit, name],
      )
    : POST_PERMISSIONS;
  return needed.filter(([bit]) => !perms.has(bit)).map(([, name]) => name);
}

function postFailure(err: unknown, channelId: string): PostError {
  if (err instanceof PostError) return err;
  if (err instanceof DiscordAPIError) {
    if (err.code === 10003) return new PostError(`the channel <#${channelId}> was deleted`);
    if (err.code === 50001) return new PostError(`I no longer have access to <#${channelId}> (View Channel)`);
    if (err.code === 50013)
      return new PostError(`Discord refused my post in <#${channelId}>: I need View Channel, Send Messages and Embed Links there`);
    return new PostError(`Discord answered ${err.status} (${err.message}) when I posted in <#${channelId}>`);
  }
  return new PostError(`could not post in <#${channelId}>: ${(err as Error)?.message ?? String(err)}`);
}

export function createScheduleDesk(client: Client, deps: ScheduleDeps, ctx: () => CommandContext, logger: Logger): ScheduleDesk {
  const { store, clock } = deps;
  const log = logger.child({ part: "schedule" });

  async function channelFor(id: string): Promise<GuildTextBasedChannel> {
    let ch = client.channels.cache.get(id) ?? null;
    if (!ch) {
      try {
        ch = await client.channels.fetch(id);
      } catch (err) {
        throw postFailure(err, id);
      }
    }
    if (!ch?.isTextBased() || ch.isDMBased() || !("send" in ch)) throw new PostError(`the channel <#${id}> is gone or not a text channel`);
    return ch as GuildTextBasedChannel;
  }

  async function post(channel: GuildTextBasedChannel, digest: Digest, footer: string): Promise<string | null> {
    const missing = missingToPost(client, channel);
    if (missing.length > 0) throw new PostError(`I am missing ${missing.join(", ")} in <#${channel.id}>`);
    let first: string | null = null;
    for (const msg of renderDigestPages(digest, { footer })) {
      const { flags: _f, ...payload } = msg;
      try {
        const sent = await channel.send({ ...payload, allowedMentions: { parse: [] } });
        first ??= sent.url;
      } catch (err) {
        throw postFailure(err, channel.id);
      }
    }
    return first;
  }

  const scheduler = createScheduler<Digest>({
    store,
    clock,
    logger,
    digest: (s, now) => channelDigest(store, ctx(), s.channelId, s.topic, now, s.createdAt),
    post: async (s, digest) => {
      await post(await channelFor(s.channelId), digest, `Scheduled briefing #${s.id}`);
    },
  });

  const withNext = (s: Schedule) => ({ ...s, next: nextRun(s, Math.max(clock.now(), s.lastDue ?? 0)) });

  function listMessage(guildId: string) {
    const schedules = store.list(guildId).map(withNext);
    const reply = listReply(schedules, esc);
    // the fields carry channel mentions and timestamps: rendered as they are, not escaped like article text
    const msg = renderReply({ ...reply, fields: [] }, { ephemeral: true });
    const embed = msg.embeds[0];
    if (embed && reply.fields?.length)
      embed.fields = reply.fields.map((f) => ({ name: cut(f.name, LIMITS.fieldName), value: cut(f.value, LIMITS.fieldValue) }));
    const buttons: APIButtonComponent[] = schedules.slice(0, LIMITS.actionRows * LIMITS.buttonsPerRow).map((s) => ({
      type: ComponentType.Button,
      style: ButtonStyle.Danger,
      custom_id: `${REMOVE_PREFIX}${s.id}`,
      label: `Remove #${s.id}`,
    }));
    const rows: APIActionRowComponent<APIButtonComponent>[] = [];
    for (let k = 0; k < buttons.length; k += LIMITS.buttonsPerRow)
      rows.push({ type: ComponentType.ActionRow, components: buttons.slice(k, k + LIMITS.buttonsPerRow) });
    return { ...msg, components: rows };
  }

  async function add(i: ChatInputCommandInteraction<"cached" | "raw">): Promise<void> {
    const say = (text: string) => i.reply(renderText(text, { ephemeral: true, markdown: true }));
    let time: string;
    let timezone: string;
    try {
      time = parseTime(i.options.getString("time", true));
      timezone = parseZone(i.options.getString("timezone", true));
    } catch (err) {
      if (err instanceof ScheduleInputError) return void (await say(err.message));
      throw err;
    }
    const picked = i.options.getChannel("channel", true);
    let channel: GuildTextBasedChannel;
    try {
      channel = await channelFor(picked.id);
    } catch (err) {
      return void (await say(
        `I cannot post in <#${picked.id}>: ${(err as PostError).reason ?? "I cannot see it"}. Pick a text channel I can see.`,
      ));
    }
    const missing = missingToPost(client, channel);
    if (missing.length > 0)
      return void (await say(
        `I cannot post in <#${channel.id}>: I am missing ${missing.join(", ")} there. Ask an admin to grant it, then run /schedule add again.`,
      ));
    // the asker's own rights in the target channel, when their member is known
    let theirs = null;
    try {
      theirs = i.member instanceof GuildMember ? channel.permissionsFor(i.member) : channel.permissionsFor(i.user.id);
    } catch {
      theirs = null;
    }
    if (theirs && !theirs.has(PermissionFlagsBits.ViewChannel))
      return void (await say(`You cannot see <#${channel.id}> yourself, so you cannot schedule briefings there.`));
    const now = clock.now();
    const s = store.add(
      {
        guildId: i.guildId,
        channelId: channel.id,
        time,
        timezone,
        days: i.options.getString("days") === "weekdays" ? "weekdays" : "daily",
        topic: i.options.getString("topic")?.trim() || null,
        quietWhenEmpty: i.options.getString("when_empty") === "silent",
        createdBy: i.user.id,
      },
      now,
    );
    scheduler.changed();
    log.info({ schedule: s.id, channel: s.channelId, guild: s.guildId, time, timezone }, "schedule added");
    await say(addedText(s, nextRun(s, now)));
  }

  async function remove(i: ChatInputCommandInteraction<"cached" | "raw">): Promise<void> {
    const id = i.options.getInteger("id", true);
    const ok = store.remove(i.guildId, id);
    if (ok) scheduler.changed();
    await i.reply(
      renderText(
        ok ? `Schedule #${id} removed: it will not post again.` : `This server has no schedule #${id}: \`/schedule list\` shows them.`,
        {
          ephemeral: true,
          markdown: true,
        },
      ),
    );
  }

  return {
    scheduler,

    async onCommand(i) {
      if (!i.inGuild()) {
        await i.reply(renderText("Schedules belong to a server: run /schedule in a server.", { ephemeral: true }));
        return;
      }
      if (!i.memberPermissions?.has(PermissionFlagsBits.ManageMessages)) {
        await i.reply(renderText("Only moderators (Manage Messages) can schedule briefings.", { ephemeral: true }));
        return;
      }
      const sub = i.options.getSubcommand();
      if (sub === "add") return add(i);
      if (sub === "remove") return remove(i);
      await i.reply(listMessage(i.guildId));
    },

    async onAutocomplete(i) {
      if (i.commandName !== "schedule") return false;
      const focused = i.options.getFocused(true);
      const typed = String(focused.value ?? "");
      if (focused.name === "timezone") {
        await i.respond(zoneChoices(typed).map((z) => ({ name: z, value: z })));
        return true;
      }
      if (focused.name === "id" && i.inGuild()) {
        const choices = store
          .list(i.guildId)
          .filter((s) => typed === "" || String(s.id).startsWith(typed.replace(/^#/, "")))
          .slice(0, LIMITS.choices)
          .map((s) => {
            const where = client.channels.cache.get(s.channelId);
            const name = where && "name" in where ? `#${where.name}` : s.channelId;
            return { name: `#${s.id} · ${name} · ${s.time} ${s.timezone}${s.topic ? ` · ${s.topic}` : ""}`.slice(0, 100), value: s.id };
          });
        await i.respond(choices);
        return true;
      }
      await i.respond([]);
      return true;
    },

    async onButton(i) {
      if (!i.customId.startsWith(REMOVE_PREFIX)) return false;
      if (!i.inGuild() || !i.memberPermissions?.has(PermissionFlagsBits.ManageMessages)) {
        await i.reply(renderText("Only moderators (Manage Messages) can remove a schedule.", { ephemeral: true }));
        return true;
      }
      const id = Number(i.customId.slice(REMOVE_PREFIX.length));
      if (store.remove(i.guildId, id)) scheduler.changed();
      const { flags: _f, ...msg } = listMessage(i.guildId);
      await i.update(msg);
      return true;
    },

    async briefingSince(i, channel, since, topic) {
      const now = clock.now();
      let digest: Digest;
      if (since === "last") digest = channelDigest(store, ctx(), channel.id, topic || null, now);
      else {
        try {
          digest = sinceDigest(store, ctx(), parseSince(since, now), topic || null, sinceLabel(since), now);
        } catch (err) {
          if (!(err instanceof SinceError)) throw err;
          if (i.deferred) await i.editReply({ content: err.message, allowedMentions: { parse: [] } });
          else await i.reply(renderText(err.message, { ephemeral: true }));
          return;
        }
      }
      if (!i.deferred) await i.deferReply({ flags: MessageFlags.Ephemeral });
      try {
        const url = await post(channel, digest, `Requested by ${i.user.globalName ?? i.user.username}`);
        // whatever the mark asked for, what was posted is now briefed in that channel
        store.markBriefed(channel.id, topic || null, digest.markIds, clock.now());
        await i.editReply({ content: `Posted in <#${channel.id}>${url ? `: ${url}` : ""}`, allowedMentions: { parse: [] } });
      } catch (err) {
        if (!(err instanceof PostError)) throw err;
        await i.editReply({ content: `I could not post in <#${channel.id}>: ${err.reason}.`, allowedMentions: { parse: [] } });
      }
    },

    async notifyFailures(i) {
      if (!i.isRepliable() || !i.inGuild() || !(i.replied || i.deferred)) return;
      const failed = store.unreportedFailures(i.guildId, i.user.id);
      if (failed.length === 0) return;
      try {
        await i.followUp(renderText(failureNotice(failed), { ephemeral: true, markdown: true }));
        store.markFailureReported(failed.map((s) => s.id));
      } catch (err) {
        log.warn({ err: (err as Error)?.message }, "could not tell a moderator about a failing schedule");
      }
    },
  };
}
