// `npm start` and `npm run deploy-commands` as processes: configuration errors, no token without a terminal,
// and a real start against the Discord fake (answers, then stops cleanly on SIGTERM without logging the token).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDiscordFake, type DiscordFake } from "../support/discord-fake.js";

// what `npm start` and `npm run deploy-commands` run
const ENTRY = resolve(import.meta.dirname, "../../bin/newsdesk.js");
const CORPUS = resolve(import.meta.dirname, "../fixtures/heldout/corpus");
let work: string;

function run(
  args: string[],
  env: Record<string, string>,
): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> } {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("DISCORD_") && !k.startsWith("NEWSDESK_") && k !== "LOG_LEVEL"),
  );
  const child = spawn(process.execPath, [ENTRY, ...args], { cwd: work, env: { ...clean, ...env }, stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += String(d)));
  child.stderr!.on("data", (d) => (stderr += String(d)));
  const done = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((res) =>
    child.on("exit", (code, signal) => res({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "newsdesk-proc-"));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("npm start without a terminal", () => {
  it("exits 1 saying how to set the token", async () => {
    const { child, done } = run(["bot"], { NEWSDESK_CORPUS: CORPUS });
    child.stdin!.end();
    const r = await done;
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/DISCORD_TOKEN is not set/);
    expect(r.stderr).toMatch(/\.env/);
  });

  it("exits 1 listing bad values", async () => {
    const { child, done } = run(["bot"], { DISCORD_CLIENT_ID: "not-an-id", LOG_LEVEL: "loud" });
    child.stdin!.end();
    const r = await done;
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/DISCORD_CLIENT_ID must be the application id/);
    expect(r.stderr).toMatch(/LOG_LEVEL must be one of/);
  });
});

describe("against the Discord fake", () => {
  let fake: DiscordFake;
  beforeAll(async () => {
    fake = await startDiscordFake();
  });
  afterAll(async () => {
    await fake.close();
  });

  it("deploy-commands registers on the guild and prints what it registered", async () => {
    const { done } = run(["deploy-commands"], {
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_GUILD_ID: fake.guildId,
      DISCORD_API_URL: fake.apiUrl,
    });
    const r = await done;
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Registered 12 slash commands for server/);
    expect(r.stdout).toMatch(/\/who/);
    expect(fake.rejected).toEqual([]);
  });

  it("npm start logs in, answers, and stops on SIGTERM", async () => {
    const { child, done } = run(["bot"], {
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      NEWSDESK_CORPUS: CORPUS,
      LOG_LEVEL: "debug",
    });
    await Promise.race([fake.identified, done.then((r) => Promise.reject(new Error(`bot exited ${r.code}: ${r.stderr}`)))]);
    // the client is ready once it has the guild; give it a moment to process GUILD_CREATE
    await new Promise((r) => setTimeout(r, 200));
    const { id } = fake.sendCommand("sources");
    const cb = await fake.waitForCallback(id);
    expect(cb.type).toBe(4);
    expect(cb.data.embeds[0].title).toMatch(/article/i);
    child.kill("SIGTERM");
    const r = await done;
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain(fake.token);
    expect(fake.rejected).toEqual([]);
  }, 30_000);
});

describe("Discord closes the gateway for good", () => {
  it.each([
    ["at IDENTIFY with 4004", { identifyCloseCode: 4004 }, 0, /DISCORD_TOKEN/],
    ["after ready with 4014", {}, 4014, /intents/],
  ] as const)(
    "%s: exits 78 saying what to fix",
    async (_name, opts, closeAfterReady, hint) => {
      const f = await startDiscordFake(opts);
      try {
        const { done } = run(["bot"], { DISCORD_TOKEN: f.token, DISCORD_API_URL: f.apiUrl, NEWSDESK_CORPUS: CORPUS, LOG_LEVEL: "info" });
        if (closeAfterReady) {
          await Promise.race([f.identified, done]);
          await new Promise((r) => setTimeout(r, 200));
          f.closeGateway(closeAfterReady);
        }
        const r = await done;
        expect(r.code).toBe(78);
        expect(r.stderr).toMatch(hint);
        expect(r.stderr).toMatch(/"level":50.*gateway close/);
      } finally {
        await f.close();
      }
    },
    30_000,
  );
});
