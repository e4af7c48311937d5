// What a command-line answer loads: `newsdesk who raha` is spawned as a user runs it, with a module hook that
// records every module the program resolves. A warm answer must never load zod, discord.js, croner (the
// scheduler), the corpus parsers or the extraction: each costs start-up time on every answer and none is
// needed to read the summary back and answer. The speed itself is measured by `npm run bench` (cliAnswerMs).
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const BIN = resolve(import.meta.dirname, "../../bin/newsdesk.js");
let dir = "";

/** The modules a `newsdesk …` process resolved, as URLs (node: built-ins included), and what it printed. */
async function traced(...args: string[]): Promise<{ modules: string[]; stdout: string }> {
  const trace = join(dir, `trace-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(trace, "");
  const { stdout } = await run(process.execPath, ["--import", pathToFileURL(join(dir, "register.mjs")).href, BIN, ...args], {
    cwd: dir,
    env: {
      ...process.env,
      NEWSDESK_CORPUS: "",
      NEWSDESK_CACHE: "",
      XDG_CACHE_HOME: join(dir, "xdg"),
      LOG_LEVEL: "error",
      TRACE_FILE: trace,
    },
    timeout: 60_000,
  });
  return { modules: [...new Set(readFileSync(trace, "utf8").split("\n").filter(Boolean))], stdout };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsdesk-read-path-"));
  // the hooks run on a thread of their own: they append each resolved URL to the file the process is given
  writeFileSync(
    join(dir, "hooks.mjs"),
    [
      'import { appendFileSync } from "node:fs";',
      "export async function resolve(specifier, context, next) {",
      "  const r = await next(specifier, context);",
      '  appendFileSync(process.env.TRACE_FILE, r.url + "\\n");',
      "  return r;",
      "}",
    ].join("\n"),
  );
  writeFileSync(join(dir, "register.mjs"), 'import { register } from "node:module";\nregister("./hooks.mjs", import.meta.url);\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pkg = (url: string): string | null => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1] ?? null;

describe("the command line's read path", () => {
  it("who raha, warm, answers without loading zod, discord.js, croner, the parsers or the extraction", async () => {
    const cold = await traced("who", "raha"); // fills this test's own cache (a cold build parses and extracts)
    expect(cold.stdout).toContain("Rachid Raha");
    const warm = await traced("who", "raha");
    expect(warm.stdout).toContain("Rachid Raha");
    // the hook saw the program: its entry, the answer's command module and the summary database
    expect(warm.modules.some((u) => u.endsWith("/commands/who.js") || u.endsWith("/commands/who.ts"))).toBe(true);
    expect(warm.modules.map(pkg)).toContain("better-sqlite3");
    const packages = new Set(warm.modules.map(pkg).filter((p) => p !== null));
    for (const heavy of ["zod", "discord.js", "@discordjs/rest", "croner", "linkedom", "@mozilla/readability", "chrono-node", "yaml"])
      expect(packages, heavy).not.toContain(heavy);
    const own = warm.modules.filter((u) => /\/(src|commands)\//.test(u) && !u.includes("/node_modules/"));
    // (the summary's name rules share the extraction's word lists: a list of words, nothing of the extraction)
    expect(own.filter((u) => /\/src\/(extract|discord|schedule)\//.test(u) && !/\/extract\/lexicon\/words\./.test(u))).toEqual([]);
    expect(own.filter((u) => /\/src\/corpus\/(formats|chrome|metadata|load)/.test(u))).toEqual([]);
    // one command's module, not the registry of all of them
    expect(own.filter((u) => /\/commands\/(index|correct|schedule|briefing|claims)\./.test(u))).toEqual([]);
  }, 120_000);
});
