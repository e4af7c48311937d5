import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { corpusDir, DEFAULT_CORPUS, runCli } from "../../src/cli/run.js";
import { parseCliArgs, UsageError } from "../../src/cli/args.js";
import type { StoreOptions, SummaryStore } from "../../src/store/store.js";
import { makeContext, makeSummary } from "../commands/fixture.js";

const dir = mkdtempSync(join(tmpdir(), "newsdesk-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[], opts: { warnings?: boolean } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const opened: StoreOptions[] = [];
  let closed = false;
  const summary = makeSummary();
  if (opts.warnings) summary.warnings.push({ file: "broken.md", reason: "front matter is not valid YAML" });
  const ctx = makeContext(summary);
  const store: SummaryStore = {
    snapshot: { ...ctx, builtAt: 0 },
    reload: async () => ({ added: [], changed: ["x"], removed: [], skipped: [], articles: 3, actors: 1, statements: 1, events: 1, ms: 5 }),
    onSwap: () => () => {},
    close: async () => {
      closed = true;
    },
  };
  const code = await runCli(argv, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env: {},
    openStore: async (o) => {
      opened.push(o);
      return store;
    },
  });
  return { code, out: out.join(""), err: err.join(""), opened, closed: () => closed };
}

describe("newsdesk command line (in process)", () => {
  it("who --json prints the JSON contract, best match first", async () => {
    const r = await cli(["who", "rachid", "rha", "--json", "--corpus", dir]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.query).toBe("rachid rha");
    expect(json.matches[0]).toMatchObject({ id: "rachid-raha", name: "Rachid Raha", kind: "person", statementCount: 3 });
    expect(r.opened[0]).toMatchObject({ corpus: dir, watch: false });
    expect(r.closed()).toBe(true);
  });

  it("claims --speaker and --page (one-based) reach the handler", async () => {
    const r = await cli(["claims", "dockworkers", "union", "--page", "2", "--corpus", dir]);
    expect(r.out).toMatch(/Page 2 of 2/);
    const s = await cli(["claims", "wagner", "--speaker", "cma", "--json", "--corpus", dir]);
    const json = JSON.parse(s.out);
    expect(json.statements.every((x: { speaker: string }) => x.speaker === "azawad-movement-co-ordination")).toBe(true);
    expect(json.statements[0].speakerName).toBe("Azawad Movement Co-ordination");
  });

  it("text output carries the citations", async () => {
    const r = await cli(["claims", "port", "authority", "--corpus", dir]);
    expect(r.out).toContain("[DISPUTED] Port Authority — denied");
    expect(r.out).toContain("Harbour strike ends, Coast Daily, 2023-11-20 — harbour-news, sentence 3");
  });

  it("summary --json prints the summary exactly", async () => {
    const r = await cli(["summary", "--json", "--corpus", dir]);
    expect(JSON.parse(r.out)).toEqual(makeSummary());
  });

  it("timeline --json lists events oldest first, undated last", async () => {
    const r = await cli(["timeline", "--json", "--corpus", dir]);
    const ids = JSON.parse(r.out).events.map((e: { id: string }) => e.id);
    expect(ids[0]).toBe("attack-report:e0");
    expect(ids.at(-1)).toBe("ngo-letter:e1");
  });

  it("an unknown name: no match, nothing unrelated suggested, exit 0", async () => {
    const r = await cli(["who", "qqqzzz", "--corpus", dir]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/No actor matches/);
    expect(r.out).not.toMatch(/Did you mean/);
  });

  it("load warnings go to standard error, the answer to standard output", async () => {
    const r = await cli(["sources", "--corpus", dir], { warnings: true });
    expect(r.err).toContain("skipped broken.md: front matter is not valid YAML");
    expect(r.out).toContain("Sources: 3 articles");
  });

  it("a missing corpus folder: names it, says how to set another, exit 2, no store opened", async () => {
    const r = await cli(["who", "raha", "--corpus", join(dir, "nope")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(join(dir, "nope"));
    expect(r.err).toMatch(/--corpus DIR or the NEWSDESK_CORPUS/);
    expect(r.opened).toEqual([]);
  });

  it("no command or help: usage, exit 0; unknown command or bad flag: exit 2", async () => {
    expect((await cli([])).code).toBe(0);
    const help = await cli(["help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("/claims");
    expect(help.opened).toEqual([]);
    const bad = await cli(["frobnicate"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown command/);
    expect((await cli(["who", "--bogus"])).code).toBe(2);
    expect((await cli(["who", "x", "--page", "0"])).code).toBe(2);
  });

  it("reload reports what changed", async () => {
    const r = await cli(["reload", "--corpus", dir]);
    expect(r.out).toMatch(/Corpus reloaded: 1 article changed/);
  });
});

describe("arguments", () => {
  it("joins the query words and converts the page", () => {
    expect(parseCliArgs(["claims", "the", "CMA", "--speaker", "Raha", "--page", "3", "--json"])).toMatchObject({
      command: "claims",
      query: "the CMA",
      speaker: "Raha",
      page: 2,
      json: true,
    });
    expect(() => parseCliArgs(["who", "--page", "two"])).toThrow(UsageError);
  });
  it("corpus: --corpus, else NEWSDESK_CORPUS, else seeds/", () => {
    expect(corpusDir({ corpus: "/a" }, { NEWSDESK_CORPUS: "/b" })).toBe("/a");
    expect(corpusDir({ corpus: undefined }, { NEWSDESK_CORPUS: "/b" })).toBe("/b");
    expect(corpusDir({ corpus: undefined }, {})).toBe(DEFAULT_CORPUS);
    expect(DEFAULT_CORPUS.endsWith("seeds")).toBe(true);
  });
});

describe("command-line wording", () => {
  it("a briefing printed at a terminal is not “requested by” the operating-system user", async () => {
    const r = await cli(["briefing"]);
    expect(r.out).not.toMatch(/Requested by/);
  });
  it("“briefing about Raha” asks about Raha, as a mention does", async () => {
    const a = await cli(["briefing", "about", "Haddou"]);
    const b = await cli(["briefing", "Haddou"]);
    expect(a.out).toBe(b.out);
  });
});
