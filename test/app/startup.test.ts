// What a command-line answer loads and runs: the compiled JavaScript when it is built and current (no
// TypeScript compiled at run time), and none of the heavy packages a `who` answered from the cache does not
// use (discord.js, zod, the scheduler's croner, the HTML and YAML parsers, the date parser of the extractor, the
// logger when nothing is logged), nor the project's own modules it does not need (the corpus parsers, the
// extraction, the other commands). Each case spawns the real `bin/newsdesk.js` with a module hook that records
// what gets resolved.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "../..");
const BIN = join(ROOT, "bin", "newsdesk.js");
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsdesk-startup-"));
  // records every specifier resolved from a project module, one per line
  writeFileSync(
    join(dir, "hooks.mjs"),
    `import { appendFileSync } from "node:fs";
export async function resolve(spec, ctx, next) {
  const r = await next(spec, ctx);
  if (ctx.parentURL && !ctx.parentURL.includes("/node_modules/")) appendFileSync(${JSON.stringify(join(dir, "resolved.txt"))}, spec + " " + r.url + "\\n");
  return r;
}
`,
  );
  // and every CommonJS require, wherever from (pino is required, and better-sqlite3 requires `bindings`)
  writeFileSync(
    join(dir, "register.mjs"),
    `import Module, { register } from "node:module";
import { appendFileSync } from "node:fs";
register(${JSON.stringify(pathToFileURL(join(dir, "hooks.mjs")).href)});
const load = Module._load;
Module._load = function (request, parent, isMain) {
  appendFileSync(${JSON.stringify(join(dir, "resolved.txt"))}, request + " cjs:" + (parent?.filename ?? "") + "\\n");
  return load.call(this, request, parent, isMain);
};
`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function resolvedBy(args: string[], env: Record<string, string> = {}): Promise<{ stdout: string; resolved: string[] }> {
  rmSync(join(dir, "resolved.txt"), { force: true });
  const cacheEnv = { NEWSDESK_CACHE: join(dir, "cache") };
  const opts = { cwd: dir, env: { ...process.env, NEWSDESK_CORPUS: "", LOG_LEVEL: "error", ...cacheEnv, ...env }, timeout: 60_000 };
  await run(process.execPath, [BIN, ...args], opts); // fills the cache: the measured run is a warm one
  const { stdout } = await run(process.execPath, ["--import", pathToFileURL(join(dir, "register.mjs")).href, BIN, ...args], opts);
  return { stdout, resolved: readLines(join(dir, "resolved.txt")) };
}

function readLines(file: string): string[] {
  return existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean) : [];
}

const HEAVY = ["discord.js", "zod", "croner", "linkedom", "@mozilla/readability", "chrono-node", "yaml", "pino"];

describe("a command-line answer from a warm cache", () => {
  it.each([
    ["from the TypeScript sources", { NEWSDESK_FROM_SOURCE: "1" }],
    ["compiled", {}],
  ])(
    "loads none of the heavy packages it does not use (%s)",
    async (_name, env) => {
      const { stdout, resolved } = await resolvedBy(["who", "raha"], env);
      expect(stdout).toMatch(/Raha/);
      const packages = new Set(
        resolved.map((l) => l.split(" ")[0]!).filter((s) => !s.startsWith(".") && !s.includes(":") && !s.startsWith("/")),
      );
      for (const p of HEAVY) expect(packages, `${p} was loaded`).not.toContain(p);
      // better-sqlite3 is given its addon's path: no search through the \`bindings\` package
      expect(packages).toContain("better-sqlite3");
      expect(packages).not.toContain("bindings");
      // …and required, not imported: importing CommonJS from an ES module first runs Node's export scanner
      expect(resolved.filter((l) => l.startsWith("better-sqlite3 ") && !l.includes(" cjs:"))).toEqual([]);
      const own = resolved.map((l) => l.split(" ")[1]!).filter((u) => u.startsWith("file:") && !u.includes("/node_modules/"));
      // the summary's name rules share the extraction's word lists (a list of words, nothing of the extraction)
      expect(own.filter((u) => /\/src\/(extract|discord|schedule)\//.test(u) && !/\/extract\/lexicon\/words\./.test(u))).toEqual([]);
      expect(own.filter((u) => /\/src\/corpus\/(formats|chrome|metadata|load\.)/.test(u))).toEqual([]);
      // the command it runs, not the registry of all of them
      expect(own.some((u) => /\/commands\/who\.(js|ts)$/.test(u))).toBe(true);
      expect(own.filter((u) => /\/commands\/(index|correct|schedule|briefing|claims)\./.test(u))).toEqual([]);
    },
    120_000,
  );
});

/** Whether dist/ holds a build newer than every source file (what bin/newsdesk.js checks). */
function buildIsCurrent(): boolean {
  const stamp = join(ROOT, "dist", ".built");
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  const newest = (d: string): number =>
    readdirSync(d, { withFileTypes: true }).reduce(
      (m, e) => Math.max(m, e.isDirectory() ? newest(join(d, e.name)) : e.name.endsWith(".ts") ? statSync(join(d, e.name)).mtimeMs : 0),
      0,
    );
  return Math.max(newest(join(ROOT, "src")), newest(join(ROOT, "commands"))) <= built;
}

const current = buildIsCurrent();
if (!current)
  console.warn("startup.test: dist/ is missing or older than the sources (run `npm run build`): the compiled-run case is skipped");

describe.skipIf(!current)("bin/newsdesk.js with a current build", () => {
  it("runs the compiled JavaScript, not TypeScript through tsx", async () => {
    const { stdout, resolved } = await resolvedBy(["who", "raha"]);
    expect(stdout).toMatch(/Raha/);
    expect(resolved.some((l) => l.includes("/dist/src/app/main.js"))).toBe(true);
    expect(resolved.some((l) => /\/src\/app\/main\.ts$/.test(l) || l.startsWith("tsx"))).toBe(false);
  }, 120_000);
});
