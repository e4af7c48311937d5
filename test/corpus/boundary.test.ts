// The corpus boundary: links that lead outside the corpus folder are not followed (each reported by name),
// link loops end (each article loads once), and the walk stops at its depth and file-count limits.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listCorpusFiles, loadCorpus, readArticleFile } from "../../src/corpus/load.js";
import { P1, P2, tempCorpus } from "./helpers.js";

const GOOD = `${P1}\n\n${P2}\n`;
const SECRET = "root:x:0:0:root:/root:/bin/bash\nThe outside secret says nothing about the story.\n";

const outside = mkdtempSync(join(tmpdir(), "newsdesk-outside-"));
afterAll(() => rmSync(outside, { recursive: true, force: true }));
writeFileSync(join(outside, "passwd.txt"), SECRET);
mkdirSync(join(outside, "folder"));
writeFileSync(join(outside, "folder", "elsewhere.txt"), GOOD);

describe("links that lead outside the corpus folder", () => {
  it("a file link to a file outside is skipped with a warning naming it; its text is never loaded", async () => {
    const dir = tempCorpus({ "a.txt": GOOD });
    symlinkSync(join(outside, "passwd.txt"), join(dir, "x.txt"));
    const r = await loadCorpus(dir);
    expect(r.articles.map((a) => a.file)).toEqual(["a.txt"]);
    expect(r.warnings).toEqual([{ file: "x.txt", reason: expect.stringMatching(/outside the corpus folder/) }]);
    expect(JSON.stringify(r)).not.toContain("root:x:0:0");
  });

  it("a link to a folder outside is not followed, and is named", async () => {
    const dir = tempCorpus({ "a.txt": GOOD });
    symlinkSync(join(outside, "folder"), join(dir, "more"));
    const r = await loadCorpus(dir);
    expect(r.articles.map((a) => a.file)).toEqual(["a.txt"]);
    expect(r.warnings).toEqual([{ file: "more", reason: expect.stringMatching(/outside the corpus folder/) }]);
  });

  it("a link made after the listing is refused at read time (the live store reads names it is told about)", async () => {
    const dir = tempCorpus({});
    symlinkSync(join(outside, "passwd.txt"), join(dir, "late.txt"));
    await expect(readArticleFile({ path: join(dir, "late.txt"), file: "late.txt" })).rejects.toMatchObject({
      reason: expect.stringMatching(/outside the corpus folder/),
    });
  });

  it("a sidecar that links outside is refused", async () => {
    const dir = tempCorpus({ "s.txt": GOOD });
    symlinkSync(join(outside, "passwd.txt"), join(dir, "s.meta.json"));
    await expect(readArticleFile({ path: join(dir, "s.txt"), file: "s.txt" })).rejects.toMatchObject({
      reason: expect.stringMatching(/^sidecar s\.meta\.json links outside/),
    });
  });

  it("links that stay inside are followed; a corpus folder that is itself a link works", async () => {
    const dir = tempCorpus({ "real/a.txt": GOOD });
    symlinkSync(join(dir, "real"), join(dir, "alias"));
    const via = join(outside, "corpus-link");
    symlinkSync(dir, via);
    const r = await loadCorpus(via);
    // the folder is read once, under its own name; the second way in is reported
    expect(r.articles.map((a) => a.file)).toEqual([join("real", "a.txt")]);
    expect(r.warnings.map((w) => w.file)).toEqual(["alias"]);
  });
});

describe("link loops end, each article loads once", () => {
  it("ln -s . l1; ln -s . l2", async () => {
    const dir = tempCorpus({ "a.txt": GOOD, "sub/b.txt": GOOD });
    symlinkSync(".", join(dir, "l1"));
    symlinkSync(".", join(dir, "l2"));
    symlinkSync("..", join(dir, "sub", "up"));
    const r = await loadCorpus(dir);
    expect(r.articles.map((a) => a.file)).toEqual(["a.txt", join("sub", "b.txt")]);
    expect(r.warnings.map((w) => w.file)).toEqual(["l1", "l2", join("sub", "up")]);
    expect(r.warnings[0]!.reason).toMatch(/leads back to the folder the corpus folder \(a link loop/);
  });

  it("a file reached through two links loads once", async () => {
    const dir = tempCorpus({ "a.txt": GOOD });
    symlinkSync("a.txt", join(dir, "b.txt"));
    const r = await loadCorpus(dir);
    expect(r.articles.map((a) => a.file)).toEqual(["a.txt"]);
    expect(r.warnings).toEqual([{ file: "b.txt", reason: expect.stringMatching(/the same file as a\.txt/) }]);
  });
});

describe("limits", () => {
  it("folders deeper than the depth limit are not read, with a warning", async () => {
    const dir = tempCorpus({ "a/b/c/deep.txt": GOOD, "a/top.txt": GOOD });
    const files = await listCorpusFiles(dir, { maxDepth: 2 });
    expect(files.filter((f) => !f.skip).map((f) => f.file)).toEqual([join("a", "top.txt")]);
    expect(files.filter((f) => f.skip).map((f) => [f.file, f.skip])).toEqual([
      [join("a", "b", "c"), expect.stringMatching(/deeper than 2 levels/)],
    ]);
  });

  it("past the file-count limit, one warning and no more files", async () => {
    const dir = tempCorpus({ "1.txt": GOOD, "2.txt": GOOD, "3.txt": GOOD, "4.txt": GOOD });
    const files = await listCorpusFiles(dir, { maxFiles: 2 });
    expect(files.map((f) => [f.file, f.skip ?? null])).toEqual([
      ["1.txt", null],
      ["2.txt", null],
      ["3.txt", expect.stringMatching(/more than 2 article files/)],
    ]);
  });
});
