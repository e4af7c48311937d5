// The Discord fake in its own thread for the bot bench, as Discord is another machine: its HTTP server, gateway
// and validation do not share the bot's event loop, so the times measure the bot. The main thread asks for
// interactions; the fake measures each from INTERACTION_CREATE sent to callback received.
import { MODULE_EXT } from "../config/paths.js";
import { parentPort, workerData } from "node:worker_threads";

export type FakeRequest =
  | { op: "interact"; req: number; kind: "command" | "autocomplete"; name: string; options: unknown[] }
  | { op: "close" };
export type FakeReply =
  | { op: "ready"; token: string; apiUrl: string }
  | { op: "done"; req: number; ms: number | null }
  | { op: "closed"; rejected: number }
  | { op: "error"; message: string };

interface Fake {
  token: string;
  apiUrl: string;
  sendCommand(name: string, options: unknown[]): { id: string };
  sendAutocomplete(name: string, options: unknown[]): { id: string };
  waitForCallback(id: string, timeoutMs?: number): Promise<{ ms: number }>;
  rejected: unknown[];
  close(): Promise<void>;
}

if (parentPort && (workerData as { role?: string } | null)?.role === "newsdesk-bench-fake") {
  const port = parentPort;
  const start = async (): Promise<void> => {
    const mod = (await import(new URL(`../../test/support/discord-fake${MODULE_EXT}`, import.meta.url).href)) as {
      startDiscordFake: () => Promise<Fake>;
    };
    const fake = await mod.startDiscordFake();
    port.on("message", (m: FakeRequest) => {
      if (m.op === "close") {
        void fake.close().then(() => port.postMessage({ op: "closed", rejected: fake.rejected.length } satisfies FakeReply));
        return;
      }
      const { id } = m.kind === "command" ? fake.sendCommand(m.name, m.options) : fake.sendAutocomplete(m.name, m.options);
      fake.waitForCallback(id, 5000).then(
        (cb) => port.postMessage({ op: "done", req: m.req, ms: cb.ms } satisfies FakeReply),
        () => port.postMessage({ op: "done", req: m.req, ms: null } satisfies FakeReply),
      );
    });
    port.postMessage({ op: "ready", token: fake.token, apiUrl: fake.apiUrl } satisfies FakeReply);
  };
  start().catch((err: Error) => port.postMessage({ op: "error", message: err.message } satisfies FakeReply));
}
