// The corrections database and log: a schema created by migrations and kept on reopen, corrections that
// survive a restart with who/when/why, undo kept as an audit trail, idempotent import, YAML round trip, and
// change notices (what makes the store re-apply).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { memoryCorrectionLog, openCorrectionLog } from "../../src/corrections/log.js";
import { CorrectionError } from "../../src/corrections/types.js";
import { fromYaml, toYaml } from "../../src/corrections/yaml.js";

const dir = mkdtempSync(join(tmpdir(), "newsdesk-corr-db-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const editor = { id: "111", name: "editor", via: "discord" as const };
const input = { kind: "speaker" as const, target: "a:s-0123abcd", value: "tom-holm", why: "heard it", by: editor };

describe("corrections log", () => {
  it("creates the schema by migrations and keeps corrections across a reopen (a restart)", () => {
    const a = openCorrectionLog(dir);
    expect(a.db.version).toBe(2);
    const c = a.add(input);
    expect(c).toMatchObject({
      id: 1,
      kind: "speaker",
      target: "a:s-0123abcd",
      value: "tom-holm",
      why: "heard it",
      by: editor,
      undone: null,
    });
    expect(c.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    a.close();
    const b = openCorrectionLog(dir);
    expect(b.db.version).toBe(2);
    expect(b.all()).toEqual([c]);
    b.close();
  });

  it("undo keeps the correction, marked, and stops applying it; undoing twice says so", () => {
    const log = memoryCorrectionLog();
    const c = log.add(input);
    const u = log.undo(c.id, { id: null, name: "desk", via: "cli" });
    expect(u.undone?.by.name).toBe("desk");
    expect(log.active()).toEqual([]);
    expect(log.all()).toHaveLength(1);
    expect(() => log.undo(c.id, editor)).toThrow(CorrectionError);
    expect(() => log.undo(99, editor)).toThrow(/no correction #99/);
  });

  it("notifies on add and undo", () => {
    const log = memoryCorrectionLog();
    let n = 0;
    log.onChange(() => n++);
    const c = log.add(input);
    log.undo(c.id, editor);
    expect(n).toBe(2);
  });

  it("rejects an invalid correction with a message", () => {
    const log = memoryCorrectionLog();
    expect(() => log.add({ ...input, kind: "rename" as never })).toThrow(/not a valid correction/);
  });

  it("round-trips through YAML; importing the same file twice adds nothing the second time", () => {
    const src = memoryCorrectionLog();
    src.add(input);
    const gone = src.add({ ...input, kind: "hide", value: null, why: "a caption" });
    src.undo(gone.id, editor);
    const yaml = toYaml(src.all());
    expect(yaml).toMatch(/^# newsdesk corrections/);
    const { entries, problems } = fromYaml(yaml);
    expect(problems).toEqual([]);
    const dst = memoryCorrectionLog();
    expect(entries.map((e) => dst.importOne(e).added)).toEqual([true, true]);
    expect(entries.map((e) => dst.importOne(e).added)).toEqual([false, false]);
    expect(dst.all().map(({ id: _i, ...c }) => c)).toEqual(src.all().map(({ id: _i, ...c }) => c));
  });

  it("reports bad entries of a file and keeps the good ones", () => {
    const { entries, problems } = fromYaml(
      "corrections:\n  - kind: speaker\n    target: x\n    value: null\n    why: ok\n    by: {id: null, name: a, via: cli}\n    at: '2026-01-01T00:00:00Z'\n  - kind: nope\n",
    );
    expect(entries).toHaveLength(1);
    expect(problems[0]).toMatch(/^entry 2:/);
    expect(() => fromYaml("just: text")).toThrow(/no `corrections:` list/);
  });
});

describe("two processes on one file", () => {
  it("a log notices corrections another connection committed (the command line beside a running bot)", () => {
    const shared = mkdtempSync(join(tmpdir(), "newsdesk-corr-two-"));
    const bot = openCorrectionLog(shared);
    const cli = openCorrectionLog(shared);
    try {
      expect(bot.all()).toEqual([]);
      bot.followOtherWriters(60_000);
      let notices = 0;
      bot.onChange(() => notices++);
      expect(bot.checkOtherWriters()).toBe(false);
      cli.add(input);
      expect(bot.checkOtherWriters()).toBe(true);
      expect(notices).toBe(1);
      expect(bot.active().map((c) => c.target)).toEqual([input.target]);
      bot.add({ ...input, target: "b:s-00000000" });
      // its own write is not another writer's
      expect(bot.checkOtherWriters()).toBe(false);
    } finally {
      bot.close();
      cli.close();
      rmSync(shared, { recursive: true, force: true });
    }
  });
});

describe("checking a correction", () => {
  it("names the field and what it must be, in an added correction and in each bad entry of a file", () => {
    const log = memoryCorrectionLog();
    expect(() => log.add({ ...input, kind: "rename" as never })).toThrow(
      /^not a valid correction: kind: must be one of speaker, kind, alias-add/,
    );
    expect(() => log.add({ ...input, by: { ...editor, name: "" } })).toThrow(/by\.name: must not be empty/);
    expect(() => log.add({ ...input, target: 7 as never, why: undefined as never })).toThrow(
      /target: expected text, got number; why: expected text, got nothing/,
    );
    const { entries, problems } = fromYaml(
      [
        "corrections:",
        "  - {kind: hide, target: x, value: null, why: ok, by: {id: null, name: a, via: cli}, at: '2026-01-01T00:00:00Z', extra: dropped}",
        "  - {kind: hide, target: x, value: null, why: ok, by: {id: null, name: a, via: fax}, at: '2026-01-01T00:00:00Z'}",
        "  - {kind: hide, target: x, value: null, why: ok, by: {id: null, name: a, via: cli}, at: '', id: 1.5}",
        "  - {kind: hide, target: x, value: null, why: ok, by: {id: null, name: a, via: cli}, at: '2026-01-01', undone: {by: {id: null, name: '', via: cli}, at: '2026-01-02'}}",
        "  - just text",
      ].join("\n"),
    );
    expect(entries).toEqual([
      { kind: "hide", target: "x", value: null, why: "ok", by: { id: null, name: "a", via: "cli" }, at: "2026-01-01T00:00:00Z" },
    ]);
    expect(problems).toEqual([
      'entry 2: by.via: must be one of discord, cli, import (it is "fax")',
      "entry 3: at: must not be empty; id: expected a whole number, got 1.5",
      "entry 4: undone.by.name: must not be empty",
      "entry 5: entry: expected an object, got string",
    ]);
  });
});
