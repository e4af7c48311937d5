// Acknowledge first under load: a burst of interactions whose handler takes 100 ms of the event loop each
// (forty of them: four seconds of work, past Discord's 3 s window) is acknowledged in full — the bot defers
// what it cannot answer at once and answers later — and autocomplete, which cannot be deferred, answers too.
import { SlashCommandBuilder } from "discord.js";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CommandModule } from "../../commands/reply.js";
import { createBot, type Bot } from "../../src/discord/bot.js";
import { startRemoteFake, type RemoteFake } from "../../src/bench/remote-fake.js";
import { fixtureStore } from "../support/fixture-summary.js";
import { testCommands } from "../support/test-commands.js";

/** Holds the event loop for `ms`, as a heavy handler on a big corpus does. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

const slow: CommandModule = {
  name: "slow",
  definition: new SlashCommandBuilder()
    .setName("slow")
    .setDescription("A handler that takes 100 ms")
    .addStringOption((o) => o.setName("query").setDescription("Anything").setRequired(true).setAutocomplete(true))
    .toJSON(),
  handle(input) {
    busy(100);
    return { status: "ok", command: "slow", title: `Answer to ${input.query}`, description: "Done.", json: { query: input.query } };
  },
  autocomplete(_option, value) {
    busy(5);
    return [{ name: `${value} done`, value }];
  },
};

let fake: RemoteFake;
let bot: Bot;
beforeAll(async () => {
  // Discord in its own thread, as it is another machine: the bot's busy event loop does not slow Discord down
  fake = await startRemoteFake();
  bot = createBot({
    config: { token: fake.token, apiUrl: fake.apiUrl },
    store: fixtureStore(),
    logger: pino({ level: "silent" }),
    commands: [...testCommands, slow],
  });
  await bot.start();
}, 30_000);
afterAll(async () => {
  await bot?.stop();
});

const q = (value: string, focused = false) => [{ name: "query", type: 3, value, ...(focused ? { focused: true } : {}) }];

describe("a burst", () => {
  it("40 slow commands (4 s of work) at once, and an autocomplete among them: none lost, every answer given", async () => {
    const sent = Array.from({ length: 40 }, (_, k) => fake.interact("command", "slow", q(`q${k}`)));
    const ac = fake.interact("autocomplete", "slow", q("ab", true));
    const acks = await Promise.all(sent);
    // null: no acknowledgement Discord would take (none, or after its 3 s window)
    expect(acks.filter((ms) => ms === null)).toEqual([]);
    expect(await ac).not.toBeNull();
    // let the deferred answers land, then count them at the fake
    await new Promise((r) => setTimeout(r, 6000));
    const { rejected, edits } = await fake.close();
    expect(rejected).toBe(0);
    expect(edits).toBeGreaterThan(0);
  }, 40_000);
});
