// The bot logs in before the first build of the summary is done: the real discord.js client against the local
// Discord fake, served by serveBot (what `npm start` runs) with a store opener the test holds back and then
// releases. While the corpus is read, commands, buttons and mentions are answered with how far the reading is
// (ephemeral for interactions), autocomplete offers no choices and nothing is stamped for scheduled briefings;
// once the store is open, the same questions get their real answers.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Serving, serveBot } from "../../src/app/serve.js";
import { encodeState } from "../../src/discord/custom-id.js";
import { openScheduleStore, type ScheduleStore } from "../../src/schedule/store.js";
import type { BuildProgress } from "../../src/store/build.js";
import type { SummaryStore } from "../../src/store/store.js";
import { startDiscordFake, type DiscordFake } from "../support/discord-fake.js";
import { fixtureStore } from "../support/fixture-summary.js";
import { manualClock } from "../support/manual-clock.js";
import { testCommands } from "../support/test-commands.js";

const EPHEMERAL = 64;
const str = (name: string, value: string, focused = false) => ({ name, type: 3, value, ...(focused ? { focused: true } : {}) });

let fake: DiscordFake;
let serving: Serving;
let schedules: ScheduleStore;
let dir: string;
let release: (store: SummaryStore) => void = () => undefined;
let report: (p: BuildProgress) => void = () => undefined;
let opened = false;
const logLines: string[] = [];

beforeAll(async () => {
  fake = await startDiscordFake();
  dir = mkdtempSync(join(tmpdir(), "newsdesk-opening-"));
  schedules = openScheduleStore(dir);
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logLines.push(String(chunk));
      cb();
    },
  });
  serving = serveBot({
    config: { token: fake.token, apiUrl: fake.apiUrl },
    logger: pino({ level: "info" }, sink),
    // the first build: held until the test releases it, reporting progress as the real build does
    openStore: (onProgress) =>
      new Promise<SummaryStore>((resolve) => {
        report = onProgress;
        release = (s) => {
          opened = true;
          resolve(s);
        };
      }),
    commands: testCommands,
    schedules: { store: schedules, clock: manualClock(Date.parse("2026-12-02T08:00:00Z")) },
  });
  // logging in does not wait for the summary: the store opens once the bot is logged in
  await serving.start();
});

afterAll(async () => {
  await serving?.bot.stop();
  schedules?.close();
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

const replyTo = (msgId: string) => fake.waitForRequest((r) => r.method === "POST" && r.body?.message_reference?.message_id === msgId);

describe("while the first build runs", () => {
  it("is logged in and says so, with the summary still being read", () => {
    expect(opened).toBe(false);
    expect(logLines.join("")).toMatch(/"summary":"still reading".*"msg":"logged in"/);
  });

  it("answers a command privately with how far the reading is", async () => {
    report({ done: 4210, total: 10000, bytesDone: 4_000_000, bytesTotal: 9_000_000 });
    const { id } = fake.sendCommand("who", [str("name", "wagner")]);
    const cb = await fake.waitForCallback(id);
    expect(cb.type).toBe(4);
    expect(cb.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(cb.data.content).toBe("Still reading the corpus: 4,210 of 10,000 articles — ask again in a moment.");
    expect(cb.data.embeds ?? []).toEqual([]);
  });

  it("counts on as the build goes, for every command", async () => {
    report({ done: 9000, total: 10000, bytesDone: 8_000_000, bytesTotal: 9_000_000 });
    for (const [name, options] of [
      ["claims", [str("about", "wagner")]],
      ["sources", []],
      ["help", []],
    ] as const) {
      const { id } = fake.sendCommand(name, [...options]);
      const cb = await fake.waitForCallback(id);
      expect(cb.data.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(cb.data.content).toBe("Still reading the corpus: 9,000 of 10,000 articles — ask again in a moment.");
    }
  });

  it("answers a click on a page button of a card posted before the restart the same way, keeping the card", async () => {
    const next = encodeState({ command: "claims", page: 1, query: "wagner" });
    const message = {
      id: "1200000000000000001",
      channel_id: fake.channels.news,
      flags: 0,
      components: [{ type: 1, components: [{ type: 2, style: 2, label: "Next", custom_id: next }] }],
      embeds: [{ title: "Claims about Wagner" }],
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
    const cb = await fake.waitForCallback(click.id);
    expect(cb.type).toBe(4); // a new private message, not an update of the card
    expect(cb.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(cb.data.content).toBe("Still reading the corpus: 9,000 of 10,000 articles — ask again in a moment.");
  });

  it("offers no autocomplete choices rather than none that fit", async () => {
    const { id } = fake.sendAutocomplete("who", [str("name", "wag", true)]);
    const cb = await fake.waitForCallback(id);
    expect(cb.type).toBe(8);
    expect(cb.data.choices).toEqual([]);
  });

  it("answers a mention in the channel with the same words, without pinging", async () => {
    const { id } = fake.sendMessage({ content: "who is Raha?" });
    const r = await replyTo(id);
    expect(r.body.content).toBe("Still reading the corpus: 9,000 of 10,000 articles — ask again in a moment.");
    expect(r.body.embeds ?? []).toEqual([]);
    expect(r.body.allowed_mentions.parse).toEqual([]);
  });

  it("has stamped no article for the scheduled briefings yet", () => {
    expect(schedules.firstSeen().size).toBe(0);
    expect(fake.rejected).toEqual([]);
  });
});

describe("once the store is open", () => {
  it("answers as usual: commands, autocomplete and mentions", async () => {
    release(fixtureStore());
    await serving.store;
    const who = fake.sendCommand("who", [str("name", "wagner")]);
    const cb = await fake.waitForCallback(who.id);
    expect(cb.type).toBe(4);
    expect(cb.data.flags ?? 0).toBe(0);
    expect(cb.data.embeds[0].title).toMatch(/Wagner/);
    const ac = fake.sendAutocomplete("who", [str("name", "wag", true)]);
    expect((await fake.waitForCallback(ac.id)).data.choices.map((c: { value: string }) => c.value)).toContain("Wagner group");
    const m = fake.sendMessage({ content: "who is Raha?" });
    expect((await replyTo(m.id)).body.embeds[0].title).toBe("Rachid Raha");
    expect(fake.rejected).toEqual([]);
  });

  it("says the summary is ready and stamps its articles for the scheduled briefings", () => {
    expect(logLines.join("")).toMatch(/"articles":3.*"msg":"summary ready"/);
    expect(schedules.firstSeen().size).toBe(3);
  });
});
