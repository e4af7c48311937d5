// A bad day at Discord, through the fake with the real discord.js client: fatal gateway closes (4004, 4010-4014)
// are logged with what to fix and reported to the caller (which exits non-zero), a resumable close is survived,
// and a 429 with retry-after, a 500/502 and a slow callback on the acknowledgement are ridden out.
import { Writable } from "node:stream";
import { Events } from "discord.js";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createBot, type Bot } from "../../src/discord/bot.js";
import { FATAL_CLOSES, FatalGatewayClose } from "../../src/discord/fatal.js";
import { startDiscordFake, type DiscordFake, type FakeOptions } from "../support/discord-fake.js";
import { fixtureStore } from "../support/fixture-summary.js";
import { testCommands } from "../support/test-commands.js";

let fake: DiscordFake | undefined;
let bot: Bot | undefined;
afterEach(async () => {
  await bot?.stop();
  await fake?.close();
  bot = fake = undefined;
});

async function setUp(opts: FakeOptions = {}) {
  fake = await startDiscordFake(opts);
  const lines: { level: number; msg: string; code?: number }[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      lines.push(JSON.parse(String(chunk)));
      cb();
    },
  });
  const fatal: FatalGatewayClose[] = [];
  let onFatal: () => void = () => {};
  const fatalSeen = new Promise<void>((r) => (onFatal = r));
  bot = createBot({
    config: { token: fake.token, apiUrl: fake.apiUrl },
    store: fixtureStore(),
    logger: pino({ level: "info" }, sink),
    commands: testCommands,
    onFatal: (err) => {
      fatal.push(err);
      onFatal();
    },
  });
  return { fake, bot, lines, fatal, fatalSeen };
}

describe("fatal gateway closes", () => {
  it.each(Object.keys(FATAL_CLOSES).map(Number))("close %i after ready: an error saying what to fix, and onFatal", async (code) => {
    const t = await setUp();
    await t.bot.start();
    t.fake.closeGateway(code);
    await t.fatalSeen;
    expect(t.fatal.map((e) => e.code)).toEqual([code]);
    const line = t.lines.find((l) => l.level === 50 && l.code === code);
    expect(line?.msg).toBe(FATAL_CLOSES[code]);
    expect(line?.msg).toMatch(code === 4004 ? /DISCORD_TOKEN/ : code === 4013 || code === 4014 ? /intents/ : /shard|version/);
  });

  it("a fatal close at IDENTIFY: start() rejects with it instead of waiting forever", async () => {
    const t = await setUp({ identifyCloseCode: 4014 });
    const err = await t.bot.start().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FatalGatewayClose);
    expect((err as FatalGatewayClose).code).toBe(4014);
  });

  it("a resumable close (4000) is survived: the bot comes back and answers", async () => {
    const t = await setUp();
    await t.bot.start();
    const resumed = new Promise((r) => t.bot.client.once(Events.ShardResume, r));
    t.fake.closeGateway(4000);
    await resumed; // it resumes on its own; a command sent then is answered
    const { id } = t.fake.sendCommand("who", [{ name: "name", type: 3, value: "wagner" }]);
    expect((await t.fake.waitForCallback(id)).type).toBe(4);
    expect(t.fatal).toEqual([]);
  });
});

describe("REST faults on the acknowledgement", () => {
  const isCallback = (r: { method: string; path: string }) => r.method === "POST" && r.path.startsWith("/interactions/");
  it.each([
    ["429 with retry-after", { status: 429 as const, retryAfter: 0.2 }],
    ["500", { status: 500 as const }],
    ["502", { status: 502 as const }],
    ["a slow callback (1 s)", { delayMs: 1000 }],
  ])("%s: the answer still arrives", async (_name, fault) => {
    const t = await setUp();
    await t.bot.start();
    t.fake.injectFault({ match: isCallback, ...fault });
    const { id } = t.fake.sendCommand("who", [{ name: "name", type: 3, value: "wagner" }]);
    const cb = await t.fake.waitForCallback(id, 5000);
    expect(cb.type).toBe(4);
    expect(t.fake.faulted).toHaveLength(1);
    expect(t.fake.rejected).toEqual([]);
  });
});
