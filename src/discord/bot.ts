// The bot's wiring: one discord.js client, one `interactionCreate` router (slash commands, autocomplete,
// buttons), one `messageCreate` handler for mentions. Handlers come from the command modules and read the
// live summary store; every answer goes through `render.ts`. It may be given the store still opening: it logs
// in at once and answers "still reading the corpus" until the store is open (opening.ts). Tests build it with
// a fixture store and point it at a local Discord fake through `config.apiUrl`.
import {
  ApplicationCommandOptionType,
  ChannelType,
  Client,
  Events,
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type GuildTextBasedChannel,
  type Interaction,
  type Message,
} from "discord.js";
import type { CommandContext, CommandInput, CommandModule, Reply } from "../../commands/reply.js";
import type { Config } from "../config/env.js";
import { CorpusNotFoundError } from "../corpus/errors.js";
import type { Logger } from "../log.js";
import type { ReloadReport, SummaryStore } from "../store/store.js";
import { decodeAction, decodeState, type ButtonState } from "./custom-id.js";
import { onFatalClose, type FatalGatewayClose } from "./fatal.js";
import { askerRefusal, botMissingToPost } from "./rights.js";
import { clientOptions } from "./client-options.js";
import { answerMention } from "./mention-answer.js";
import { AUTOCOMPLETE_LATE_MS, costKey, Scheduler } from "./schedule.js";
import { answerWaiting, defaultReloadReply, displayName, errInfo, sayFailed } from "./bot-parts.js";
import { type ReadingProgress, storeGate } from "./opening.js";
import { handleAction, handleReport } from "./report.js";
import { renderChoices, renderReply, renderText } from "./render.js";
import type { Scheduler as BriefingScheduler } from "../schedule/runner.js";
import { createScheduleDesk, type ScheduleDeps } from "./schedules.js";

export interface BotOptions {
  config: Pick<Config, "token" | "apiUrl">;
  /** The summary store, or its opening: until that resolves, commands, buttons and mentions are answered
   * "still reading the corpus" with `reading`'s counts, and autocomplete offers no choices. */
  store: SummaryStore | Promise<SummaryStore>;
  /** While the store opens: how far the first build is. */
  reading?: () => ReadingProgress | null;
  logger: Logger;
  /** The command modules (the registry in production; tests may pass their own). */
  commands: CommandModule[];
  /** Renders the `/reload` report (commands/reload.ts in production). */
  formatReloadReport?: (report: ReloadReport) => Reply;
  /** Called (after the error is logged) when Discord closes the gateway for good (bad token, intents,
   * sharding): the process should exit non-zero. Before the client is ready, `start()` rejects instead. */
  onFatal?: (err: FatalGatewayClose) => void;
  /** Scheduled briefings (/schedule, /briefing since:…): the schedules database and the clock. */
  schedules?: ScheduleDeps;
}

export interface Bot {
  client: Client;
  /** The scheduled briefings' runner, when `schedules` was given (started once the client is ready). */
  scheduler: BriefingScheduler | null;
  /** Logs in and resolves when the client is ready; rejects with FatalGatewayClose when Discord closes the
   * gateway for good first. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createBot(opts: BotOptions): Bot {
  const { logger } = opts;
  const log = logger.child({ part: "discord" });
  const gate = storeGate(opts.store, opts.reading);
  /** The open store: what runs past the router's gate (and what the warm-up and the scheduler wait for). */
  const open = (): SummaryStore => {
    if (!gate.store) throw new Error("the summary store is not open yet");
    return gate.store;
  };
  const client = new Client(clientOptions(opts.config));
  const modules = new Map(opts.commands.map((m) => [m.name, m]));
  const formatReload = opts.formatReloadReport ?? defaultReloadReply;

  const ctx = (): CommandContext => {
    const store = open();
    const snap = store.snapshot;
    const log = store.corrections;
    return { summary: snap.summary, search: snap.search, ...(log ? { corrections: { log, orphaned: snap.orphaned ?? [] } } : {}) };
  };
  const sched = new Scheduler(() => open().snapshot);
  const desk = opts.schedules ? createScheduleDesk(client, opts.schedules, ctx, logger) : null;

  function run(name: string, input: CommandInput, background = false): Reply {
    const mod = modules.get(name);
    if (!mod) throw new Error(`no handler for /${name}`);
    return sched.run(mod, costKey(name, input.query), input, ctx(), background);
  }

  /** May this command's handler run now, before acknowledging? (Else: defer first, then wait for its turn.) */
  const inline = (name: string, input: CommandInput, createdAt: number): boolean =>
    sched.remembered(name, input) || sched.mayRunInline(costKey(name, input.query), Date.now() - createdAt);

  // what a command without a query lists (the heaviest answers) is computed with each new summary, off the
  // acknowledgement path, so that the first one asked for is already remembered
  const warm = async (): Promise<void> => {
    for (const name of ["sources", "timeline", "briefing"]) {
      if (!modules.has(name)) continue;
      await sched.turn();
      try {
        run(name, { query: "", options: {}, page: 0 }, true);
      } catch (err) {
        log.warn({ err: errInfo(err), command: name }, "could not precompute an answer");
      }
    }
  };
  // the warm-up and the scheduled briefings start once both the client and the store are ready
  let clientReady = false;
  const whenBothReady = (): void => {
    if (!clientReady || !gate.store) return;
    void warm();
    desk?.scheduler.start();
  };
  gate.whenOpen((store) => {
    store.onSwap(() => void warm());
    whenBothReady();
  });

  /** Empty, error and help answers only concern the asker: they do not clutter the channel. */
  const privateStatus = (r: Reply) => r.status === "empty" || r.status === "error" || r.status === "help";

  // ---- slash commands --------------------------------------------------------------------------------------

  async function onCommand(i: ChatInputCommandInteraction): Promise<void> {
    const started = Date.now();
    if (i.commandName === "reload") return onReload(i);
    if (i.commandName === "schedule" && desk) return desk.onCommand(i);
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
    const input: CommandInput = {
      query,
      options,
      page: 0,
      requestedBy: displayName(i),
      author,
      ...(i.guildId ? { guildId: i.guildId } : {}),
    };
    const report = reportable(i, mod);
    if (inline(i.commandName, input, i.createdTimestamp)) {
      const reply = run(i.commandName, input);
      await i.reply(renderReply(reply, { ephemeral: mod.editorOnly || privateStatus(reply), query, speaker: options.speaker, report }));
      log.info({ command: i.commandName, status: reply.status, ms: Date.now() - started, guild: i.guildId }, "answered");
      return;
    }
    // acknowledge first, then answer when it is this handler's turn
    const acked = i.deferReply();
    acked.catch(() => undefined);
    await sched.turn();
    const reply = run(i.commandName, input);
    await acked;
    if (mod.editorOnly || privateStatus(reply)) {
      // a deferred answer is public: replace it by a private one
      await i.deleteReply();
      await i.followUp(renderReply(reply, { ephemeral: true, query, speaker: options.speaker, report }));
    } else {
      const { flags: _f, ...msg } = renderReply(reply, { query, speaker: options.speaker, report });
      await i.editReply(msg);
    }
    log.info({ command: i.commandName, status: reply.status, ms: Date.now() - started, guild: i.guildId, deferred: true }, "answered");
  }

  async function onReload(i: ChatInputCommandInteraction): Promise<void> {
    if (!i.inGuild() || !i.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      await i.reply(renderText("Only members with the Manage Server permission can reload the corpus.", { ephemeral: true }));
      return;
    }
    await i.deferReply({ flags: MessageFlags.Ephemeral });
    let report: ReloadReport;
    try {
      report = await open().reload();
    } catch (err) {
      if (!(err instanceof CorpusNotFoundError)) throw err;
      const text = `The corpus folder is missing (${err.dir}): it was deleted or moved. Answers keep the last good summary; put the folder back (or fix NEWSDESK_CORPUS) and it is picked up again.`;
      await i.editReply({ content: text, embeds: [], components: [], allowedMentions: { parse: [] } });
      log.warn({ dir: err.dir }, "reload: the corpus folder is missing");
      return;
    }
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
    // the asker's own rights there first: the bot posts only where they could post themselves
    const refusal = askerRefusal(i, channel, picked);
    if (refusal) {
      await answer(refusal);
      log.info({ command: "briefing", channel: channel.id, guild: i.guildId }, "briefing refused: the asker may not post there");
      return;
    }
    const missing = botMissingToPost(client, i, channel);
    if (missing.length > 0) {
      await answer(
        `I cannot post the briefing in <#${channel.id}>: I am missing ${missing.join(", ")} there. Ask an admin to grant it, or pick another channel.`,
      );
      return;
    }
    const topic = i.options.getString("topic") ?? "";
    const since = i.options.getString("since");
    if (since && desk) return desk.briefingSince(i, channel, since, topic);
    const input: CommandInput = { query: topic, options: { channel: channel.id }, page: 0, requestedBy: displayName(i) };
    if (!i.deferred && !inline(mod.name, input, i.createdTimestamp)) {
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      await sched.turn();
    }
    const reply = run(mod.name, input);
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

  // ---- autocomplete ---------------------------------------------------------------------------------------

  async function onAutocomplete(i: AutocompleteInteraction): Promise<void> {
    if (desk && (await desk.onAutocomplete(i))) return;
    const mod = modules.get(i.commandName);
    const focused = i.options.getFocused(true);
    let choices: { name: string; value: string }[] = [];
    try {
      // autocomplete cannot be deferred: when the event loop is already late, fewer choices (none) rather than
      // an answer Discord would refuse
      if (mod && Date.now() - i.createdTimestamp <= AUTOCOMPLETE_LATE_MS)
        choices = sched.choices(mod, focused.name, String(focused.value ?? ""), ctx(), i.options.getSubcommand(false) ?? undefined);
    } catch (err) {
      log.error({ err: errInfo(err), command: i.commandName, option: focused.name }, "autocomplete failed");
    }
    await i.respond(renderChoices(choices));
  }

  // ---- buttons --------------------------------------------------------------------------------------------

  async function onButton(i: ButtonInteraction): Promise<void> {
    const act = decodeAction(i.customId);
    if (act) return onAction(i, act.command, act.arg);
    if (desk && (await desk.onButton(i))) return;
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
    const input: CommandInput = {
      query: s.query,
      options: s.speaker ? { speaker: s.speaker } : {},
      page: s.page,
      requestedBy: displayName(i),
    };
    const ephemeralSource = i.message.flags.has(MessageFlags.Ephemeral);
    // a "did you mean" on a public card: answer the clicker alone rather than replacing the card for everyone
    const alone = Boolean(s.pick && !ephemeralSource);
    const now = inline(s.command, input, i.createdTimestamp);
    if (!now) {
      if (alone) await i.deferReply({ flags: MessageFlags.Ephemeral });
      else await i.deferUpdate();
      await sched.turn();
    }
    const reply = run(s.command, input);
    const { flags: _f, ...msg } = renderReply(reply, { query: s.query, speaker: s.speaker, report: reportable(i, modules.get(s.command)) });
    if (!now) await i.editReply(msg);
    else if (alone) await i.reply(renderReply(reply, { ephemeral: true, query: s.query, speaker: s.speaker }));
    else await i.update(msg);
  }

  /** A reply's action button (undo a correction): the command's `action`, moderators only for editor commands. */
  async function onAction(i: ButtonInteraction, command: string, arg: string): Promise<void> {
    await handleAction(i, { mod: modules.get(command), arg, by: displayName(i), ctx, log });
  }

  /** Answers get a "Report a problem" button where reports can be recorded (a server, a corrections database). */
  function reportable(i: { inGuild(): boolean }, mod: CommandModule | undefined): boolean {
    return Boolean(gate.store?.corrections && i.inGuild() && mod && !mod.editorOnly && !mod.moderatorOnly && mod.name !== "help");
  }

  /** A member's report: recorded with the answer's citations, posted with suggested corrections to the moderators. */
  async function onReport(i: ButtonInteraction, s: ButtonState): Promise<void> {
    const command = s.command.slice("report-".length);
    const answer = modules.has(command)
      ? run(command, { query: s.query, options: s.speaker ? { speaker: s.speaker } : {}, page: s.page })
      : null;
    await handleReport(i, { command, query: s.query, answer, corrections: open().corrections, by: displayName(i), log });
  }

  // ---- the router (interactions) and mentions -------------------------------------------------------------

  client.on(Events.InteractionCreate, (i: Interaction) => {
    void (async () => {
      try {
        // the first build is still running: say how far it is rather than stay silent or answer from nothing
        const waiting = gate.waitingText();
        if (waiting) return await answerWaiting(i, waiting);
        if (i.isAutocomplete()) await onAutocomplete(i);
        else if (i.isChatInputCommand()) {
          await onCommand(i);
          await desk?.notifyFailures(i);
        } else if (i.isButton()) await onButton(i);
      } catch (err) {
        log.error({ err: errInfo(err), kind: i.type, command: "commandName" in i ? i.commandName : undefined }, "interaction failed");
        await sayFailed(i, log);
      }
    })();
  });

  client.on(Events.MessageCreate, (m: Message) => {
    void answerMention(m, { client, modules, run, turn: () => sched.turn(), waiting: () => gate.waitingText(), log }).catch(
      async (err: unknown) => {
        log.error({ err: errInfo(err), via: "mention", channel: m.channelId }, "mention failed");
        try {
          await m.reply({
            content: "Something went wrong while answering. Try again, or use a slash command (/help).",
            allowedMentions: { parse: [], repliedUser: false },
          });
        } catch {
          /* the channel may be gone; nothing else to do */
        }
      },
    );
  });

  client.once(Events.ClientReady, (c) => {
    log.info({ user: c.user.tag, guilds: c.guilds.cache.size, summary: gate.store ? "ready" : "still reading" }, "logged in");
    clientReady = true;
    whenBothReady();
  });
  client.on(Events.Error, (err) => log.error({ err: errInfo(err) }, "discord client error"));
  client.on(Events.ShardError, (err, shard) => log.warn({ err: errInfo(err), shard }, "discord gateway error"));
  let ready = false;
  let failStart: ((err: FatalGatewayClose) => void) | null = null;
  onFatalClose(client, (err) => {
    log.error({ code: err.code }, err.hint);
    if (!ready && failStart) failStart(err);
    else opts.onFatal?.(err);
  });
  client.on(Events.Warn, (w) => log.warn({ warning: w }, "discord client warning"));

  return {
    client,
    scheduler: desk?.scheduler ?? null,
    async start() {
      const whenReady = new Promise<void>((resolve, reject) => {
        failStart = reject;
        client.once(Events.ClientReady, () => {
          ready = true;
          resolve();
        });
      });
      await Promise.all([client.login(opts.config.token), whenReady]);
    },
    async stop() {
      // a run being posted finishes (and records its result) before the client and the database close
      desk?.scheduler.stop();
      await desk?.scheduler.idle();
      await client.destroy();
    },
  };
}

export { ChannelType };
