// `newsdesk digest`: new = first seen after the since-mark (first-seen times in the cache folder's schedules
// database), --topic narrows it, --json prints the digest's JSON, a bad mark is a usage error.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { openScheduleStore } from "../../src/schedule/store.js";
import type { SummaryStore } from "../../src/store/store.js";
import { deskContext } from "./desk-fixture.js";

const cache = mkdtempSync(join(tmpdir(), "newsdesk-digest-cache-"));
const corpus = mkdtempSync(join(tmpdir(), "newsdesk-digest-corpus-"));
afterAll(() => {
  rmSync(cache, { recursive: true, force: true });
  rmSync(corpus, { recursive: true, force: true });
});

const HOUR = 3_600_000;
// what newsdesk had seen before: `fares` three days ago, `strike` an hour ago; `pilot` is seen for the first time now
const seed = openScheduleStore(cache);
seed.recordSeen([
  { id: "fares", at: Date.now() - 72 * HOUR },
  { id: "strike", at: Date.now() - HOUR },
]);
seed.close();

async function digest(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx = deskContext(2);
  const store: SummaryStore = {
    snapshot: { ...ctx, builtAt: 0 },
    reload: async () => ({}) as never,
    onSwap: () => () => {},
    close: async () => {},
  };
  const code = await runCli(["digest", ...argv, "--corpus", corpus], {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env: { NEWSDESK_CACHE: cache },
    openStore: async () => store,
  });
  return { code, out: out.join(""), err: err.join("") };
}

describe("newsdesk digest", () => {
  it.each([
    [
      ["--since", "24h"],
      ["strike", "pilot"],
    ],
    [
      ["--since", "7d"],
      ["fares", "strike", "pilot"],
    ],
    [["--since", "2h", "--topic", "Tomas Reyes"], ["pilot"]],
  ])("%j lists the articles first seen since then", async (args, ids) => {
    const r = await digest(...args, "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.articles.map((a: { id: string }) => a.id).sort()).toEqual([...ids].sort());
  });

  it("prints what a scheduled briefing would post, cited, as text", async () => {
    const r = await digest("--since", "24h");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^What is new in the last 24h\n/);
    expect(r.out).toContain("Said · Ferry Workers Union — said");
    expect(r.out).toContain("source: Union calls ferry strike, Avel Gazette, 2026-11-30 — strike, sentence 3");
  });

  it("says nothing is new in one line", async () => {
    const r = await digest("--since", "2099-01-01");
    expect(r.out).toBe("Nothing new since 2099-01-01.\n");
  });

  it("refuses a mark it cannot read, saying what it takes", async () => {
    const r = await digest("--since", "yesterday");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/use 24h, 7d, 90m, or an ISO date/);
  });
});
