import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ExtractionCache, writeFileAtomic } from "../../src/store/cache.js";
import { cacheKey, extractorFingerprint, FINGERPRINTED_FILES } from "../../src/store/fingerprint.js";
import { fakeExtract, parseArticle } from "./build-fakes.js";
import { captureLogger } from "./build-logcapture.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "newsdesk-cache-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const extraction = (file: string, hash: string, body = "Alice met Bob") =>
  fakeExtract(parseArticle({ file, path: file }, Buffer.from(`Title\n${body}`), null, hash));

describe("extraction cache", () => {
  it("serves what was stored, from the packed file, to a new instance", async () => {
    const a = new ExtractionCache(dir, { version: "v1" });
    a.putMany([{ file: "a.txt", hash: "h1", extraction: extraction("a.txt", "h1") }]);
    await a.writePacked([a.key("a.txt", "h1")]);
    const b = new ExtractionCache(dir, { version: "v1" });
    expect((await b.get("a.txt", "h1"))?.actors.map((x) => x.name)).toEqual(["Alice", "Bob"]);
    expect(b.stats.packedHits).toBe(1);
  });

  it("serves a single entry written for a live change, then folds it into the packed file", async () => {
    const a = new ExtractionCache(dir, { version: "v1" });
    a.put("a.txt", "h1", extraction("a.txt", "h1"));
    await a.flush();
    expect(await readdir(join(dir, "a"))).toEqual([`${a.key("a.txt", "h1")}.json`]);
    const b = new ExtractionCache(dir, { version: "v1" });
    expect(await b.get("a.txt", "h1")).toBeDefined();
    expect(b.stats.looseHits).toBe(1);
    await b.writePacked([b.key("a.txt", "h1")]);
    expect(await readdir(join(dir, "a"))).toEqual([]);
    const c = new ExtractionCache(dir, { version: "v1" });
    expect(await c.get("a.txt", "h1")).toBeDefined();
    expect(c.stats.packedHits).toBe(1);
  });

  it("misses when the content, the path or the extractor version differ", async () => {
    const a = new ExtractionCache(dir, { version: "v1" });
    a.putMany([{ file: "a.txt", hash: "h1", extraction: extraction("a.txt", "h1") }]);
    await a.writePacked([a.key("a.txt", "h1")]);
    const same = new ExtractionCache(dir, { version: "v1" });
    expect(await same.get("a.txt", "h2")).toBeUndefined();
    expect(await same.get("b.txt", "h1")).toBeUndefined();
    const newer = new ExtractionCache(dir, { version: "v2" });
    expect(await newer.get("a.txt", "h1")).toBeUndefined();
    expect(cacheKey("a.txt", "h1", "v1")).not.toBe(cacheKey("a.txt", "h1", "v2"));
    expect(extractorFingerprint()).toMatch(/^[0-9a-f]{16}$/);
  });

  it("fingerprints the schema and its closed lists, files that exist in the sources and in the compiled copy", async () => {
    const root = resolve(import.meta.dirname, "../..");
    expect(FINGERPRINTED_FILES).toEqual(["model/schema.ts", "model/kinds.ts"]);
    for (const f of FINGERPRINTED_FILES) expect(existsSync(join(root, "src", f)), f).toBe(true);
    // dist/ names them .js (before, it hashed a "model/schema.ts" that dist/ does not have: schema edits were missed)
    const compiled = join(root, "dist", "src", "store", "fingerprint.js");
    if (existsSync(compiled)) {
      const { FINGERPRINTED_FILES: built } = (await import(pathToFileURL(compiled).href)) as { FINGERPRINTED_FILES?: string[] };
      expect(built).toEqual(["model/schema.js", "model/kinds.js"]);
      for (const f of built ?? []) expect(existsSync(join(root, "dist", "src", f)), f).toBe(true);
    }
  });

  it("ignores temporary files left by a crash mid-write", async () => {
    const a = new ExtractionCache(dir, { version: "v1" });
    a.putMany([{ file: "a.txt", hash: "h1", extraction: extraction("a.txt", "h1") }]);
    await a.writePacked([a.key("a.txt", "h1")]);
    // a crash while writing a newer packed file and a loose entry: half-written temp files stay behind
    await writeFile(`${a.packedPath}.tmp-999-deadbeef`, '{"format":1,"version":"v1","entries":[{"key":');
    await mkdir(join(dir, "a"), { recursive: true });
    await writeFile(join(dir, "a", `${a.key("b.txt", "h2")}.json.tmp-999-deadbeef`), '{"key":"');
    const { logger, lines } = captureLogger();
    const b = new ExtractionCache(dir, { version: "v1", logger });
    expect(await b.get("a.txt", "h1")).toBeDefined();
    expect(await b.get("b.txt", "h2")).toBeUndefined();
    expect(b.stats.corrupt).toBe(0);
    expect(lines.filter((l) => l.level >= 40)).toEqual([]);
  });

  it("writes atomically: the target is complete and no temp file is left", async () => {
    const path = join(dir, "sub", "x.json");
    await writeFileAtomic(path, "first");
    await writeFileAtomic(path, "second");
    expect(await readFile(path, "utf8")).toBe("second");
    expect(await readdir(join(dir, "sub"))).toEqual(["x.json"]);
  });

  it("never serves a corrupt single entry: warns, deletes it, reports a miss", async () => {
    const a = new ExtractionCache(dir, { version: "v1" });
    a.put("a.txt", "h1", extraction("a.txt", "h1"));
    await a.flush();
    const path = join(dir, "a", `${a.key("a.txt", "h1")}.json`);
    await writeFile(path, (await readFile(path, "utf8")).slice(0, 40));
    const { logger, lines } = captureLogger();
    const b = new ExtractionCache(dir, { version: "v1", logger });
    expect(await b.get("a.txt", "h1")).toBeUndefined();
    expect(b.stats.corrupt).toBe(1);
    expect(lines.some((l) => l.level === 40 && /corrupt/.test(l.msg))).toBe(true);
    expect(await readdir(join(dir, "a"))).toEqual([]);
  });

  it("never serves an entry stored under another key (a file copied over another)", async () => {
    const a = new ExtractionCache(dir, { version: "v1" });
    a.put("a.txt", "h1", extraction("a.txt", "h1"));
    a.put("b.txt", "h2", extraction("b.txt", "h2"));
    await a.flush();
    await writeFile(join(dir, "a", `${a.key("a.txt", "h1")}.json`), await readFile(join(dir, "a", `${a.key("b.txt", "h2")}.json`)));
    const { logger } = captureLogger();
    const b = new ExtractionCache(dir, { version: "v1", logger });
    expect(await b.get("a.txt", "h1")).toBeUndefined();
    expect(b.stats.corrupt).toBe(1);
  });

  it("a damaged line of the packed file costs only its own article", async () => {
    const a = new ExtractionCache(dir, { version: "v1" });
    a.putMany([
      { file: "a.txt", hash: "h1", extraction: extraction("a.txt", "h1") },
      { file: "b.txt", hash: "h2", extraction: extraction("b.txt", "h2") },
    ]);
    await a.writePacked([a.key("a.txt", "h1"), a.key("b.txt", "h2")]);
    const lines = (await readFile(a.packedPath, "utf8")).split("\n");
    const i = lines.findIndex((l) => l.includes('"file":"a.txt"'));
    lines[i] = lines[i]!.slice(0, 30);
    await writeFile(a.packedPath, lines.join("\n"));
    const { logger, lines: logged } = captureLogger();
    const b = new ExtractionCache(dir, { version: "v1", logger });
    expect(await b.get("a.txt", "h1")).toBeUndefined();
    expect(await b.get("b.txt", "h2")).toBeDefined();
    expect(logged.some((l) => l.level === 40 && /corrupt/.test(l.msg))).toBe(true);
  });

  it.each([
    ["truncated JSON", (s: string) => s.slice(0, s.length / 2)],
    ["not JSON at all", () => "\u0000\u0001binary"],
    ["JSON of another shape", () => JSON.stringify({ hello: "world" })],
    ["an entry missing its extraction", (s: string) => s.replace('"extraction":', '"nothing":')],
  ])("ignores a packed file with %s, with a warning", async (_name, corrupt) => {
    const a = new ExtractionCache(dir, { version: "v1" });
    a.putMany([{ file: "a.txt", hash: "h1", extraction: extraction("a.txt", "h1") }]);
    await a.writePacked([a.key("a.txt", "h1")]);
    await writeFile(a.packedPath, corrupt(await readFile(a.packedPath, "utf8")));
    const { logger, lines } = captureLogger();
    const b = new ExtractionCache(dir, { version: "v1", logger });
    expect(await b.get("a.txt", "h1")).toBeUndefined();
    expect(b.stats.corrupt).toBeGreaterThan(0);
    expect(lines.some((l) => l.level === 40 && /corrupt/.test(l.msg))).toBe(true);
  });
});

describe("the cache never follows a link out of its folder", () => {
  it("a packed file that is a link to a valid packed cache elsewhere is not read", async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), "newsdesk-elsewhere-"));
    try {
      const a = new ExtractionCache(elsewhere, { version: "v1" });
      a.putMany([{ file: "a.txt", hash: "h1", extraction: extraction("a.txt", "h1") }]);
      await a.writePacked([a.key("a.txt", "h1")]);
      await symlink(join(elsewhere, "packed.json"), join(dir, "packed.json"));
      const b = new ExtractionCache(dir, { version: "v1" });
      expect(await b.get("a.txt", "h1")).toBeUndefined();
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });

  it("an a/ folder that links elsewhere is neither read, written nor pruned", async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), "newsdesk-elsewhere-"));
    try {
      const a = new ExtractionCache(join(elsewhere, "real"), { version: "v1" });
      a.put("a.txt", "h1", extraction("a.txt", "h1"));
      await a.flush();
      await writeFile(join(elsewhere, "real", "a", "keep.json"), "{}");
      const before = (await readdir(join(elsewhere, "real", "a"))).sort();
      await symlink(join(elsewhere, "real", "a"), join(dir, "a"));
      const log = captureLogger();
      const b = new ExtractionCache(dir, { version: "v1", logger: log.logger });
      expect(await b.get("a.txt", "h1")).toBeUndefined();
      b.put("b.txt", "h2", extraction("b.txt", "h2"));
      await b.flush();
      await b.writePacked([b.key("b.txt", "h2")]);
      expect((await readdir(join(elsewhere, "real", "a"))).sort()).toEqual(before);
      expect(log.lines.some((l) => /never follows links/.test(l.msg))).toBe(true);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });
});
