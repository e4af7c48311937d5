// The bot's wiring: one discord.js client, one `interactionCreate` router (slash commands, autocomplete,
// buttons), one `messageCreate` handler for mentions. Handlers come from the command modules and read the
// live summary store; every answer goes through `render.ts`. Tests build it with a fixture store and point
// it at a local Discord fake through `config.apiUrl`.
import {
  ApplicationCommandOptionType,
  ChannelType,
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
  type PermissionsBitField,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type ClientOptions,
  type GuildTextBasedChannel,
  type Interaction,
  type Message,
} from "discord.js";
import type { CommandContext, CommandInput, CommandModule, Reply } from "../../commands/reply.js";
import { parseNatural } from "../../commands/natural.js";
import type { Config } from "../config/env.js";
import type { Logger } from "../log.js";
import type { ReloadReport, SummaryStore } from "../store/store.js";
import { decodeAction, decodeState, type ButtonState } from "./custom-id.js";
import { handleAction, handleReport } from "./report.js";
import { NO_MENTIONS, renderChoices, renderReply, renderText, type RenderedMessage } from "./render.js";
import { mentionsBot, stripMentions } from "./mentions.js";
import { renderText as replyAsText } from "../../commands/text.js";

export interface BotOptions {
  config: Pick<Config, "token" | "apiUrl">;
  store: SummaryStore;
  logger: Logger;
  /** The command modules (the registry in production; tests may pass their own). */
  commands: CommandModule[];
  /** Renders the `/reload` report (commands/reload.ts in production). */
  formatReloadReport?: (report: ReloadReport) => Reply;
}

export interface Bot {
  client: Client;
  /** Logs in and resolves when the client is ready. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

const BRIEFING_PERMISSIONS: [bigint, string][] = [
  [PermissionFlagsBits.ViewChannel, "View Channel"],
  [PermissionFlagsBits.SendMessages, "Send Messages"],
  [PermissionFlagsBits.EmbedLinks, "Embed Links"],
];

const TRY_AGAIN =
  "Something went wrong while answering. Try again in a moment, or try a simpler query (`/help` shows examples). The error was logged.";

export function clientOptions(config: Pick<Config, "apiUrl">): ClientOptions {
  return {
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    allowedMentions: { parse: [], repliedUser: false },
    // only when set: `rest: { api: undefined }` breaks discord.js
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  };
}

/** The reload report as a reply, when commands/reload.ts is not given. */
export function defaultReloadReply(r: ReloadReport): Reply {
  const lines = [
    `${r.articles} articles, ${r.actors} actors, ${r.statements} statements, ${r.events} events (${Math.round(r.ms)} ms).`,
    `Added: ${r.added.length ? r.added.join(", ") : "none"}. Changed: ${r.changed.length ? r.changed.join(", ") : "none"}. Removed: ${r.removed.length ? r.removed.join(", ") : "none"}.`,
  ];
  if (r.skipped.length) lines.push(`Skipped: ${r.skipped.map((s) => `${s.file} (${s.reason})`).join("; ")}`);
  return { status: "ok", command: "reload", title: "Corpus reloaded", description: lines.join("\n"), json: r };
}

export function createBot(opts: BotOptions): Bot {
  const { store, logger } = opts;
  const log = logger.child({ part: "discord" });
  const client = new Client(clientOptions(opts.config));
  const modules = new Map(opts.commands.map((m) => [m.name, m]));
  const formatReload = opts.formatReloadReport ?? defaultReloadReply;

  const ctx = (): CommandContext => {
    const snap = store.snapshot;
    const log = store.corrections;
    return { summary: snap.summary, search: snap.search, ...(log ? { corrections: { log, orphaned: snap.orphaned ?? [] } } : {}) };
  };

  function run(name: string, input: CommandInput): Reply {
    const mod = modules.get(name);
    if (!mod) throw new Error(`no handler for /${name}`);
    return mod.handle(input, ctx());
  }

  /** Empty, error and help answers only concern the asker: they do not clutter the channel. */
  const privateStatus = (r: Reply) => r.status === "empty" || r.status === "error" || r.status === "help";

  // ---- slash commands --------------------------------------------------------------------------------------

  async function onCommand(i: ChatInputCommandInteraction): Promise<void> {
    const started = Date.now();
    if (i.commandName === "reload") return onReload(i);
    const mod = modules.get(i.commandName);
    if (!mod) {
      await i.reply(
        renderText(`/${i.commandName} is not a command of this bot any more. Run \`npm run deploy-commands\` to refresh the list.`, {
          ephemeral: true,
          markdown: true,
        }),
      );
      return;
    }
    if (mod.moderatorOnly || i.commandName === "briefing") return onBriefing(i, mod);
    if (mod.editorOnly && !(i.inGuild() && i.memberPermissions?.has(PermissionFlagsBits.ManageMessages))) {
      await i.reply(renderText(`Only moderators (Manage Messages) can use /${i.commandName}, in a server.`, { ephemeral: true }));
      return;
    }
    const options: Record<string, string | undefined> = {};
    let query = "";
    // a subcommand (/correct speaker) is an option named `subcommand`; its own options are read as the command's
    const data = i.options.data.flatMap((o) =>
      o.type === ApplicationCommandOptionType.Subcommand ? [{ name: "subcommand", value: o.name }, ...(o.options ?? [])] : [o],
    );
    for (const o of data) {
      const v = o.value === undefined || o.value === null ? undefined : String(o.value);
      if (["name", "about", "topic", "query", "text"].includes(o.name) && query === "") query = v ?? "";
      else options[o.name] = v;
    }
    const author = { id: i.user.id, name: displayName(i), via: "discord" as const };
    const reply = mod.handle(
      { query, options, page: 0, requestedBy: displayName(i), author, ...(i.guildId ? { guildId: i.guildId } : {}) },
      ctx(),
    );
    await i.reply(
      renderReply(reply, {
        ephemeral: mod.editorOnly || privateStatus(reply),
        query,
        speaker: options.speaker,
        report: reportable(i, mod),
      }),
    );
    log.info({ command: i.commandName, status: reply.status, ms: Date.now() - started, guild: i.guildId }, "answered");
  }

  async function onReload(i: ChatInputCommandInteraction): Promise<void> {
    if (!i.inGuild() || !i.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      await i.reply(renderText("Only members with the Manage Server permission can reload the corpus.", { ephemeral: true }));
      return;
    }
    await i.deferReply({ flags: MessageFlags.Ephemeral });
    const report = await store.reload();
    const { flags: _flags, ...msg } = renderReply(formatReload(report));
    await i.editReply(msg);
    log.info({ articles: report.articles, ms: Math.round(report.ms) }, "corpus reloaded from Discord");
  }

  async function onBriefing(i: ChatInputCommandInteraction, mod: CommandModule): Promise<void> {
    if (!i.inGuild()) {
      await i.reply(renderText("Briefings are posted in a server channel: run /briefing in a server.", { ephemeral: true }));
      return;
    }
    if (!i.memberPermissions?.has(PermissionFlagsBits.ManageMessages)) {
      await i.reply(
        renderText("Only moderators (Manage Messages) can post a briefing. Try /claims or /timeline for your own answer.", {
          ephemeral: true,
        }),
      );
      return;
    }
    // a private answer to the moderator: a reply, or an edit once deferred
    const answer = async (text: string) => {
      if (i.deferred) await i.editReply({ content: text, embeds: [], components: [], allowedMentions: { parse: [] } });
      else await i.reply(renderText(text, { ephemeral: true, markdown: true }));
    };
    const picked = i.options.getChannel("channel");
    const targetId = picked?.id ?? i.channelId;
    let target = client.channels.cache.get(targetId);
    if (!target) {
      // fetching may take a while: acknowledge first, within Discord's 3 s
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      target = (await client.channels.fetch(targetId).catch(() => null)) ?? undefined;
    }
    if (!target?.isTextBased() || target.isDMBased() || !("send" in target)) {
      await answer(`I cannot post in <#${targetId}>: I cannot see it, or it is not a text channel. Pick a text channel I can see.`);
      return;
    }
    const channel = target as GuildTextBasedChannel;
    const perms = botPermissionsIn(i, channel);
    if (perms) {
      const needed: [bigint, string][] = channel.isThread()
        ? BRIEFING_PERMISSIONS.map(([bit, name]) =>
            bit === PermissionFlagsBits.SendMessages
              ? [PermissionFlagsBits.SendMessagesInThreads, "Send Messages in Threads"]
              : [bit, name],
          )
        : BRIEFING_PERMISSIONS;
      const missing = needed.filter(([bit]) => !perms.has(bit)).map(([, name]) => name);
      if (missing.length > 0) {
        await answer(
          `I cannot post the briefing in <#${channel.id}>: I am missing ${missing.join(", ")} there. Ask an admin to grant it, or pick another channel.`,
        );
        return;
      }
    }
    const topic = i.options.getString("topic") ?? "";
    const reply = mod.handle({ query: topic, options: { channel: channel.id }, page: 0, requestedBy: displayName(i) }, ctx());
    if (reply.status !== "ok") {
      // nothing worth posting (no match): show the moderator why, post nothing
      const rendered = renderReply(reply, { ephemeral: true, query: topic });
      if (i.deferred) {
        const { flags: _f, ...edit } = rendered;
        await i.editReply(edit);
      } else await i.reply(rendered);
      return;
    }
    if (!i.deferred) await i.deferReply({ flags: MessageFlags.Ephemeral });
    const { flags: _f, components: _c, ...msg } = renderReply(reply);
    let posted: Message;
    try {
      posted = await channel.send({ ...msg, allowedMentions: { parse: [] } });
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (code === 50013 || code === 50001) {
        await answer(
          `Discord refused my post in <#${channel.id}> (${code === 50001 ? "no access" : "missing permissions"}): I need View Channel, Send Messages and Embed Links there.`,
        );
        log.warn({ channel: channel.id, code }, "briefing refused by Discord");
        return;
      }
      throw err;
    }
    await i.editReply({ content: `Briefing posted in <#${channel.id}>: ${posted.url}`, allowedMentions: { parse: [] } });
    log.info({ command: "briefing", channel: channel.id, guild: i.guildId }, "briefing posted");
  }

  /** The bot's permissions in a channel: from the interaction when it is the same channel, else the cache. */
  function botPermissionsIn(i: ChatInputCommandInteraction, channel: GuildTextBasedChannel): Readonly<PermissionsBitField> | null {
    if (channel.id === i.channelId && i.appPermissions) return i.appPermissions;
    const me = client.user;
    if (!me) return null;
    try {
      return channel.permissionsFor(me) ?? null;
    } catch {
      return null;
    }
  }

  // ---- autocomplete ---------------------------------------------------------------------------------------

  async function onAutocomplete(i: AutocompleteInteraction): Promise<void> {
    const mod = modules.get(i.commandName);
    const focused = i.options.getFocused(true);
    let choices: { name: string; value: string }[] = [];
    try {
      const sub = i.options.getSubcommand(false) ?? undefined;
      choices = mod?.autocomplete ? mod.autocomplete(focused.name, String(focused.value ?? ""), ctx(), sub) : [];
    } catch (err) {
      log.error({ err: errInfo(err), command: i.commandName, option: focused.name }, "autocomplete failed");
    }
    await i.respond(renderChoices(choices));
  }

  // ---- buttons --------------------------------------------------------------------------------------------

  async function onButton(i: ButtonInteraction): Promise<void> {
    const act = decodeAction(i.customId);
    if (act) return onAction(i, act.command, act.arg);
    const d = decodeState(i.customId);
    if (!d.ok) {
      const text =
        d.reason === "expired"
          ? "This button has expired (the bot restarted). Run the command again."
          : "This button is not one of mine any more. Run the command again.";
      await i.reply(renderText(text, { ephemeral: true }));
      return;
    }
    const s = d.state;
    if (s.command.startsWith("report-")) return onReport(i, s);
    if (!modules.has(s.command) || s.command === "briefing") {
      await i.reply(renderText("This button is not one of mine any more. Run the command again.", { ephemeral: true }));
      return;
    }
    const reply = run(s.command, {
      query: s.query,
      options: s.speaker ? { speaker: s.speaker } : {},
      page: s.page,
      requestedBy: displayName(i),
    });
    const ephemeralSource = i.message.flags.has(MessageFlags.Ephemeral);
    if (s.pick && !ephemeralSource) {
      // a "did you mean" on a public card: answer the clicker alone rather than replacing the card for everyone
      await i.reply(renderReply(reply, { ephemeral: true, query: s.query, speaker: s.speaker }));
      return;
    }
    const { flags: _f, ...msg } = renderReply(reply, { query: s.query, speaker: s.speaker, report: reportable(i, modules.get(s.command)) });
    await i.update(msg);
  }

  /** A reply's action button (undo a correction): the command's `action`, moderators only for editor commands. */
  async function onAction(i: ButtonInteraction, command: string, arg: string): Promise<void> {
    await handleAction(i, { mod: modules.get(command), arg, by: displayName(i), ctx, log });
  }

  /** Answers get a "Report a problem" button where reports can be recorded (a server, a corrections database). */
  function reportable(i: { inGuild(): boolean }, mod: CommandModule | undefined): boolean {
    return Boolean(store.corrections && i.inGuild() && mod && !mod.editorOnly && !mod.moderatorOnly && mod.name !== "help");
  }

  /** A member's report: recorded with the answer's citations, posted with suggested corrections to the moderators. */
  async function onReport(i: ButtonInteraction, s: ButtonState): Promise<void> {
    const command = s.command.slice("report-".length);
    const answer = modules.has(command)
      ? run(command, { query: s.query, options: s.speaker ? { speaker: s.speaker } : {}, page: s.page })
      : null;
    await handleReport(i, { command, query: s.query, answer, corrections: store.corrections, by: displayName(i), log });
  }

  // ---- mentions -------------------------------------------------------------------------------------------

  async function onMessage(m: Message): Promise<void> {
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
    let msg: RenderedMessage;
    if (!parsed || parsed.command === "reload" || !modules.has(parsed.command)) {
      msg = renderText(
        'Ask me things like "who is Raha?", "what did the CMA say about Wagner?", "timeline Bir" or "brief me", or use the slash commands (/help lists them).',
        { markdown: true },
      );
    } else {
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
    log.info({ command: parsed?.command ?? "help", via: "mention", guild: m.guildId }, "answered");
  }

  // ---- the router -----------------------------------------------------------------------------------------

  client.on(Events.InteractionCreate, (i: Interaction) => {
    void (async () => {
      try {
        if (i.isAutocomplete()) await onAutocomplete(i);
        else if (i.isChatInputCommand()) await onCommand(i);
        else if (i.isButton()) await onButton(i);
      } catch (err) {
        log.error({ err: errInfo(err), kind: i.type, command: "commandName" in i ? i.commandName : undefined }, "interaction failed");
        await sayFailed(i);
      }
    })();
  });

  client.on(Events.MessageCreate, (m: Message) => {
    void onMessage(m).catch(async (err: unknown) => {
      log.error({ err: errInfo(err), via: "mention", channel: m.channelId }, "mention failed");
      try {
        await m.reply({
          content: "Something went wrong while answering. Try again, or use a slash command (/help).",
          allowedMentions: { parse: [], repliedUser: false },
        });
      } catch {
        /* the channel may be gone; nothing else to do */
      }
    });
  });

  client.once(Events.ClientReady, (c) => {
    log.info({ user: c.user.tag, guilds: c.guilds.cache.size }, "bot ready");
  });
  client.on(Events.Error, (err) => log.error({ err: errInfo(err) }, "discord client error"));
  client.on(Events.Warn, (w) => log.warn({ warning: w }, "discord client warning"));

  return {
    client,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(opts.config.token);
      await ready;
    },
    async stop() {
      await client.destroy();
    },
  };

  async function sayFailed(i: Interaction): Promise<void> {
    try {
      if (i.isAutocomplete()) {
        if (!i.responded) await i.respond([]);
        return;
      }
      if (!i.isRepliable()) return;
      if (i.deferred) await i.editReply({ content: TRY_AGAIN, embeds: [], components: [], allowedMentions: { parse: [] } });
      else if (i.replied) await i.followUp(renderText(TRY_AGAIN, { ephemeral: true, markdown: true }));
      else await i.reply(renderText(TRY_AGAIN, { ephemeral: true, markdown: true }));
    } catch (err) {
      log.warn({ err: errInfo(err) }, "could not tell the user about the failure");
    }
  }
}

function safePermissions(get: () => Readonly<PermissionsBitField> | null): Readonly<PermissionsBitField> | null {
  try {
    return get();
  } catch {
    return null;
  }
}

function displayName(i: { member: unknown; user: { username: string; globalName?: string | null } }): string {
  const m = i.member as { displayName?: string; nick?: string | null } | null;
  return m?.displayName ?? m?.nick ?? i.user.globalName ?? i.user.username;
}

function errInfo(err: unknown): { message: string; stack?: string; code?: unknown } {
  if (err instanceof Error) return { message: err.message, stack: err.stack, code: (err as { code?: unknown }).code };
  return { message: String(err) };
}

export { ChannelType };
