// The Discord fake in its own thread for the bot bench, as Discord is another machine: its HTTP server, gateway
// and validation do not share the bot's event loop, so the times measure the bot. The main thread asks for
// interactions; the fake measures each from INTERACTION_CREATE sent to callback received, and, for a deferred
// one, to its answer (the edit of the original response or a follow-up), which `settle` waits for.
import { MODULE_EXT } from "../config/paths.js";
import { parentPort, workerData } from "node:worker_threads";

export type FakeRequest =
  | {
      op: "interact";
      req: number;
      kind: "command" | "autocomplete";
      name: string;
      options: unknown[];
      as?: "member" | "moderator" | "admin";
    }
  | { op: "settle"; timeoutMs: number }
  | { op: "close" };
export type FakeReply =
  | { op: "ready"; token: string; apiUrl: string }
  | { op: "done"; req: number; ms: number | null }
  /** Time to the answer of every acknowledged interaction so far (ms from dispatch), and how many deferred ones
   * got none before the timeout. */
  | { op: "settled"; answerMs: number[]; unanswered: number }
  | { op: "closed"; rejected: number; edits: number }
  | { op: "error"; message: string };

interface FakeRecordedRequest {
  method: string;
  path: string;
  status?: number;
  at: number;
}

/** How long a deferred interaction may wait for its answer here (Discord keeps its token for 15 minutes). */
const ANSWER_WAIT_MS = 120_000;

interface Fake {
  token: string;
  apiUrl: string;
  sendCommand(name: string, options: unknown[], opts?: { as?: "member" | "moderator" | "admin" }): { id: string; token: string };
  sendAutocomplete(name: string, options: unknown[]): { id: string; token: string };
  waitForCallback(id: string, timeoutMs?: number): Promise<{ ms: number; type: number }>;
  waitForRequest(pred: (r: FakeRecordedRequest) => boolean, timeoutMs?: number): Promise<FakeRecordedRequest>;
  rejected: unknown[];
  requests: FakeRecordedRequest[];
  close(): Promise<void>;
}

if (parentPort && (workerData as { role?: string } | null)?.role === "newsdesk-bench-fake") {
  const port = parentPort;
  const start = async (): Promise<void> => {
    const mod = (await import(new URL(`../../test/support/discord-fake${MODULE_EXT}`, import.meta.url).href)) as {
      startDiscordFake: () => Promise<Fake>;
    };
    const fake = await mod.startDiscordFake();
    const answerMs: number[] = [];
    let waiting = 0;
    let onSettled: (() => void) | null = null;
    const awaitAnswer = (token: string, sentAt: number): void => {
      waiting++;
      const mine = (r: FakeRecordedRequest) =>
        (r.method === "PATCH" || r.method === "POST") && r.path.startsWith("/webhooks/") && r.path.split("/")[3] === token;
      fake.waitForRequest(mine, ANSWER_WAIT_MS).then(
        (r) => {
          waiting--;
          answerMs.push(r.at - sentAt);
          if (waiting === 0) onSettled?.();
        },
        () => undefined,
      );
    };
    port.on("message", (m: FakeRequest) => {
      if (m.op === "settle") {
        const reply = () => {
          onSettled = null;
          clearTimeout(timer);
          port.postMessage({ op: "settled", answerMs: answerMs.slice(), unanswered: waiting } satisfies FakeReply);
        };
        const timer = setTimeout(reply, m.timeoutMs);
        if (waiting === 0) reply();
        else onSettled = reply;
        return;
      }
      if (m.op === "close") {
        // answers given after a deferral: edits of the original response and follow-ups
        const edits = fake.requests.filter(
          (r) => !r.status && r.path.startsWith("/webhooks/") && (r.method === "PATCH" || r.method === "POST"),
        ).length;
        void fake.close().then(() => port.postMessage({ op: "closed", rejected: fake.rejected.length, edits } satisfies FakeReply));
        return;
      }
      const sentAt = Date.now();
      const { id, token } =
        m.kind === "command" ? fake.sendCommand(m.name, m.options, m.as ? { as: m.as } : {}) : fake.sendAutocomplete(m.name, m.options);
      fake.waitForCallback(id, 5000).then(
        (cb) => {
          // 5: acknowledged, the answer comes later; anything else answered in the callback itself
          if (cb.type === 5) awaitAnswer(token, sentAt);
          else answerMs.push(cb.ms);
          port.postMessage({ op: "done", req: m.req, ms: cb.ms } satisfies FakeReply);
        },
        () => port.postMessage({ op: "done", req: m.req, ms: null } satisfies FakeReply),
      );
    });
    port.postMessage({ op: "ready", token: fake.token, apiUrl: fake.apiUrl } satisfies FakeReply);
  };
  start().catch((err: Error) => port.postMessage({ op: "error", message: err.message } satisfies FakeReply));
}
