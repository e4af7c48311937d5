// The project's Discord fake (test/support/discord-fake.ts) in its own thread, as Discord is another machine:
// its HTTP server, gateway and validation do not share the bot's event loop, so what it measures (from
// INTERACTION_CREATE sent to the acknowledgement received) is the bot's time. Used by the bench and by the
// burst tests.
import { MODULE_EXT } from "../config/paths.js";
import type { Bot } from "../discord/bot.js";
import { createLogger } from "../log.js";
import type { SummaryStore } from "../store/store.js";
import { tsWorker } from "../store/worker.js";
import type { FakeReply, FakeRequest } from "./bot-fake-worker.js";

/** The fake, running in its own thread. */
export interface RemoteFake {
  token: string;
  apiUrl: string;
  interact(
    kind: "command" | "autocomplete",
    name: string,
    options: unknown[],
    as?: "member" | "moderator" | "admin",
  ): Promise<number | null>;
  /** Waits (at most `timeoutMs`) until every acknowledged interaction has its answer; the time to each answer
   * (ms from dispatch) and how many deferred ones are still unanswered. */
  settle(timeoutMs: number): Promise<{ answerMs: number[]; unanswered: number }>;
  /** Stops the fake; says how many requests it rejected and how many deferred answers (edits) it received. */
  close(): Promise<{ rejected: number; edits: number }>;
}

export async function startRemoteFake(): Promise<RemoteFake> {
  const worker = tsWorker(new URL(`./bot-fake-worker${MODULE_EXT}`, import.meta.url).href, { role: "newsdesk-bench-fake" });
  const pending = new Map<number, (ms: number | null) => void>();
  let closed: ((r: { rejected: number; edits: number }) => void) | null = null;
  let settled: ((r: { answerMs: number[]; unanswered: number }) => void) | null = null;
  let next = 1;
  const ready = new Promise<{ token: string; apiUrl: string }>((resolveReady, reject) => {
    worker.on("message", (m: FakeReply) => {
      if (m.op === "ready") resolveReady(m);
      else if (m.op === "error") reject(new Error(m.message));
      else if (m.op === "done") {
        pending.get(m.req)?.(m.ms);
        pending.delete(m.req);
      } else if (m.op === "settled") settled?.({ answerMs: m.answerMs, unanswered: m.unanswered });
      else if (m.op === "closed") closed?.({ rejected: m.rejected, edits: m.edits });
    });
    worker.on("error", reject);
  });
  const { token, apiUrl } = await ready;
  return {
    token,
    apiUrl,
    interact(kind, name, options, as) {
      const req = next++;
      return new Promise<number | null>((r) => {
        pending.set(req, r);
        worker.postMessage({ op: "interact", req, kind, name, options, ...(as ? { as } : {}) } satisfies FakeRequest);
      });
    },
    settle(timeoutMs) {
      return new Promise((r) => {
        settled = r;
        worker.postMessage({ op: "settle", timeoutMs } satisfies FakeRequest);
      });
    },
    async close() {
      const out = await new Promise<{ rejected: number; edits: number }>((r) => {
        closed = r;
        worker.postMessage({ op: "close" } satisfies FakeRequest);
      });
      await worker.terminate();
      return out;
    },
  };
}

/** The fake in its thread and the real bot (production command registry, not yet started) pointed at it on
 * `store`; or why the fake could not be started. */
export async function startBenchBot(store: SummaryStore): Promise<{ fake: RemoteFake; bot: Bot } | { error: string }> {
  let fake: RemoteFake;
  try {
    fake = await startRemoteFake();
  } catch (err) {
    return { error: `the Discord fake could not be started: ${(err as Error).message}` };
  }
  const { createBot } = await import("../discord/bot.js");
  const registry = await import("../../commands/index.js");
  const bot = createBot({
    config: { token: fake.token, apiUrl: fake.apiUrl },
    store,
    logger: createLogger(process.env.LOG_LEVEL ?? "error"),
    commands: registry.commands,
    formatReloadReport: registry.formatReloadReport,
  });
  return { fake, bot };
}
