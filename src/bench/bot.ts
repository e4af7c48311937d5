// The bot under load: the real bot (discord.js client, the production command registry) logs in to the
// project's Discord fake (test/support/discord-fake.ts) on 127.0.0.1 and answers a mix of slash commands and
// autocomplete, `inFlight` interactions at a time. The time of one interaction is the fake's: from the
// INTERACTION_CREATE dispatch to the interaction callback received. An interaction with no callback within
// 5 s is lost, and so is a deferred one whose answer is not written within a minute of the last callback. The bot's own time is measured apart, inside the bot's process: from the gateway packet
// received by the client (discord.js's raw event) to the callback request handed to its REST client.
import { performance } from "node:perf_hooks";
import { createLogger } from "../log.js";
import type { SummaryStore } from "../store/store.js";
import { startBenchBot } from "./remote-fake.js";
import { prng, typo } from "./generate.js";
import { percentile } from "./percentile.js";

export interface BotFigures {
  inFlight: number | null;
  interactions: number | null;
  lost: number | null;
  p50: number | null;
  p99: number | null;
  /** The bot's own time (packet received → response sent), p50 / p99 (ms); not in the `bot` object of the JSON. */
  ownP50?: number | null;
  ownP99?: number | null;
  /** Interactions answered per second of the run. */
  perSec?: number | null;
  /** Why the figures are missing, when they are (not part of the JSON contract). */
  note?: string;
}

export interface BotBenchOptions {
  inFlight: number;
  interactions: number;
  seed: number;
}

export async function runBotBench(store: SummaryStore, opts: BotBenchOptions): Promise<BotFigures> {
  const started = await startBenchBot(store);
  if ("error" in started) return { inFlight: null, interactions: null, lost: null, p50: null, p99: null, note: started.error };
  const { fake, bot } = started;
  let rejected = 0;
  // the bot's own time: the gateway packet in, the callback request out (matched by interaction id)
  const received = new Map<string, number>();
  const own: number[] = [];
  bot.client.on("raw", (packet: { t?: string; d?: { id?: string } }) => {
    if (packet.t === "INTERACTION_CREATE" && packet.d?.id) received.set(packet.d.id, performance.now());
  });
  const rest = bot.client.rest;
  const post = rest.post.bind(rest);
  rest.post = ((route: string, options?: unknown) => {
    const m = /^\/interactions\/(\d+)\//.exec(route);
    const t = m ? received.get(m[1]!) : undefined;
    if (m && t !== undefined) {
      own.push(performance.now() - t);
      received.delete(m[1]!);
    }
    return post(route as never, options as never);
  }) as typeof rest.post;
  try {
    await bot.start();
    const r = prng(opts.seed ^ 0xb07);
    const names = store.snapshot.summary.actors.map((a) => a.name);
    const q = (): string => {
      const n = names[Math.floor(r() * names.length)] ?? "news";
      return r() < 0.7 ? typo(r, n) : n;
    };
    const str = (name: string, value: string, focused = false) => ({ name, type: 3, value, ...(focused ? { focused: true } : {}) });
    const send = (): Promise<number | null> => {
      const k = r();
      if (k < 0.3) return fake.interact("autocomplete", "who", [str("name", q().slice(0, 2 + Math.floor(r() * 6)), true)]);
      if (k < 0.4) return fake.interact("autocomplete", "claims", [str("about", q().slice(0, 3 + Math.floor(r() * 5)), true)]);
      if (k < 0.65) return fake.interact("command", "who", [str("name", q())]);
      if (k < 0.85) return fake.interact("command", "claims", [str("about", q())]);
      return fake.interact("command", "timeline", r() < 0.3 ? [] : [str("topic", q())]);
    };
    const times: number[] = [];
    let lost = 0;
    let sent = 0;
    const lane = async (): Promise<void> => {
      while (sent < opts.interactions) {
        sent++;
        const ms = await send();
        if (ms === null) lost++;
        else times.push(ms);
      }
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: opts.inFlight }, lane));
    const seconds = (performance.now() - t0) / 1000;
    // deferred answers still being written: wait for them before Discord goes away; one never written is lost
    lost += (await fake.settle(60_000)).unanswered;
    const at = (xs: number[], p: number): number | null => {
      const v = percentile(xs, p);
      return v === null ? null : Math.round(v * 100) / 100;
    };
    return {
      inFlight: opts.inFlight,
      interactions: opts.interactions,
      lost,
      p50: at(times, 0.5),
      p99: at(times, 0.99),
      ownP50: at(own, 0.5),
      ownP99: at(own, 0.99),
      perSec: Math.round(times.length / seconds),
    };
  } finally {
    await bot.stop();
    rejected = (await fake.close()).rejected;
    if (rejected)
      createLogger(process.env.LOG_LEVEL ?? "error").warn({ rejected }, "bench: the Discord fake rejected requests from the bot");
  }
}
