// The bot under load: the real bot (discord.js client, the production command registry) logs in to the
// project's Discord fake (test/support/discord-fake.ts) on 127.0.0.1 and answers a mix of slash commands and
// autocomplete, `inFlight` interactions at a time. The time of one interaction is the fake's: from the
// INTERACTION_CREATE dispatch to the interaction callback received. An interaction with no callback within
// 5 s is lost.
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createLogger } from "../log.js";
import type { SummaryStore } from "../summary/store.js";
import { prng, typo } from "./generate.js";

export interface BotFigures {
  inFlight: number | null;
  interactions: number | null;
  lost: number | null;
  p50: number | null;
  p99: number | null;
  /** Why the figures are missing, when they are (not part of the JSON contract). */
  note?: string;
}

export interface BotBenchOptions {
  inFlight: number;
  interactions: number;
  seed: number;
}

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

interface Callback {
  ms: number;
}
interface Fake {
  token: string;
  apiUrl: string;
  sendCommand(name: string, options: unknown[]): { id: string };
  sendAutocomplete(name: string, options: unknown[]): { id: string };
  waitForCallback(id: string, timeoutMs?: number): Promise<Callback>;
  rejected: unknown[];
  close(): Promise<void>;
}

export async function runBotBench(store: SummaryStore, opts: BotBenchOptions): Promise<BotFigures> {
  let fakeMod: { startDiscordFake: () => Promise<Fake> };
  try {
    fakeMod = (await import(pathToFileURL(join(ROOT, "test", "support", "discord-fake.ts")).href)) as typeof fakeMod;
  } catch (err) {
    return { inFlight: null, interactions: null, lost: null, p50: null, p99: null, note: `the Discord fake could not be loaded: ${(err as Error).message}` };
  }
  const { createBot } = await import("../discord/bot.js");
  const registry = (await import("../../commands/index.js")) as typeof import("../../commands/index.js");
  const fake = await fakeMod.startDiscordFake();
  const logger = createLogger(process.env.LOG_LEVEL ?? "error");
  const bot = createBot({ config: { token: fake.token, apiUrl: fake.apiUrl }, store, logger, commands: registry.commands, formatReloadReport: registry.formatReloadReport });
  try {
    await bot.start();
    const r = prng(opts.seed ^ 0xb07);
    const names = store.snapshot.summary.actors.map((a) => a.name);
    const q = (): string => {
      const n = names[Math.floor(r() * names.length)] ?? "news";
      return r() < 0.7 ? typo(r, n) : n;
    };
    const str = (name: string, value: string, focused = false) => ({ name, type: 3, value, ...(focused ? { focused: true } : {}) });
    const send = (): { id: string } => {
      const k = r();
      if (k < 0.3) return fake.sendAutocomplete("who", [str("name", q().slice(0, 2 + Math.floor(r() * 6)), true)]);
      if (k < 0.4) return fake.sendAutocomplete("claims", [str("about", q().slice(0, 3 + Math.floor(r() * 5)), true)]);
      if (k < 0.65) return fake.sendCommand("who", [str("name", q())]);
      if (k < 0.85) return fake.sendCommand("claims", [str("about", q())]);
      return fake.sendCommand("timeline", r() < 0.3 ? [] : [str("topic", q())]);
    };
    const times: number[] = [];
    let lost = 0;
    let sent = 0;
    const lane = async (): Promise<void> => {
      while (sent < opts.interactions) {
        sent++;
        const { id } = send();
        try {
          times.push((await fake.waitForCallback(id, 5000)).ms);
        } catch {
          lost++;
        }
      }
    };
    await Promise.all(Array.from({ length: opts.inFlight }, lane));
    times.sort((a, b) => a - b);
    const at = (p: number): number => Math.round((times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] ?? 0) * 100) / 100;
    const rejected = fake.rejected.length;
    return {
      inFlight: opts.inFlight,
      interactions: opts.interactions,
      lost,
      p50: times.length ? at(0.5) : null,
      p99: times.length ? at(0.99) : null,
      ...(rejected ? { note: `${rejected} requests rejected by the fake` } : {}),
    };
  } finally {
    await bot.stop();
    await fake.close();
  }
}
