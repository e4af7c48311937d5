// The real discord.js client against the local Discord fake: every command, autocomplete, a page button,
// "did you mean", mentions (user and managed role), the moderator briefing and its refusals, no match, an
// over-long answer and a throwing handler. Each answer is checked as Discord would see it.
import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot, type Bot } from "../../src/discord/bot.js";
import { startDiscordFake, type CallbackRecord, type DiscordFake } from "../support/discord-fake.js";
import { fixtureStore, type FixtureStore } from "../support/fixture-summary.js";
import { testCommands } from "../support/test-commands.js";

let fake: DiscordFake;
let bot: Bot;
let store: FixtureStore;
const logLines: string[] = [];

beforeAll(async () => {
  fake = await startDiscordFake();
  store = fixtureStore();
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logLines.push(String(chunk));
      cb();
    },
  });
  const logger = pino({ level: "info", redact: ["token", "*.token"] }, sink);
  bot = createBot({ config: { token: fake.token, apiUrl: fake.apiUrl }, store, logger, commands: testCommands });
  await bot.start();
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

const EPHEMERAL = 64;

function expectNoMentions(data: any) {
  expect(data.allowed_mentions).toBeDefined();
  expect(data.allowed_mentions.parse).toEqual([]);
}

async function command(
  name: string,
  options: any[] = [],
  as: "member" | "moderator" | "admin" = "member",
  channelId?: string,
): Promise<CallbackRecord> {
  const { id } = fake.sendCommand(name, options, { as, ...(channelId ? { channelId } : {}) });
  const cb = await fake.waitForCallback(id);
  expect(cb.ms).toBeLessThan(3000);
  return cb;
}

const str = (name: string, value: string, focused = false) => ({ name, type: 3, value, ...(focused ? { focused: true } : {}) });

describe("slash commands", () => {
  it("/who answers the actor card publicly, with did-you-mean buttons", async () => {
    const cb = await command("who", [str("name", "wagner")]);
    expect(cb.type).toBe(4);
    expect(cb.data.flags ?? 0).toBe(0);
    expectNoMentions(cb.data);
    const embed = cb.data.embeds[0];
    expect(embed.title).toMatch(/Wagner/);
    const buttons = cb.data.components.flatMap((r: any) => r.components);
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons.every((b: any) => b.custom_id.length <= 100 && b.custom_id.startsWith("?who:"))).toBe(true);
    expect(fake.rejected).toEqual([]);
  });

  it("/who with no match answers ephemerally", async () => {
    const cb = await command("who", [str("name", "zzqxv")]);
    expect(cb.type).toBe(4);
    expect(cb.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(cb.data.embeds[0].title).toContain("No actor matches");
    expectNoMentions(cb.data);
  });

  it("/claims pages with Previous/Next whose state is in the customId, and a click shows the next page", async () => {
    const cb = await command("claims", [str("about", "wagner")]);
    // the fixture has few statements about wagner; use an empty-ish query that matches many
    expect(cb.type).toBe(4);
    expectNoMentions(cb.data);
    const many = await command("claims", [str("about", "the")]);
    const embed = many.data.embeds[0];
    expect(embed.fields.length).toBeLessThanOrEqual(5);
    const row = many.data.components[0];
    expect(row.components.map((b: any) => b.label)).toEqual(["◀ Previous", "Next ▶"]);
    expect(row.components[0].disabled).toBe(true);
    const next = row.components[1].custom_id as string;
    expect(next).toMatch(/^claims:1:/);
    // the click: a component interaction on the bot's message, answered by updating it (type 7)
    const message = {
      id: "1",
      channel_id: fake.channels.news,
      flags: 0,
      components: many.data.components,
      embeds: many.data.embeds,
      author: fake.bot,
      content: "",
      timestamp: new Date().toISOString(),
      type: 20,
      attachments: [],
      mentions: [],
      mention_roles: [],
      pinned: false,
      tts: false,
      mention_everyone: false,
      edited_timestamp: null,
    };
    const click = fake.sendButton(next, message);
    const upd = await fake.waitForCallback(click.id);
    expect(upd.type).toBe(7);
    expect(upd.data.embeds[0].footer.text).toMatch(/^Page 2 of/);
    expect(upd.data.components[0].components[0].disabled).toBe(false);
    expectNoMentions(upd.data);
    expect(fake.rejected).toEqual([]);
  });

  it("/claims with a speaker keeps the speaker in the page state", async () => {
    const cb = await command("claims", [str("about", "the"), str("speaker", "union")]);
    expect(cb.type).toBe(4);
    for (const f of cb.data.embeds[0].fields ?? []) if (f.name !== "\u200b") expect(f.name).toMatch(/Dockworkers/);
  });

  it("/timeline shows full dates as Discord timestamps", async () => {
    const cb = await command("timeline", []);
    expect(cb.type).toBe(4);
    const text = JSON.stringify(cb.data.embeds);
    expect(text).toMatch(/<t:\d+:D>/);
    expectNoMentions(cb.data);
  });

  it("/sources and /help answer", async () => {
    const s = await command("sources");
    expect(s.type).toBe(4);
    expect(s.data.embeds[0].title).toMatch(/3 articles/);
    const h = await command("help");
    expect(h.type).toBe(4);
    expect(h.data.embeds[0].title).toMatch(/help/i);
  });

  it("cuts an answer far over Discord's limits instead of having it rejected", async () => {
    const before = fake.rejected.length;
    const cb = await command("long");
    expect(cb.type).toBe(4);
    const e = cb.data.embeds[0];
    expect(e.title.length).toBeLessThanOrEqual(256);
    expect(e.title.endsWith("…")).toBe(true);
    expect(e.fields.length).toBeLessThanOrEqual(25);
    // escaped Markdown, and the mention text cannot ping
    expect(e.description.startsWith("\\*\\@everyone\\* \\<\\@123456789012345678>")).toBe(true);
    expectNoMentions(cb.data);
    expect(fake.rejected.slice(before)).toEqual([]);
  });

  it("a throwing handler gets an ephemeral 'something went wrong', is logged, and the bot keeps serving", async () => {
    const cb = await command("boom");
    expect(cb.type).toBe(4);
    expect(cb.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(cb.data.content).toMatch(/went wrong/i);
    expect(cb.data.content).toMatch(/try/i);
    const log = logLines.join("");
    expect(log).toContain("handler exploded");
    expect(log).not.toContain(fake.token);
    const after = await command("help");
    expect(after.type).toBe(4);
  });
});

describe("autocomplete", () => {
  it("answers within limits, immediately", async () => {
    const { id } = fake.sendAutocomplete("who", [str("name", "wag", true)]);
    const cb = await fake.waitForCallback(id);
    expect(cb.type).toBe(8);
    expect(cb.ms).toBeLessThan(1000);
    expect(cb.data.choices.length).toBeGreaterThan(0);
    expect(cb.data.choices.length).toBeLessThanOrEqual(25);
    expect(cb.data.choices.map((c: any) => c.value)).toContain("Wagner group");
  });

  it("for the focused option of /claims (speaker)", async () => {
    const { id } = fake.sendAutocomplete("claims", [str("about", "wagner"), str("speaker", "", true)]);
    const cb = await fake.waitForCallback(id);
    expect(cb.type).toBe(8);
    expect(cb.data.choices.length).toBeGreaterThan(0);
    expect(fake.rejected).toEqual([]);
  });
});

describe("/briefing", () => {
  it("a moderator posts it in the channel and gets an ephemeral confirmation", async () => {
    const { id } = fake.sendCommand("briefing", [str("topic", "wagner"), { name: "channel", type: 7, value: fake.channels.briefings }], {
      as: "moderator",
    });
    const cb = await fake.waitForCallback(id);
    expect(cb.type).toBe(5);
    expect(cb.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    const post = await fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${fake.channels.briefings}/messages`);
    expect(post.body.embeds[0].title).toMatch(/Briefing/);
    expect(post.body.embeds[0].footer.text).toMatch(/Editor|editor/);
    expect(post.body.allowed_mentions.parse).toEqual([]);
    expect(post.body.flags ?? 0).toBe(0);
    const edit = await fake.waitForRequest(
      (r) => r.method === "PATCH" && r.path.endsWith("/messages/@original") && r.path.includes(fake.applicationId),
    );
    expect(edit.body.content).toMatch(/posted/);
    expect(fake.rejected).toEqual([]);
  });

  it("defaults to the current channel", async () => {
    const before = fake.requests.length;
    const { id } = fake.sendCommand("briefing", [], { as: "moderator", channelId: fake.channels.news });
    await fake.waitForCallback(id);
    const post = await fake.waitForRequest(
      (r) =>
        r.at >= 0 && fake.requests.indexOf(r) >= before && r.method === "POST" && r.path === `/channels/${fake.channels.news}/messages`,
    );
    expect(post.body.embeds.length).toBe(1);
  });

  it("a member without Manage Messages is refused ephemerally and nothing is posted", async () => {
    const posts = () => fake.requests.filter((r) => r.method === "POST" && /^\/channels\/\d+\/messages$/.test(r.path)).length;
    const before = posts();
    const cb = await command("briefing", [str("topic", "wagner")], "member");
    expect(cb.type).toBe(4);
    expect(cb.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(cb.data.content).toMatch(/moderator/i);
    await new Promise((r) => setTimeout(r, 100));
    expect(posts()).toBe(before);
  });

  it("says which permission the bot lacks in the target channel", async () => {
    const cb = await command("briefing", [{ name: "channel", type: 7, value: fake.channels.locked }], "moderator");
    expect(cb.type).toBe(4);
    expect(cb.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(cb.data.content).toContain("Send Messages");
    const cb2 = await command("briefing", [{ name: "channel", type: 7, value: fake.channels.readonly }], "moderator");
    expect(cb2.data.content).toContain("Embed Links");
    expect(fake.rejected).toEqual([]);
  });
});

describe("/briefing checks the asker's own rights in the target channel", () => {
  const postsTo = (ch: string) => fake.requests.filter((r) => r.method === "POST" && r.path === `/channels/${ch}/messages`).length;
  const cases: [string, () => string, boolean, RegExp][] = [
    ["a channel where the moderator may not send", () => fake.channels.announcements, true, /you cannot .*Send Messages/i],
    ["a channel the moderator cannot even see", () => fake.channels.modlog, true, /you cannot .*View Channel/i],
    ["the current channel, where the moderator may not send", () => fake.channels.announcements, false, /you cannot .*Send Messages/i],
    ["a channel of another server", () => fake.channels.elsewhere, true, /another server/i],
  ];
  it.each(cases)("%s: refused privately, nothing posted", async (_name, target, picked, why) => {
    const ch = target();
    const before = postsTo(ch);
    const cb = picked
      ? await command("briefing", [str("topic", "wagner"), { name: "channel", type: 7, value: ch }], "moderator")
      : await command("briefing", [str("topic", "wagner")], "moderator", ch);
    const text =
      cb.type === 4
        ? cb.data.content
        : (await fake.waitForRequest((r) => r.method === "PATCH" && r.path.endsWith("/@original"))).body.content;
    expect(cb.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(text).toMatch(why);
    await new Promise((r) => setTimeout(r, 100));
    expect(postsTo(ch)).toBe(before);
  });
});

describe("/reload", () => {
  it("reloads for a member with Manage Server, refuses others", async () => {
    const refused = await command("reload", [], "member");
    expect(refused.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(store.reloads).toBe(0);
    const { id } = fake.sendCommand("reload", [], { as: "admin" });
    const cb = await fake.waitForCallback(id);
    expect(cb.type).toBe(5);
    const edit = await fake.waitForRequest((r) => r.method === "PATCH" && r.body?.embeds?.[0]?.title === "Corpus reloaded");
    expect(edit.body.embeds[0].description).toMatch(/3 articles/);
    expect(store.reloads).toBe(1);
  });
});

describe("mentions", () => {
  const replyTo = (msgId: string) => fake.waitForRequest((r) => r.method === "POST" && r.body?.message_reference?.message_id === msgId);

  it("answers '@newsdesk who is Raha?' as a reply, without pinging", async () => {
    const { id } = fake.sendMessage({ content: "who is Raha?" });
    const r = await replyTo(id);
    expect(r.body.embeds[0].title).toBe("Rachid Raha");
    expect(r.body.allowed_mentions.parse).toEqual([]);
    expect(r.body.allowed_mentions.replied_user).toBe(false);
  });

  it("a mention through the bot's managed role counts", async () => {
    const { id } = fake.sendMessage({ content: "what did the union say about wages?", mentionBotRole: true });
    const r = await replyTo(id);
    expect(r.body.embeds[0].title).toMatch(/Claims/);
  });

  it("answers in plain text where it may not embed, and stays silent where it may not post", async () => {
    const { id } = fake.sendMessage({ content: "who is Raha?", channelId: fake.channels.readonly });
    const r = await replyTo(id);
    expect(r.body.embeds ?? []).toEqual([]);
    expect(r.body.content).toMatch(/Rachid Raha/);
    expect(r.body.content.length).toBeLessThanOrEqual(2000);
    const before = fake.requests.length;
    fake.sendMessage({ content: "who is Raha?", channelId: fake.channels.locked });
    await new Promise((res) => setTimeout(res, 150));
    expect(fake.requests.slice(before).filter((x) => x.method === "POST")).toEqual([]);
  });

  it("anything else gets a short help", async () => {
    const { id } = fake.sendMessage({ content: "lorem ipsum dolor sit amet, consectetur adipiscing?" });
    const r = await replyTo(id);
    expect(r.body.content).toMatch(/who is Raha/);
  });

  it("ignores bots and messages that do not mention it", async () => {
    const before = fake.requests.length;
    fake.sendMessage({ content: "who is Raha?", bot: true });
    fake.sendMessage({ content: "who is Raha?", mentionBot: false });
    await new Promise((r) => setTimeout(r, 150));
    expect(fake.requests.slice(before).filter((r) => r.method === "POST")).toEqual([]);
    expect(fake.rejected).toEqual([]);
  });
});

describe("payloads with less in them than Discord usually sends", () => {
  it("a briefing without app_permissions falls back to the bot's cached permissions", async () => {
    const p = fake.commandPayload("briefing", [], { as: "moderator", channelId: fake.channels.locked });
    delete p.app_permissions;
    const { id } = fake.sendInteraction(p);
    const cb = await fake.waitForCallback(id);
    expect(cb.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(cb.data.content).toContain("Send Messages");
  });

  it("a mention known only from the message text, without member or mentions", async () => {
    const msgId = "1234567890123456789";
    fake.messages.set(msgId, { id: msgId });
    fake.dispatch("MESSAGE_CREATE", {
      id: msgId,
      channel_id: fake.channels.news,
      guild_id: fake.guildId,
      author: fake.users.member,
      content: `<@${fake.bot.id}> who is raha`,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
    });
    const r = await fake.waitForRequest((x) => x.method === "POST" && x.body?.message_reference?.message_id === msgId);
    expect(r.body.embeds[0].title).toBe("Rachid Raha");
  });
});

describe("restart", () => {
  it("a page button from before a restart still works (its state is in the customId)", async () => {
    const many = await command("claims", [str("about", "the")]);
    const next = many.data.components[0].components[1].custom_id as string;
    await bot.stop();
    bot = createBot({
      config: { token: fake.token, apiUrl: fake.apiUrl },
      store,
      logger: pino({ level: "silent" }),
      commands: testCommands,
    });
    await bot.start();
    const message = {
      id: "2",
      channel_id: fake.channels.news,
      flags: 0,
      components: many.data.components,
      embeds: many.data.embeds,
      author: fake.bot,
      content: "",
      timestamp: new Date().toISOString(),
      type: 20,
      attachments: [],
      mentions: [],
      mention_roles: [],
      pinned: false,
      tts: false,
      mention_everyone: false,
      edited_timestamp: null,
    };
    const click = fake.sendButton(next, message);
    const upd = await fake.waitForCallback(click.id);
    expect(upd.type).toBe(7);
    expect(upd.data.embeds[0].footer.text).toMatch(/^Page 2 of/);
  });
});

describe("logs", () => {
  it("hold no error other than the deliberate one", () => {
    const errors = logLines
      .join("")
      .split("\n")
      .filter((l) => l.includes('"level":50') || l.includes('"level":40'))
      .filter((l) => !l.includes("mentioned in a channel where I cannot post"));
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e).toContain("handler exploded");
  });
});
