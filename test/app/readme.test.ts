// The README shows what runs: its console sample is the real answer, line for line (a "…" line stands for
// lines left out), and its `newsdesk` commands name only options the command line takes.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCommand } from "../../commands/index.js";
import { parseNatural } from "../../commands/natural.js";
import { renderText } from "../../commands/text.js";
import { USAGE } from "../../src/cli/args.js";
import type { Summary } from "../../src/model/schema.js";
import { buildSearchIndex, type SearchIndex } from "../../src/search/index.js";
import { buildSummary } from "../../src/store/build.js";

const ROOT = resolve(import.meta.dirname, "../..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");
let ctx: { summary: Summary; search: SearchIndex };

beforeAll(async () => {
  const { summary } = await buildSummary({ corpus: join(ROOT, "seeds"), cacheDir: null, workers: 0 });
  ctx = { summary, search: buildSearchIndex(summary) };
}, 60_000);

/** The console session in the README: its first line and each question with the lines shown under it. */
function session(): { header: string; turns: { question: string; lines: string[] }[] } {
  const block = /```\n(newsdesk console:[^\n]*)\n([\s\S]*?)```/.exec(README);
  if (!block) throw new Error("README has no console sample");
  const turns: { question: string; lines: string[] }[] = [];
  for (const line of block[2]!.split("\n")) {
    const q = /^newsdesk> (.*)$/.exec(line);
    if (q) turns.push({ question: q[1]!, lines: [] });
    else if (turns.length) turns[turns.length - 1]!.lines.push(line);
  }
  return { header: block[1]!, turns };
}

describe("the README's console sample", () => {
  it("opens with the console's real first line", () => {
    const s = ctx.summary;
    expect(session().header).toBe(
      `newsdesk console: ${s.articles.length} articles, ${s.actors.length} actors, ${s.statements.length} statements. Type help.`,
    );
  });
  it("shows each answer as it is printed, in order", () => {
    for (const turn of session().turns) {
      const cmd = parseNatural(turn.question)!;
      const real = renderText(runCommand(cmd.command, { query: cmd.query, options: cmd.options, page: 0 }, ctx)).split("\n");
      let at = 0;
      for (const line of turn.lines.filter((l) => l !== "…" && l !== "")) {
        const found = real.indexOf(line, at);
        expect(found, `“${line}” under “${turn.question}”`).toBeGreaterThanOrEqual(0);
        at = found + 1;
      }
    }
  });
});

describe("the README's command lines", () => {
  it("use only options the command line takes", () => {
    const options = new Set([...USAGE.matchAll(/--[a-z-]+/g)].map((m) => m[0]));
    // up to a pipe: what follows `|` is another program
    for (const m of README.matchAll(/newsdesk [^\n`|]*/g))
      for (const o of m[0].matchAll(/--[a-z-]+/g)) expect(options, m[0]).toContain(o[0]);
  });
});
