// The command line's corrections and quote check over a real store on a crafted corpus (real extraction):
// correct a speaker and see it in the next answer, marked; undo; export then import into a fresh database
// reproduces the same answers; import again skips everything; a correction whose statement left the article
// is orphaned, listed and not applied; `quote` finds exact words, changed words, and nothing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";

const root = mkdtempSync(join(tmpdir(), "newsdesk-corr-cli-"));
const corpus = join(root, "corpus");
const ARTICLE = [
  "Harbour fees to rise in May",
  "",
  "Fees at the Northport harbour will rise in May, the Port Authority announced on Monday.",
  "",
  '"We have no choice but to raise the fees," said Ana Ruiz, the head of the Port Authority.',
  "",
  '"The silence of the ministry is deafening," said Tom Holm, who leads the dockworkers\' union.',
  "",
  "The union will meet on 14 March to decide on a strike.",
  "",
].join("\n");

beforeAll(() => {
  rmSync(corpus, { recursive: true, force: true });
  mkdirSync(corpus, { recursive: true });
  writeFileSync(join(corpus, "harbour.txt"), ARTICLE);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function cli(argv: string[], cache: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, "--corpus", corpus], {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env: { NEWSDESK_CACHE: join(root, cache), USER: "desk-editor" },
  });
  return { code, out: out.join(""), err: err.join("") };
}

async function statements(cache: string) {
  const r = await cli(["summary", "--json"], cache);
  return JSON.parse(r.out).statements as { key: string; speaker: string | null; text: string; correction?: { by: string } }[];
}

describe("newsdesk correct / corrections / quote", () => {
  let key = "";
  it("summary --json gives every statement, event and actor a key", async () => {
    const r = await cli(["summary", "--json"], "c1");
    const s = JSON.parse(r.out);
    for (const x of [...s.statements, ...s.events, ...s.actors]) expect(x.key).toEqual(expect.any(String));
    key = s.statements.find((x: { text: string }) => x.text.includes("deafening")).key;
    expect(key).toMatch(/^harbour:s-/);
  });

  it("correct speaker: the next answer shows the new speaker with the correction mark", async () => {
    const r = await cli(["correct", "speaker", key, "--to", "Ana Ruiz", "--why", "Ruiz said it; Holm repeated it"], "c1");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Correction #1 recorded/);
    const st = (await statements("c1")).find((x) => x.key === key);
    expect(st?.speaker).toBe("ana-ruiz");
    expect(st?.correction?.by).toBe("desk-editor");
    const claims = await cli(["claims", "deafening"], "c1");
    expect(claims.out).toMatch(/Ana Ruiz/);
    expect(claims.out).toMatch(/speaker corrected by desk-editor, \d+ \w{3}: Ruiz said it/);
  });

  it("refuses a correction without a note, or to an unknown speaker, saying what to do", async () => {
    const a = await cli(["correct", "speaker", key, "--to", "Ana Ruiz"], "c1");
    expect(a.code).toBe(1);
    expect(a.out).toMatch(/Say why/);
    const b = await cli(["correct", "speaker", key, "--to", "Zzyzx Qqq", "--why", "x"], "c1");
    expect(b.out).toMatch(/no actor is called/);
  });

  it("other kinds: actor kind and an event date", async () => {
    const k = await cli(["correct", "kind", "Port Authority", "--to", "organization", "--why", "a body, not a place"], "c1");
    expect(k.code).toBe(0);
    const who = await cli(["who", "Port Authority", "--json"], "c1");
    expect(JSON.parse(who.out).matches[0].kind).toBe("organization");
    expect((await cli(["who", "Port Authority"], "c1")).out).toMatch(/kind corrected by desk-editor, \d+ \w{3}: a body, not a place/);
    const s = JSON.parse((await cli(["summary", "--json"], "c1")).out);
    const ev = s.events.find((e: { summary: string }) => e.summary.includes("strike"));
    const d = await cli(["correct", "date", ev.key, "--to", "2026-03-14", "--why", "the union's notice"], "c1");
    expect(d.code).toBe(0);
    const tl = await cli(["timeline", "strike"], "c1");
    expect(tl.out).toMatch(/14 March 2026/);
    expect(tl.out).toMatch(/date corrected by desk-editor/);
  });

  it("export then import into a fresh database reproduces the same answers; importing again skips all", async () => {
    const file = join(root, "corrections.yaml");
    const ex = await cli(["corrections", "export", file], "c1");
    expect(ex.code).toBe(0);
    const im = await cli(["corrections", "import", file], "fresh");
    expect(im.out).toMatch(/3 applied, 0 skipped \(already there\), 0 not found/);
    for (const q of [
      ["claims", "deafening", "--json"],
      ["who", "Port Authority", "--json"],
      ["timeline", "strike", "--json"],
    ]) {
      expect((await cli(q, "fresh")).out).toBe((await cli(q, "c1")).out);
    }
    const again = await cli(["corrections", "import", file], "fresh");
    expect(again.out).toMatch(/0 applied, 3 skipped/);
  });

  it("undo restores the extracted speaker; the list keeps it as undone", async () => {
    const u = await cli(["correct", "undo", "1"], "c1");
    expect(u.code).toBe(0);
    expect((await statements("c1")).find((x) => x.key === key)?.speaker).toBe("tom-holm");
    const list = await cli(["corrections", "list", "--json"], "c1");
    expect(JSON.parse(list.out).corrections.find((c: { id: number }) => c.id === 1).status).toBe("undone");
  });

  it("an edit that removes the statement leaves its correction orphaned, listed and unapplied", async () => {
    await cli(["correct", "speaker", key, "--to", "unclear", "--why", "two people said it"], "c1");
    writeFileSync(
      join(corpus, "harbour.txt"),
      ARTICLE.replace(/"The silence[^\n]*\n/, "").replace("Harbour fees", "Harbour fees, updated,"),
    );
    try {
      const list = await cli(["corrections", "list", "--json"], "c1");
      const c = JSON.parse(list.out).corrections.find((x: { id: number }) => x.id === 4);
      expect(c).toMatchObject({ status: "orphaned", reason: "the statement is no longer in the corpus" });
      const text = await cli(["corrections", "list"], "c1");
      expect(text.out).toMatch(/orphaned, not applied/);
      // the correction is not moved onto another statement
      expect((await statements("c1")).every((x) => x.correction === undefined)).toBe(true);
    } finally {
      writeFileSync(join(corpus, "harbour.txt"), ARTICLE);
    }
    // the statement comes back: the correction applies again
    expect((await statements("c1")).find((x) => x.key === key)?.speaker).toBe(null);
  });

  it("quote: exact words, typographic marks and an ellipsis, changed words, and not found", async () => {
    const exact = JSON.parse((await cli(["quote", "“The silence of the ministry … deafening”", "--json"], "c2")).out);
    expect(exact.matches[0]).toMatchObject({ exact: true, similarity: 1, speakerName: "Tom Holm" });
    const changed = JSON.parse((await cli(["quote", "The silence of the government is deafening", "--json"], "c2")).out);
    expect(changed.matches[0].exact).toBe(false);
    expect(changed.matches[0].differences).toContainEqual({ op: "changed", text: "government", was: "ministry" });
    const none = await cli(["quote", "we will never surrender the harbour"], "c2");
    expect(none.out).toMatch(/Not found in the corpus/);
    expect(JSON.parse((await cli(["quote", "we will never surrender the harbour", "--json"], "c2")).out).matches).toEqual([]);
  });
});

describe("newsdesk quote on the seed stories (words taken from the summary, not written here)", () => {
  async function seeds(argv: string[]) {
    const out: string[] = [];
    const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: () => {}, env: { NEWSDESK_CACHE: join(root, "seeds-cache") } });
    return { code, json: JSON.parse(out.join("")) };
  }

  it("finds an exact seed quote, the same with two words changed, with curly marks and an ellipsis, and not words nobody said", async () => {
    const { json: summary } = await seeds(["summary", "--json"]);
    const st = summary.statements.find((s: { kind: string; text: string }) => s.kind === "direct" && s.text.split(/\s+/).length >= 10);
    expect(st).toBeDefined();
    const exact = (await seeds(["quote", st.text, "--json"])).json;
    expect(exact.matches[0]).toMatchObject({ id: st.id, exact: true, similarity: 1 });

    const words: string[] = st.text.split(/\s+/);
    const changed = [...words];
    changed[2] = "zebra";
    changed[6] = "quartz";
    const near = (await seeds(["quote", changed.join(" "), "--json"])).json;
    expect(near.matches[0]).toMatchObject({ id: st.id, exact: false });
    expect(near.matches[0].differences.filter((d: { op: string }) => d.op === "changed").map((d: { text: string }) => d.text)).toEqual([
      "zebra",
      "quartz",
    ]);

    const elided = `“${words.slice(0, 3).join(" ")} … ${words.slice(-3).join(" ")}”`.replace(/'/g, "’");
    const el = (await seeds(["quote", elided, "--json"])).json;
    expect(el.matches[0]).toMatchObject({ id: st.id, exact: true });

    const none = (await seeds(["quote", "purple elephants negotiate quantum bananas", "--json"])).json;
    expect(none.matches).toEqual([]);
  });
});
