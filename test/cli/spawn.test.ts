// The real command, spawned as a user runs it, on a corpus of its own in a temporary folder.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const BIN = resolve(import.meta.dirname, "../../bin/newsdesk.js");
let dir = "";
let corpus = "";

async function newsdesk(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      cwd: dir,
      env: { ...process.env, NEWSDESK_CORPUS: "", LOG_LEVEL: "error" },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsdesk-spawn-"));
  corpus = join(dir, "corpus");
  mkdirSync(corpus);
  writeFileSync(
    join(corpus, "port-strike.md"),
    [
      "---",
      "title: Dockers end the harbour strike",
      "source: Coast Daily",
      "published: 2024-03-02",
      "---",
      "",
      "The Harbour Workers Federation (HWF) voted on Friday to end the strike at the port of Valmora.",
      "",
      '"Our members have won a fair contract," federation secretary Ilona Marsk told reporters.',
      "",
      "The Valmora Port Authority denied that it had cut wages during the dispute.",
      "",
    ].join("\n"),
  );
  writeFileSync(join(corpus, "empty.txt"), "");
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("newsdesk, spawned", () => {
  it("summary --json prints the whole summary; skipped files are warned about on stderr", async () => {
    const r = await newsdesk("summary", "--json", "--corpus", corpus);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.articles.map((a: { id: string }) => a.id)).toEqual(["port-strike"]);
    expect(s.articles[0].published).toEqual({ value: "2024-03-02", basis: "metadata" });
    expect(r.stderr).toContain("empty.txt");
  }, 60_000);

  it("who with a typo answers as text, exit 0", async () => {
    const r = await newsdesk("who", "marks", "--corpus", corpus);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Ilona Marsk");
  }, 60_000);

  it("a missing corpus folder: exit 2 with a message naming it", async () => {
    const r = await newsdesk("sources", "--corpus", join(dir, "missing"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(join(dir, "missing"));
    expect(r.stderr).toContain("NEWSDESK_CORPUS");
  }, 60_000);

  it("sources on a corpus with link loops and a link outside: ends, lists each article once, names the links", async () => {
    const looped = join(dir, "looped");
    mkdirSync(looped);
    writeFileSync(join(looped, "story.txt"), "The Valmora Port Authority denied on Friday that it had cut wages.\n");
    writeFileSync(join(dir, "secret.txt"), "root:x:0:0:root:/root:/bin/bash\n");
    symlinkSync(".", join(looped, "l1"));
    symlinkSync(".", join(looped, "l2"));
    symlinkSync(join(dir, "secret.txt"), join(looped, "x.txt"));
    const r = await newsdesk("sources", "--json", "--corpus", looped);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(JSON.stringify(s)).not.toContain("root:x:0:0");
    expect(r.stderr).toMatch(/x\.txt/);
    expect(r.stderr).toMatch(/l1/);
    const j = await newsdesk("summary", "--json", "--corpus", looped);
    expect(JSON.parse(j.stdout).articles.map((a: { id: string }) => a.id)).toEqual(["story"]);
  }, 60_000);
});
