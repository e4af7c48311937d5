// Where the per-article cache of a corpus goes: NEWSDESK_CACHE when set, else one folder per corpus in the
// user's cache folder, the same from whatever folder newsdesk runs.
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheDirFor } from "../../src/config/paths.js";

describe("cacheDirFor", () => {
  it("NEWSDESK_CACHE wins, as given", () => {
    expect(cacheDirFor("/data/beat", { NEWSDESK_CACHE: "/tmp/my-cache" })).toBe("/tmp/my-cache");
  });
  it("else a folder per corpus under XDG_CACHE_HOME/newsdesk, named after the corpus", () => {
    const d = cacheDirFor("/data/beat", { XDG_CACHE_HOME: "/home/r/.cache" });
    expect(d).toMatch(/^\/home\/r\/\.cache\/newsdesk\/beat-[0-9a-f]{8}$/);
  });
  it("the same corpus gets the same folder however it is named; another corpus another folder", () => {
    const env = { XDG_CACHE_HOME: "/c" };
    expect(cacheDirFor("/data/beat/", env)).toBe(cacheDirFor(resolve("/data/x/../beat"), env));
    expect(cacheDirFor("/data/beat", env)).not.toBe(cacheDirFor("/other/beat", env));
  });
  it("without XDG_CACHE_HOME: ~/.cache/newsdesk", () => {
    expect(cacheDirFor("/data/beat", {})).toContain(join(".cache", "newsdesk", "beat-"));
  });
});
