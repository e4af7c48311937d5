// Bad input: every broken file is skipped with a warning naming it and the reason; the rest still load;
// a missing corpus folder is a CorpusNotFoundError that says how to point at another.
import fs, { promises as fsp } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CorpusNotFoundError } from "../../src/corpus/errors.js";
import { listCorpusFiles, loadCorpus, readArticleFile } from "../../src/corpus/load.js";
import { P1, P2, tempCorpus } from "./helpers.js";

const GOOD = `${P1}\n\n${P2}\n`;

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a bad file is skipped with its reason, the good one still loads", () => {
  const cases: { name: string; file: string; content: string | Uint8Array; reason: RegExp; maxBytes?: number }[] = [
    { name: "empty", file: "empty.txt", content: "", reason: /^empty file/ },
    { name: "only whitespace", file: "blank.md", content: " \n\n\t\n", reason: /^empty file/ },
    {
      name: "binary",
      file: "photo.txt",
      content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x41, 0x42]),
      reason: /binary file \(contains NUL bytes\)/,
    },
    {
      name: "not UTF-8 (Latin-1)",
      file: "latin1.txt",
      content: Buffer.from("Le pr\xe9sident a d\xe9clar\xe9 mardi.", "latin1"),
      reason: /not valid UTF-8/,
    },
    {
      name: "UTF-16",
      file: "utf16.txt",
      content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Hello there.", "utf16le")]),
      reason: /UTF-16/,
    },
    {
      name: "too large",
      file: "huge.txt",
      content: "A sentence of the story.\n".repeat(100),
      maxBytes: 1000,
      reason: /too large: .* over the 1000 bytes limit/,
    },
    {
      name: "front matter never closed",
      file: "open.md",
      content: `---\ntitle: Lost\n\n${P1}\n`,
      reason: /broken front matter: .*no closing/,
    },
    {
      name: "front matter not YAML",
      file: "bad-yaml.md",
      content: `---\ntitle: [unclosed\nsource: X\n---\n\n${P1}\n`,
      reason: /^broken front matter: /,
    },
    {
      name: "front matter a list",
      file: "list.md",
      content: `---\n- a\n- b\n---\n\n${P1}\n`,
      reason: /broken front matter: expected `key: value`/,
    },
    { name: "broken sidecar", file: "story.txt", content: GOOD, reason: /broken sidecar story\.meta\.json/ },
    {
      name: "nothing but chrome",
      file: "chrome.txt",
      content: "Advertisement\n\nShare this article\n\nSubscribe\n",
      reason: /no article text left/,
    },
  ];

  it.each(cases)("$name", async ({ file, content, reason, maxBytes }) => {
    const files: Record<string, string | Uint8Array> = { "good.txt": GOOD, [file]: content };
    if (file === "story.txt") files["story.meta.json"] = "{ title: not json";
    const dir = tempCorpus(files);
    const result = await loadCorpus(dir, maxBytes === undefined ? {} : { maxBytes });
    expect(result.articles.map((a) => a.id)).toEqual(["good"]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]!.file).toBe(file);
    expect(result.warnings[0]!.reason).toMatch(reason);
  });

  it("uses a 2 MB limit by default", async () => {
    const dir = tempCorpus({ "big.txt": `${P1}\n`.repeat(Math.ceil((2 * 1024 * 1024 + 10) / (P1.length + 1))), "good.txt": GOOD });
    const result = await loadCorpus(dir);
    expect(result.articles.map((a) => a.id)).toEqual(["good"]);
    expect(result.warnings[0]).toMatchObject({ file: "big.txt", reason: expect.stringMatching(/over the 2 MB limit/) });
  });

  it("refuses an oversized file before reading it", async () => {
    const dir = tempCorpus({ "big.txt": "x".repeat(5000) });
    const read = vi.spyOn(fs, "readFileSync");
    await expect(readArticleFile({ path: join(dir, "big.txt"), file: "big.txt" }, { maxBytes: 100 })).rejects.toMatchObject({
      name: "ArticleSkipped",
      reason: expect.stringMatching(/too large/),
    });
    expect(read).not.toHaveBeenCalled();
  });

  it("skips an unreadable file (EACCES) with the reason", async () => {
    const dir = tempCorpus({ "locked.txt": GOOD, "good.txt": GOOD });
    const realRead = fs.readFileSync.bind(fs);
    vi.spyOn(fs, "readFileSync").mockImplementation(((path: unknown, ...rest: unknown[]) => {
      if (String(path).endsWith("locked.txt")) throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      return (realRead as (...a: unknown[]) => Buffer)(path, ...rest);
    }) as typeof fs.readFileSync);
    const result = await loadCorpus(dir);
    expect(result.articles.map((a) => a.id)).toEqual(["good"]);
    expect(result.warnings).toEqual([{ file: "locked.txt", reason: "unreadable: permission denied" }]);
  });

  it("skips a file with a real permission problem when not running as root", async () => {
    if (process.getuid?.() === 0) return; // root reads everything; the mocked case above covers it
    const dir = tempCorpus({ "locked.txt": GOOD, "good.txt": GOOD });
    await fsp.chmod(join(dir, "locked.txt"), 0o000);
    const result = await loadCorpus(dir);
    expect(result.warnings).toEqual([{ file: "locked.txt", reason: "unreadable: permission denied" }]);
  });

  it("reports several bad files at once, sorted by name, and loads the rest", async () => {
    const dir = tempCorpus({ "b.txt": "", "a.txt": new Uint8Array([0, 1, 2]), "c.txt": GOOD, "d.md": `---\ntitle: x\n` });
    const result = await loadCorpus(dir);
    expect(result.articles.map((a) => a.id)).toEqual(["c"]);
    expect(result.warnings.map((w) => w.file)).toEqual(["a.txt", "b.txt", "d.md"]);
  });

  it("warns about two files giving the same article id", async () => {
    const dir = tempCorpus({ "story.txt": GOOD, "story.md": `# Title here\n\n${P2}\n` });
    const result = await loadCorpus(dir);
    expect(result.articles.map((a) => a.file)).toEqual(["story.md"]);
    expect(result.warnings).toEqual([{ file: "story.txt", reason: expect.stringMatching(/duplicate article id "story"/) }]);
  });
});

describe("the corpus folder", () => {
  it("missing: CorpusNotFoundError naming it and how to set another", async () => {
    const missing = join(tempCorpus({}), "nope");
    const err = await loadCorpus(missing).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CorpusNotFoundError);
    expect((err as CorpusNotFoundError).dir).toBe(missing);
    expect((err as Error).message).toContain(missing);
    expect((err as Error).message).toMatch(/--corpus DIR/);
    expect((err as Error).message).toMatch(/NEWSDESK_CORPUS/);
  });

  it("a file instead of a folder: CorpusNotFoundError", async () => {
    const dir = tempCorpus({ "a.txt": GOOD });
    await expect(listCorpusFiles(join(dir, "a.txt"))).rejects.toBeInstanceOf(CorpusNotFoundError);
  });

  it("lists article files only, sorted, sidecars and hidden files left out, sub-folders included", async () => {
    const dir = tempCorpus({
      "b.md": GOOD,
      "a.txt": GOOD,
      "a.meta.json": "{}",
      "c.html": "<p>x</p>",
      "notes.pdf": "x",
      ".hidden.txt": GOOD,
      "2023/d.txt": GOOD,
      "e.HTM": "<p>x</p>",
    });
    const files = await listCorpusFiles(dir);
    expect(files.map((f) => f.file)).toEqual(["2023/d.txt", "a.txt", "b.md", "c.html", "e.HTM"]);
    expect(files[0]!.path).toBe(join(dir, "2023/d.txt"));
  });

  it("an empty folder loads nothing, without error", async () => {
    expect(await loadCorpus(tempCorpus({}))).toEqual({ articles: [], warnings: [] });
  });

  it("ids come from the file name without extension, nested ones keep their folder", async () => {
    const result = await loadCorpus(tempCorpus({ "2023/dec/story.txt": GOOD, "top.txt": GOOD }));
    expect(result.articles.map((a) => [a.id, a.file])).toEqual([
      ["2023/dec/story", join("2023", "dec", "story.txt")],
      ["top", "top.txt"],
    ]);
  });
});

describe("reading and hashing", () => {
  it("hashes the bytes and the sidecar together, so editing either changes the hash", async () => {
    const dir = tempCorpus({ "s.txt": GOOD });
    const f = { path: join(dir, "s.txt"), file: "s.txt" };
    const plain = await readArticleFile(f);
    expect(plain.sidecar).toBeNull();
    expect(plain.bytes.toString("utf8")).toBe(GOOD);
    await fsp.writeFile(join(dir, "s.meta.json"), `{"title":"A"}`);
    const withMeta = await readArticleFile(f);
    expect(withMeta.sidecar?.toString()).toBe(`{"title":"A"}`);
    expect(withMeta.hash).not.toBe(plain.hash);
    await fsp.writeFile(join(dir, "s.meta.json"), `{"title":"B"}`);
    expect((await readArticleFile(f)).hash).not.toBe(withMeta.hash);
    expect((await readArticleFile(f)).hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("never crashes", () => {
  it("on 2,000 pages of seeded random chrome-like token soup, in .txt, .md and .html", async () => {
    const { parseArticle } = await import("../../src/corpus/load.js");
    let seed = 1234;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const tokens = [
      "By",
      "Ana",
      "and",
      "&",
      ",",
      "al-Amin",
      "de",
      "Home",
      ">",
      "«",
      "»",
      ".",
      "Follow",
      "on",
      "Twitter",
      "25°C",
      "Monday,",
      "December",
      "11,",
      "2023",
      "Published",
      "(AP)",
      "—",
      "WASHINGTON,",
      "x",
      "the",
      "Photo:",
      "is",
      "working",
      "as",
      "Editor",
      "at",
      "“",
      "”",
      "?",
      "\n",
      "\n\n",
      "---",
      "title:",
      "#",
      "<p>",
      "</p>",
      "<br>",
      "*",
      "[a](b)",
    ];
    for (let n = 0; n < 2000; n++) {
      let text = "";
      const len = 5 + Math.floor(rnd() * 80);
      for (let i = 0; i < len; i++) text += tokens[Math.floor(rnd() * tokens.length)]! + (rnd() < 0.8 ? " " : "");
      const file = `f${n}.${["txt", "md", "html"][n % 3]}`;
      try {
        const a = parseArticle({ path: `/virtual/${file}`, file }, Buffer.from(text), null, "h");
        expect(a.body.trim()).not.toBe("");
        for (const p of a.body.split("\n\n")) expect(p).not.toMatch(/\n|^\s|\s$/);
      } catch (e) {
        expect((e as Error).name, `${file}: ${JSON.stringify(text)}`).toBe("ArticleSkipped");
      }
    }
  });
});
