// Every example the project shows — README (command lines, the console session, mentions) and the help of
// `help` and `/help` — run on the seeds, each answering with content: not "no match", not a help text instead.
// `reload` and `schedule` are left out (store actions, tested in test/store and test/schedule); `--corpus ~/beat` stands for one's own
// folder and runs on the seeds.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { HELP } from "../../commands/help.js";
import { runCommand } from "../../commands/index.js";
import { parseNatural } from "../../commands/natural.js";
import type { CommandContext } from "../../commands/reply.js";
import { parseCliArgs } from "../../src/cli/args.js";
import { buildSearchIndex } from "../../src/search/index.js";
import { buildSummary } from "../../src/store/build.js";

const ROOT = resolve(import.meta.dirname, "../..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");

interface Example {
  from: string;
  text: string;
  command: string;
  query: string;
  options: Record<string, string | undefined>;
  page: number;
}

function fromCommandLine(from: string, line: string): Example {
  const a = parseCliArgs(line.replace(/^(npx )?newsdesk /, "").split(/\s+/));
  return { from, text: line, command: a.command, query: a.query, options: { speaker: a.speaker }, page: a.page };
}

function fromNatural(from: string, text: string): Example {
  const n = parseNatural(text);
  if (!n) throw new Error(`${from}: “${text}” is not understood`);
  return { from, text, command: n.command, query: n.query, options: n.options, page: 0 };
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const c of HELP)
    for (const e of c.examples) {
      // reload, schedule and the editors' commands act on the store, the schedules or the corrections database:
      // tested in test/store, test/schedule, test/corrections and test/discord/corrections.e2e
      if (["reload", "schedule", "correct", "corrections", "settings"].includes(c.name)) continue;
      if (e.startsWith("@newsdesk ")) out.push(fromNatural("help", e.slice("@newsdesk ".length)));
      else out.push(e.startsWith("/") ? fromNatural("help", e) : fromCommandLine("help", e));
    }
  for (const m of README.matchAll(/^npx newsdesk (.+?)\s+#/gm)) out.push(fromCommandLine("README command line", `newsdesk ${m[1]}`));
  for (const m of README.matchAll(/^newsdesk> (.+)$/gm)) out.push(fromNatural("README console", m[1]!));
  for (const m of README.matchAll(/"@newsdesk ([^"]+)"/g)) out.push(fromNatural("README mention", m[1]!));
  return out;
}

let ctx: CommandContext;
beforeAll(async () => {
  const { summary } = await buildSummary({ corpus: join(ROOT, "seeds"), cacheDir: null, workers: 0 });
  ctx = { summary, search: buildSearchIndex(summary) };
}, 60_000);

describe("every example shown to a user answers with content", () => {
  const all = examples();
  it("finds the examples (README and help)", () => {
    expect(all.filter((e) => e.from === "help").length).toBeGreaterThan(10);
    expect(all.filter((e) => e.from.startsWith("README")).length).toBeGreaterThan(6);
  });
  it.each(all.map((e) => [`${e.from}: ${e.text}`, e] as const))("%s", (_name, e) => {
    if (e.command === "summary") {
      expect(ctx.summary.articles.length).toBeGreaterThan(0);
      return;
    }
    const reply = runCommand(e.command, { query: e.query, options: e.options, page: e.page, requestedBy: "test" }, ctx);
    expect(reply.command).toBe(e.command);
    expect(reply.status, `${reply.title}: ${reply.description ?? ""}`).toBe(e.command === "help" ? "help" : "ok");
    expect((reply.items?.length ?? 0) + (reply.fields?.length ?? 0)).toBeGreaterThan(0);
    if (reply.pagination) expect(reply.pagination.page).toBe(e.page);
  });
});
