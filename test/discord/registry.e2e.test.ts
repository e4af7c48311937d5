// The real command registry (commands/) through the real discord.js client and the Discord fake, over the
// hand-made fixture summary: every command as registered, autocomplete, a page button, a "did you mean"
// click, a mention and a briefing, with nothing Discord would reject.
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands, formatReloadReport } from "../../commands/index.js";
import { createBot, type Bot } from "../../src/discord/bot.js";
import { registerCommands } from "../../src/discord/deploy.js";
import { startDiscordFake, type DiscordFake } from "../support/discord-fake.js";
import { fixtureStore } from "../support/fixture-summary.js";

let fake: DiscordFake;
let bot: Bot;

beforeAll(async () => {
  fake = await startDiscordFake();
  await registerCommands({ token: fake.token, clientId: fake.applicationId, guildId: fake.guildId, apiUrl: fake.apiUrl, commands });
  bot = createBot({
    config: { token: fake.token, apiUrl: fake.apiUrl },
    store: fixtureStore(),
    logger: pino({ level: "silent" }),
    commands,
    formatReloadReport,
  });
  await bot.start();
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

const str = (name: string, value: string, focused = false) => ({ name, type: 3, value, ...(focused ? { focused: true } : {}) });

async function ask(name: string, options: any[] = [], as: "member" | "moderator" | "admin" = "member") {
  const { id } = fake.sendCommand(name, options, { as });
  const cb = await fake.waitForCallback(id);
  expect(cb.ms).toBeLessThan(3000);
  return cb;
}

function asMessage(data: any) {
  return {
    id: "1",
    channel_id: fake.channels.news,
    flags: data.flags ?? 0,
    components: data.components,
    embeds: data.embeds,
    author: fake.bot,
    content: data.content ?? "",
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
}

describe("the real commands through Discord", () => {
  it("registers exactly the expected command names", () => {
    expect(
      fake.commands.guild
        .get(fake.guildId)!
        .map((c) => c.name)
        .sort(),
    ).toEqual([
      "briefing",
      "claims",
      "correct",
      "corrections",
      "help",
      "quote",
      "reload",
      "schedule",
      "settings",
      "sources",
      "timeline",
      "who",
    ]);
    expect(fake.rejected).toEqual([]);
  });

  it("/who raha: the card with citations", async () => {
    const cb = await ask("who", [str("name", "raha")]);
    expect(cb.type).toBe(4);
    expect(cb.data.embeds[0].title).toBe("Rachid Raha");
    expect(JSON.stringify(cb.data.embeds[0])).toMatch(/sentence \d+/);
    expect(cb.data.allowed_mentions.parse).toEqual([]);
  });

  it("/who wagner offers 'did you mean' and the click answers the clicker alone", async () => {
    const cb = await ask("who", [str("name", "wagner")]);
    const button = cb.data.components.flatMap((r: any) => r.components).find((b: any) => b.label === "Wagner Moura");
    expect(button).toBeDefined();
    const click = fake.sendButton(button.custom_id, asMessage(cb.data));
    const res = await fake.waitForCallback(click.id);
    expect(res.type).toBe(4);
    expect(res.data.flags & 64).toBe(64);
    expect(res.data.embeds[0].title).toBe("Wagner Moura");
  });

  it("/who with no match: ephemeral, no unrelated suggestions", async () => {
    const cb = await ask("who", [str("name", "zzqx")]);
    expect(cb.data.flags & 64).toBe(64);
    expect(JSON.stringify(cb.data)).not.toMatch(/Did you mean/);
  });

  it("/claims pages with Next, after a restart too (the state is in the customId)", async () => {
    const cb = await ask("claims", [str("about", "union")]);
    expect(cb.data.embeds[0].fields.length).toBe(5);
    const next = cb.data.components[0].components[1];
    expect(next.disabled).toBe(false);
    const click = fake.sendButton(next.custom_id, asMessage(cb.data));
    const res = await fake.waitForCallback(click.id);
    expect(res.type).toBe(7);
    expect(res.data.embeds[0].footer.text).toMatch(/Page 2 of 2/);
  });

  it("/claims with a speaker, /timeline, /sources, /help", async () => {
    const c = await ask("claims", [str("about", "wagner"), str("speaker", "CMA")]);
    expect(c.type).toBe(4);
    const t = await ask("timeline");
    expect(JSON.stringify(t.data.embeds)).toMatch(/<t:\d+:D>/);
    const s = await ask("sources");
    expect(s.data.embeds[0].title).toMatch(/3 articles/);
    const h = await ask("help");
    expect(h.data.embeds[0].title).toMatch(/newsdesk/);
    expect(h.data.flags & 64).toBe(64);
    expect(fake.rejected).toEqual([]);
  });

  it("autocomplete for /who, /claims about and speaker, /timeline", async () => {
    for (const [name, opts] of [
      ["who", [str("name", "wag", true)]],
      ["claims", [str("about", "wag", true)]],
      ["claims", [str("about", "wagner"), str("speaker", "", true)]],
      ["timeline", [str("topic", "bi", true)]],
    ] as const) {
      const { id } = fake.sendAutocomplete(name, [...opts]);
      const cb = await fake.waitForCallback(id);
      expect(cb.type).toBe(8);
      expect(cb.ms).toBeLessThan(1000);
      expect(cb.data.choices.length).toBeLessThanOrEqual(25);
    }
    expect(fake.rejected).toEqual([]);
  });

  it("/briefing by a moderator is posted; by a member refused with nothing posted", async () => {
    const { id } = fake.sendCommand("briefing", [{ name: "channel", type: 7, value: fake.channels.briefings }], { as: "moderator" });
    await fake.waitForCallback(id);
    const post = await fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${fake.channels.briefings}/messages`);
    expect(post.body.embeds[0].footer.text).toMatch(/Requested by Editor/);
    const before = fake.requests.filter((r) => r.method === "POST" && r.path.startsWith("/channels/")).length;
    const refused = await ask("briefing", [], "member");
    expect(refused.data.flags & 64).toBe(64);
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.requests.filter((r) => r.method === "POST" && r.path.startsWith("/channels/")).length).toBe(before);
  });

  it("/reload by an admin reports the corpus", async () => {
    const { id } = fake.sendCommand("reload", [], { as: "admin" });
    expect((await fake.waitForCallback(id)).type).toBe(5);
    const edit = await fake.waitForRequest(
      (r) => r.method === "PATCH" && r.path.endsWith("@original") && Array.isArray(r.body?.embeds) && r.body.embeds.length > 0,
    );
    expect(JSON.stringify(edit.body.embeds)).toMatch(/3/);
  });

  it("mentions: who, claims with a speaker, timeline, brief me", async () => {
    for (const [text, title] of [
      ["who is Raha?", /Rachid Raha/],
      ["what did the CMA say about Wagner?", /Wagner/],
      ["timeline Bir", /Bir|Timeline/],
      ["brief me", /Briefing/],
    ] as const) {
      const { id } = fake.sendMessage({ content: text });
      const r = await fake.waitForRequest((x) => x.method === "POST" && x.body?.message_reference?.message_id === id);
      expect(r.body.embeds[0].title).toMatch(title);
      expect(r.body.allowed_mentions.parse).toEqual([]);
    }
    expect(fake.rejected).toEqual([]);
  });
});
