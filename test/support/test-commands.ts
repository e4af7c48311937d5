// Small command modules for the bot's end-to-end tests: the same names, options and Reply shapes as the real
// handlers, kept simple, plus `boom` (throws) and `long` (far over Discord's limits). They let the Discord
// layer be tested on its own; the real registry is exercised by test/discord/registry.e2e.test.ts.
import { ChannelType, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from "discord.js";
import type { Citation, CommandContext, CommandModule, Reply, ReplyItem } from "../../commands/reply.js";
import type { Statement } from "../../src/model/schema.js";

const PAGE = 5;

function cite(ctx: CommandContext, article: string, sentence: number): Citation {
  const a = ctx.search.article(article);
  return { article, sentence, title: a?.title ?? null, source: a?.source ?? null, url: a?.url ?? null, date: a?.published.value ?? null };
}

function page<T>(list: readonly T[], p: number) {
  const pageCount = Math.max(1, Math.ceil(list.length / PAGE));
  const pg = Math.min(Math.max(p, 0), pageCount - 1);
  return { slice: list.slice(pg * PAGE, pg * PAGE + PAGE), pagination: { page: pg, pageCount, pageSize: PAGE, total: list.length } };
}

const actorChoices = (value: string, ctx: CommandContext, speakersOnly = false) =>
  ctx.search.suggestActors(value, 25, { speakersOnly }).map((h) => ({ name: `${h.item.name} (${h.item.kind})`, value: h.item.name }));

const who: CommandModule = {
  name: "who",
  definition: new SlashCommandBuilder()
    .setName("who")
    .setDescription("Who is this? The actor card")
    .addStringOption((o) => o.setName("name").setDescription("A name").setRequired(true).setAutocomplete(true))
    .toJSON(),
  handle(input, ctx) {
    const hits = ctx.search.actors(input.query, 6);
    const best = hits[0];
    if (!best) {
      const sugg = ctx.search.suggestActors(input.query.slice(0, 2), 3).map((h) => h.item.name);
      return { status: "empty", command: "who", title: `No actor matches “${input.query}”`, suggestions: sugg, json: null };
    }
    const a = best.item;
    const items: ReplyItem[] = ctx.search
      .statementsBy(a.id)
      .slice(0, 3)
      .map((s) => ({ heading: `${s.cue ?? "said"}`, text: s.text, citation: cite(ctx, s.article, s.sentence) }));
    return {
      status: "ok",
      command: "who",
      title: a.name,
      description: `${a.kind}${a.roles.length ? ` · ${a.roles.join("; ")}` : ""}`,
      fields: a.aliases.length ? [{ name: "Also called", value: a.aliases.join(", ") }] : [],
      items,
      suggestions: hits.slice(1, 4).map((h) => h.item.name),
      json: a,
    };
  },
  autocomplete: (_o, v, ctx) => actorChoices(v, ctx),
};

function statementItem(ctx: CommandContext, s: Statement): ReplyItem {
  const sp = s.speaker ? (ctx.search.actor(s.speaker)?.name ?? s.speaker) : "Speaker unclear";
  return {
    heading: `${sp} — ${s.cue ?? "(no verb)"}`,
    text: s.kind === "direct" ? `“${s.text}”` : s.text,
    citation: cite(ctx, s.article, s.sentence),
  };
}

const claims: CommandModule = {
  name: "claims",
  definition: new SlashCommandBuilder()
    .setName("claims")
    .setDescription("Who said what about a topic")
    .addStringOption((o) => o.setName("about").setDescription("Topic or actor").setRequired(true).setAutocomplete(true))
    .addStringOption((o) => o.setName("speaker").setDescription("Only this speaker").setAutocomplete(true))
    .toJSON(),
  handle(input, ctx) {
    let list = ctx.search.statements(input.query, 100).map((h) => h.item);
    const sp = input.options.speaker ? ctx.search.actors(input.options.speaker, 1)[0]?.item : undefined;
    if (sp) list = list.filter((s) => s.speaker === sp.id);
    if (list.length === 0) return { status: "empty", command: "claims", title: `No statements about “${input.query}”`, json: [] };
    const { slice, pagination } = page(list, input.page);
    return {
      status: "ok",
      command: "claims",
      title: `Claims about ${input.query}`,
      items: slice.map((s) => statementItem(ctx, s)),
      pagination,
      json: slice,
    };
  },
  autocomplete: (o, v, ctx) => actorChoices(v, ctx, o === "speaker"),
};

const timeline: CommandModule = {
  name: "timeline",
  definition: new SlashCommandBuilder()
    .setName("timeline")
    .setDescription("Events, oldest first")
    .addStringOption((o) => o.setName("topic").setDescription("Topic").setAutocomplete(true))
    .toJSON(),
  handle(input, ctx) {
    const list = input.query ? ctx.search.sortEvents(ctx.search.events(input.query, 100).map((h) => h.item)) : [...ctx.search.timeline()];
    if (list.length === 0) return { status: "empty", command: "timeline", title: `No events about “${input.query}”`, json: [] };
    const { slice, pagination } = page(list, input.page);
    return {
      status: "ok",
      command: "timeline",
      title: input.query ? `Timeline: ${input.query}` : "Timeline",
      items: slice.map((e) => ({
        heading: e.date.value ?? "undated",
        text: e.summary,
        citation: cite(ctx, e.article, e.sentence),
        ...(e.date.precision === "day" && e.date.value ? { day: e.date.value } : {}),
        ...(e.date.basis.startsWith("relative") ? { note: `inferred (${e.date.basis})` } : {}),
      })),
      pagination,
      json: slice,
    };
  },
  autocomplete: (_o, v, ctx) => actorChoices(v, ctx),
};

const briefing: CommandModule = {
  name: "briefing",
  moderatorOnly: true,
  definition: new SlashCommandBuilder()
    .setName("briefing")
    .setDescription("Post a briefing in a channel (moderators)")
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages)
    .setContexts(InteractionContextType.Guild)
    .addStringOption((o) => o.setName("topic").setDescription("Topic"))
    .addChannelOption((o) => o.setName("channel").setDescription("Where to post").addChannelTypes(ChannelType.GuildText))
    .toJSON(),
  handle(input, ctx) {
    const actors = [...ctx.summary.actors].sort((a, b) => b.mentions - a.mentions).slice(0, 5);
    return {
      status: "ok",
      command: "briefing",
      title: input.query ? `Briefing: ${input.query}` : "Briefing",
      fields: [{ name: "Key actors", value: actors.map((a) => a.name).join(", ") }],
      footer: `Requested by ${input.requestedBy ?? "someone"}`,
      json: null,
    };
  },
};

const sources: CommandModule = {
  name: "sources",
  definition: new SlashCommandBuilder().setName("sources").setDescription("The articles in the corpus").toJSON(),
  handle(_input, ctx) {
    return {
      status: "ok",
      command: "sources",
      title: `${ctx.summary.articles.length} articles`,
      fields: ctx.summary.articles.map((a) => ({
        name: a.title ?? a.id,
        value: `${a.source ?? "unknown source"} · ${ctx.search.articleCounts(a.id).statements} statements`,
      })),
      json: null,
    };
  },
};

const help: CommandModule = {
  name: "help",
  definition: new SlashCommandBuilder().setName("help").setDescription("What each command does").toJSON(),
  handle: () => ({
    status: "help",
    command: "help",
    title: "newsdesk help",
    description: "/who, /claims, /timeline, /briefing, /sources",
    json: null,
  }),
};

const reload: CommandModule = {
  name: "reload",
  definition: new SlashCommandBuilder()
    .setName("reload")
    .setDescription("Re-read the corpus")
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .toJSON(),
  handle: () => ({ status: "error", command: "reload", title: "reload runs in the bot", json: null }),
};

/** Throws on every call: the error path. */
export const boom: CommandModule = {
  name: "boom",
  definition: new SlashCommandBuilder().setName("boom").setDescription("Throws").toJSON(),
  handle() {
    throw new Error("handler exploded");
  },
};

/** Far over every Discord limit: the renderer must cut it. */
export const long: CommandModule = {
  name: "long",
  definition: new SlashCommandBuilder().setName("long").setDescription("Too long").toJSON(),
  handle(): Reply {
    const big = "word ".repeat(3000);
    return {
      status: "ok",
      command: "long",
      title: `T${"i".repeat(400)}`,
      description: `*@everyone* <@123456789012345678> ${big}`,
      fields: Array.from({ length: 40 }, (_, i) => ({ name: `F${i} ${"n".repeat(300)}`, value: big })),
      items: Array.from({ length: 10 }, (_, i) => ({ heading: `H${i}`, text: big, citation: null })),
      suggestions: Array.from({ length: 9 }, (_, i) => `${"s".repeat(120)}${i}`),
      pagination: { page: 0, pageCount: 3, pageSize: 10, total: 30 },
      footer: "f".repeat(3000),
      json: null,
    };
  },
};

export const testCommands: CommandModule[] = [who, claims, timeline, briefing, sources, help, reload, boom, long];
