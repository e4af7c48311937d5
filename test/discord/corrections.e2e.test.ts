// Corrections and quote checks through the real discord.js client, the real command registry and a real
// store on a crafted corpus, against the Discord fake: a moderator corrects a speaker and the next /claims
// shows the new speaker marked as corrected; a member cannot; undo (command and button) restores the
// extracted speaker; the correction survives a restart and a re-extraction; an edit that removes the
// statement leaves it orphaned and listed; /quote and "did X say '…'?" mentions answer.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands, formatReloadReport } from "../../commands/index.js";
import { openCorrectionLog } from "../../src/corrections/log.js";
import { createBot, type Bot } from "../../src/discord/bot.js";
import { registerCommands } from "../../src/discord/deploy.js";
import { openStore, type SummaryStore } from "../../src/store/store.js";
import { startDiscordFake, type DiscordFake } from "../support/discord-fake.js";

const root = mkdtempSync(join(tmpdir(), "newsdesk-corr-e2e-"));
const corpus = join(root, "corpus");
const cacheDir = join(root, "cache");
const ARTICLE = [
  "Harbour fees to rise in May",
  "",
  "Fees at the Northport harbour will rise in May, the Port Authority announced on Monday.",
  "",
  '"We have no choice but to raise the fees," said Ana Ruiz, the head of the Port Authority.',
  "",
  '"The silence of the ministry is deafening," said Tom Holm, who leads the dockworkers\' union.',
  "",
  "The union will meet on 14 March to decide on a strike.",
  "",
].join("\n");

let fake: DiscordFake;
let bot: Bot;
let store: SummaryStore;

async function start() {
  const corrections = openCorrectionLog(cacheDir);
  store = await openStore({ corpus, cacheDir, watch: false, corrections }, { logger: pino({ level: "silent" }) });
  bot = createBot({
    config: { token: fake.token, apiUrl: fake.apiUrl },
    store,
    logger: pino({ level: "silent" }),
    commands,
    formatReloadReport,
  });
  await bot.start();
}
async function stop() {
  await bot.stop();
  await store.close();
  store.corrections?.close();
}

beforeAll(async () => {
  mkdirSync(corpus, { recursive: true });
  writeFileSync(join(corpus, "harbour.txt"), ARTICLE);
  fake = await startDiscordFake();
  await registerCommands({ token: fake.token, clientId: fake.applicationId, guildId: fake.guildId, apiUrl: fake.apiUrl, commands });
  await start();
});
afterAll(async () => {
  await stop();
  await fake?.close();
  rmSync(root, { recursive: true, force: true });
});

const str = (name: string, value: string, focused = false) => ({ name, type: 3, value, ...(focused ? { focused: true } : {}) });
const sub = (name: string, options: any[]) => [{ name, type: 1, options }];

async function ask(name: string, options: any[] = [], as: "member" | "moderator" = "member") {
  const { id } = fake.sendCommand(name, options, { as });
  const cb = await fake.waitForCallback(id);
  expect(cb.ms).toBeLessThan(3000);
  expect(cb.data.allowed_mentions?.parse ?? []).toEqual([]);
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

/** The heading and text of the /claims field for the "deafening" statement. */
async function deafening() {
  const cb = await ask("claims", [str("about", "deafening")]);
  const f = (cb.data.embeds[0].fields ?? []).find((x: any) => /deafening/.test(x.value));
  return { heading: f?.name as string, value: f?.value as string };
}

const key = () => store.snapshot.summary.statements.find((s) => s.text.includes("deafening"))?.key as string;

async function correctSpeaker(to: string, as: "member" | "moderator" = "moderator") {
  return ask("correct", sub("speaker", [str("statement", key()), str("to", to), str("why", "Ruiz said it first; Holm quoted her")]), as);
}

describe("corrections in Discord", () => {
  it("registers /correct, /corrections and /quote for moderators and everyone as meant", () => {
    const reg = fake.commands.guild.get(fake.guildId)!;
    const correct = reg.find((c) => c.name === "correct");
    expect(correct.default_member_permissions).toBe(String(1n << 13n));
    expect(correct.options.map((o: any) => o.name).sort()).toEqual(["alias", "date", "hide", "kind", "merge", "speaker", "split", "undo"]);
    expect(reg.find((c) => c.name === "quote").default_member_permissions ?? null).toBe(null);
    expect(fake.rejected).toEqual([]);
  });

  it("autocomplete offers statements by their words (values are keys) and 'Speaker unclear'", async () => {
    const a = fake.sendAutocomplete("correct", sub("speaker", [str("statement", "silence", true)]), { as: "moderator" });
    const res = await fake.waitForCallback(a.id);
    expect(res.type).toBe(8);
    expect(res.data.choices[0]).toMatchObject({ value: key() });
    expect(res.data.choices[0].name).toMatch(/Tom Holm: “The silence/);
    const b = fake.sendAutocomplete("correct", sub("speaker", [str("statement", key()), str("to", "", true)]), { as: "moderator" });
    const to = await fake.waitForCallback(b.id);
    expect(to.data.choices[0]).toEqual({ name: "Speaker unclear", value: "unclear" });
  });

  it("a member cannot use /correct", async () => {
    const cb = await correctSpeaker("Ana Ruiz", "member");
    expect(cb.data.flags & 64).toBe(64);
    expect(cb.data.content).toMatch(/Only moderators/);
    expect((await deafening()).heading).toMatch(/^Tom Holm/);
  });

  it("a moderator corrects a speaker: the next /claims shows the new speaker with the correction mark", async () => {
    const cb = await correctSpeaker("Ana Ruiz");
    expect(cb.data.flags & 64).toBe(64);
    expect(cb.data.embeds[0].title).toMatch(/Correction #1 recorded/);
    const d = await deafening();
    expect(d.heading).toMatch(/^Ana Ruiz/);
    // "\@" is the renderer's escape: Discord shows "@Editor"
    expect(d.value).toMatch(/speaker corrected by \\@\S+, \d+ \w{3}: Ruiz said it first/);
  });

  it("the correction survives a restart and a re-extraction of the article", async () => {
    await stop();
    writeFileSync(join(corpus, "harbour.txt"), ARTICLE.replace("Harbour fees to rise in May", "Harbour fees will rise in May"));
    await start();
    expect((await deafening()).heading).toMatch(/^Ana Ruiz/);
    writeFileSync(join(corpus, "harbour.txt"), `${ARTICLE}\nThe ministry did not answer questions on Tuesday.\n`);
    const report = await store.reload();
    expect(report.changed).toEqual(["harbour.txt"]);
    expect((await deafening()).heading).toMatch(/^Ana Ruiz/);
  });

  it("/corrections lists who/when/why with undo buttons; a member's click is refused; the moderator's undoes", async () => {
    const list = await ask("corrections", [], "moderator");
    expect(list.data.flags & 64).toBe(64);
    const field = list.data.embeds[0].fields[0];
    // Markdown-escaped by the renderer
    expect(field.name).toMatch(/^\\#1 speaker · \\@\S+, \d+ \w{3}/);
    expect(field.value).toMatch(/Why: Ruiz said it first/);
    const undo = list.data.components.flatMap((r: any) => r.components).find((b: any) => b.label === "Undo #1");
    expect(undo.custom_id).toBe("act:corrections:undo:1");
    const member = fake.sendButton(undo.custom_id, asMessage(list.data), { as: "member" });
    expect((await fake.waitForCallback(member.id)).data.content).toMatch(/Only moderators/);
    expect((await deafening()).heading).toMatch(/^Ana Ruiz/);
    const mod = fake.sendButton(undo.custom_id, asMessage(list.data), { as: "moderator" });
    const res = await fake.waitForCallback(mod.id);
    expect(res.data.embeds[0].title).toBe("Correction #1 undone");
    const d = await deafening();
    expect(d.heading).toMatch(/^Tom Holm/);
    expect(d.value).not.toMatch(/corrected/);
  });

  it("/correct undo restores the extracted speaker too", async () => {
    await correctSpeaker("unclear");
    expect((await deafening()).heading).toMatch(/^speaker unclear/i);
    const cb = await ask("correct", sub("undo", [str("correction", "2")]), "moderator");
    expect(cb.data.embeds[0].title).toBe("Correction #2 undone");
    expect((await deafening()).heading).toMatch(/^Tom Holm/);
  });

  it("an edit that removes the statement leaves the correction orphaned, listed and unapplied", async () => {
    await correctSpeaker("Ana Ruiz");
    writeFileSync(join(corpus, "harbour.txt"), ARTICLE.replace(/"The silence[^\n]*\n/, ""));
    await store.reload();
    expect(store.snapshot.summary.statements.some((s) => s.correction)).toBe(false);
    const list = await ask("corrections", [], "moderator");
    expect(list.data.embeds[0].description).toMatch(/1 orphaned/);
    expect(list.data.embeds[0].fields[0].value).toMatch(/orphaned, not applied: the statement is no longer in the corpus/);
    writeFileSync(join(corpus, "harbour.txt"), ARTICLE);
    await store.reload();
    expect((await deafening()).heading).toMatch(/^Ana Ruiz/);
  });

  it("a member's 'Report a problem' reaches the moderators' channel with its citations and suggested corrections", async () => {
    const answer = await ask("claims", [str("about", "deafening")]);
    const button = answer.data.components.flatMap((r: any) => r.components).find((b: any) => b.label === "Report a problem");
    expect(button.custom_id).toMatch(/^report-claims:0:/);
    // no channel chosen yet: recorded, and the member is told
    const first = fake.sendButton(button.custom_id, asMessage(answer.data), { as: "member" });
    expect((await fake.waitForCallback(first.id)).data.content).toMatch(
      /report #1 is recorded\. The moderators have not chosen a report channel/,
    );
    const refused = await ask("settings", [
      { name: "report-channel", type: 1, options: [{ name: "channel", type: 7, value: fake.channels.briefings }] },
    ]);
    expect(refused.data.content).toMatch(/Only moderators/);
    const set = await ask(
      "settings",
      [{ name: "report-channel", type: 1, options: [{ name: "channel", type: 7, value: fake.channels.briefings }] }],
      "moderator",
    );
    expect(set.data.embeds[0].title).toBe("Report channel set");
    const click = fake.sendButton(button.custom_id, asMessage(answer.data), { as: "member" });
    const post = await fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${fake.channels.briefings}/messages`);
    const text = JSON.stringify(post.body.embeds[0]);
    expect(post.body.embeds[0].title).toMatch(/Problem report #2 on \/claims “deafening”/);
    expect(text).toMatch(/sentence 3 of `harbour`/);
    expect(text).toContain(`/correct speaker statement:${key()}`);
    expect(post.body.allowed_mentions.parse).toEqual([]);
    await fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(click.token));
    expect(fake.rejected).toEqual([]);
  });

  it("/quote finds the words and who said them; 'did X say …?' mentions answer too", async () => {
    const q = await ask("quote", [str("text", "“The silence of the ministry … deafening”")]);
    expect(q.data.embeds[0].title).toMatch(/in these words/);
    const n = await ask("quote", [str("text", "we will never surrender the harbour")]);
    expect(n.data.embeds[0].title).toMatch(/Not found in the corpus/);
    const { id } = fake.sendMessage({ content: "did Ana Ruiz say 'we have no choice but to raise fees'?" });
    const r = await fake.waitForRequest((x) => x.method === "POST" && x.body?.message_reference?.message_id === id);
    expect(r.body.embeds[0].title).toMatch(/Not in these exact words by Ana Ruiz/);
    expect(JSON.stringify(r.body.embeds[0])).toMatch(/the source also says “the”/);
    expect(fake.rejected).toEqual([]);
  });
});
