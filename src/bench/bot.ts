// The bot under load: the real bot (discord.js client, the production command registry) logs in to the
// project's Discord fake (test/support/discord-fake.ts) on 127.0.0.1 and answers a mix of slash commands and
// autocomplete, `inFlight` interactions at a time. The time of one interaction is the fake's: from the
// INTERACTION_CREATE dispatch to the interaction callback received. An interaction with no callback within
// 5 s is lost.
import { MODULE_EXT } from "../config/paths.js";
import { createLogger } from "../log.js";
import { tsWorker } from "../store/worker.js";
import type { SummaryStore } from "../store/store.js";
import type { FakeReply, FakeRequest } from "./bot-fake-worker.js";
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

/** The fake, running in its own thread. */
interface RemoteFake {
  token: string;
  apiUrl: string;
  interact(kind: "command" | "autocomplete", name: string, options: unknown[]): Promise<number | null>;
  close(): Promise<number>;
}

async function startRemoteFake(): Promise<RemoteFake> {
  const worker = tsWorker(new URL(`./bot-fake-worker${MODULE_EXT}`, import.meta.url).href, { role: "newsdesk-bench-fake" });
  const pending = new Map<number, (ms: number | null) => void>();
  let closed: ((rejected: number) => void) | null = null;
  let next = 1;
  const ready = new Promise<{ token: string; apiUrl: string }>((resolveReady, reject) => {
    worker.on("message", (m: FakeReply) => {
      if (m.op === "ready") resolveReady(m);
      else if (m.op === "error") reject(new Error(m.message));
      else if (m.op === "done") {
        pending.get(m.req)?.(m.ms);
        pending.delete(m.req);
      } else if (m.op === "closed") closed?.(m.rejected);
    });
    worker.on("error", reject);
  });
  const { token, apiUrl } = await ready;
  return {
    token,
    apiUrl,
    interact(kind, name, options) {
      const req = next++;
      return new Promise<number | null>((r) => {
        pending.set(req, r);
        worker.postMessage({ op: "interact", req, kind, name, options } satisfies FakeRequest);
      });
    },
    async close() {
      const rejected = await new Promise<number>((r) => {
        closed = r;
        worker.postMessage({ op: "close" } satisfies FakeRequest);
      });
      await worker.terminate();
      return rejected;
    },
  };
}

export async function runBotBench(store: SummaryStore, opts: BotBenchOptions): Promise<BotFigures> {
  let fake: RemoteFake;
  try {
    fake = await startRemoteFake();
  } catch (err) {
    return {
      inFlight: null,
      interactions: null,
      lost: null,
      p50: null,
      p99: null,
      note: `the Discord fake could not be started: ${(err as Error).message}`,
    };
  }
  const { createBot } = await import("../discord/bot.js");
  const registry = (await import("../../commands/index.js")) as typeof import("../../commands/index.js");
  const logger = createLogger(process.env.LOG_LEVEL ?? "error");
  const bot = createBot({
    config: { token: fake.token, apiUrl: fake.apiUrl },
    store,
    logger,
    commands: registry.commands,
    formatReloadReport: registry.formatReloadReport,
  });
  let rejected = 0;
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
    await Promise.all(Array.from({ length: opts.inFlight }, lane));
    times.sort((a, b) => a - b);
    const at = (p: number): number => Math.round((times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] ?? 0) * 100) / 100;
    return {
      inFlight: opts.inFlight,
      interactions: opts.interactions,
      lost,
      p50: times.length ? at(0.5) : null,
      p99: times.length ? at(0.99) : null,
    };
  } finally {
    await bot.stop();
    rejected = await fake.close();
    if (rejected) logger.warn({ rejected }, "bench: the Discord fake rejected requests from the bot");
  }
}
