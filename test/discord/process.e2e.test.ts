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
): {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>;
  /** Resolves when standard error has matched `re` so far. */
  stderrMatches: (re: RegExp) => Promise<void>;
} {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("DISCORD_") && !k.startsWith("NEWSDESK_") && k !== "LOG_LEVEL"),
  );
  const child = spawn(process.execPath, [ENTRY, ...args], { cwd: work, env: { ...clean, ...env }, stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += String(d)));
  const waiting: { re: RegExp; resolve: () => void }[] = [];
  child.stderr!.on("data", (d) => {
    stderr += String(d);
    for (const w of waiting.filter((x) => x.re.test(stderr))) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve();
    }
  });
  const done = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((res) =>
    child.on("exit", (code, signal) => res({ code, signal, stdout, stderr })),
  );
  const stderrMatches = (re: RegExp) =>
    re.test(stderr) ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ re, resolve }));
  return { child, done, stderrMatches };
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

  it("npm start logs in, answers once the summary is ready, and stops on SIGTERM", async () => {
    const { child, done, stderrMatches } = run(["bot"], {
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      NEWSDESK_CORPUS: CORPUS,
      LOG_LEVEL: "debug",
    });
    const exited = done.then((r) => Promise.reject(new Error(`bot exited ${r.code}: ${r.stderr}`)));
    await Promise.race([fake.identified, exited]);
    // logged in (it does not wait for the summary; until it is ready, answers say how far the reading is)
    await Promise.race([stderrMatches(/"msg":"logged in"/), exited]);
    await Promise.race([stderrMatches(/"msg":"summary ready"/), exited]);
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

describe("a corpus folder that is not there", () => {
  it("npm start logs in, then stops with exit 1 naming the folder", async () => {
    const f = await startDiscordFake();
    try {
      const missing = join(work, "no-such-corpus");
      const { done } = run(["bot"], { DISCORD_TOKEN: f.token, DISCORD_API_URL: f.apiUrl, NEWSDESK_CORPUS: missing, LOG_LEVEL: "info" });
      const r = await done;
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`newsdesk: corpus folder not found: ${missing}`);
      expect(r.stderr).toMatch(/"msg":"the summary could not be built"/);
    } finally {
      await f.close();
    }
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
