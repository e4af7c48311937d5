// Lookups that find the same actor however the name is written: transliteration variants (Gaddafi, Kadhafi,
// Qaddafi; Mohamed, Mohammed, Muhammad), a leading article or a possessive around the name; and suggestions
// that offer only what is close to the query.
import { describe, expect, it } from "vitest";
import { suggestionsFor } from "../../commands/support/format.js";
import type { Actor } from "../../src/model/schema.js";
import { ActorSearch } from "../../src/search/actor-search.js";
import { buildSearchIndex } from "../../src/search/index.js";
import { lookupForms, skeleton } from "../../src/search/variants.js";
import { makeContext, makeSummary } from "../commands/fixture.js";

const actor = (id: string, name: string, kind: Actor["kind"], aliases: string[] = [], mentions = 1): Actor => ({
  id,
  name,
  kind,
  aliases,
  roles: [],
  articles: ["a"],
  mentions,
});

const search = new ActorSearch([
  actor("moamer-kadhafi", "Moamer Kadhafi", "person", ["Kadhafi"]),
  actor("mohamed-bazoum", "Mohamed Bazoum", "person", ["Bazoum"]),
  actor("osama-nasser", "Osama Nasser", "person"),
  actor("fla", "Azawad Liberation Front", "armed-group", ["FLA"]),
  actor("mali", "Mali", "country", [], 9),
  actor("wagner-group", "Wagner group", "armed-group", ["Wagner"], 8),
  actor("the-guardian", "The Guardian", "media"),
]);
const top = (q: string) => search.search(q)[0]?.item.id ?? null;

describe("skeleton", () => {
  it.each([
    ["gaddafi", "kdf"],
    ["kadhafi", "kdf"],
    ["qaddafi", "kdf"],
    ["gadhafi", "kdf"],
    ["mohamed", "mmd"],
    ["mohammed", "mmd"],
    ["muhammad", "mmd"],
    ["osama", "_sm"],
    ["usama", "_sm"],
    ["mali", null],
  ])("%s → %s", (word, key) => {
    expect(skeleton(word)).toBe(key);
  });
  it("keeps the first letter: Wagner is not Gunner", () => {
    expect(skeleton("wagner")).not.toBe(skeleton("gunner"));
  });
});

describe("lookupForms", () => {
  it.each([
    ["cma", ["cma"]],
    ["the cma", ["the cma", "cma"]],
    ["the fla s statement", ["the fla s statement", "fla s statement", "fla"]],
    ["raha s letter", ["raha s letter", "raha"]],
  ])("%s → %j", (norm, forms) => {
    expect(lookupForms(norm)).toEqual(forms);
  });
});

describe("transliteration variants find the same actor", () => {
  it.each([
    ["Gaddafi", "moamer-kadhafi"],
    ["Qaddafi", "moamer-kadhafi"],
    ["Muammar Gaddafi", "moamer-kadhafi"],
    ["Mohammed Bazoum", "mohamed-bazoum"],
    ["Muhammad Bazoum", "mohamed-bazoum"],
    ["Usama Nasser", "osama-nasser"],
  ])("%s → %s", (q, id) => {
    expect(top(q)).toBe(id);
  });
  it("a different name with a similar shape is not a variant", () => {
    expect(top("Gunner")).toBeNull();
  });
});

describe("an article or a possessive around a name", () => {
  it.each([
    ["the FLA", "fla"],
    ["the FLA's statement", "fla"],
    ["FLA's", "fla"],
    ["the Wagner group", "wagner-group"],
    ["The Guardian", "the-guardian"],
  ])("%s finds what the bare name finds (%s)", (q, id) => {
    expect(top(q)).toBe(id);
  });
});

describe("suggestions only offer what is close", () => {
  const ctx = makeContext();
  it.each(["Joe Bloggs", "拉哈", "Gaddafi", "zzzz"])("nothing close to “%s”: no suggestions", (q) => {
    expect(suggestionsFor(ctx, q)).toEqual([]);
  });
  it("a typo still gets the name it is close to", () => {
    expect(suggestionsFor(ctx, "Wagnr")).toContain("Wagner group");
  });
  it("with no query, the most mentioned actors", () => {
    const s = makeSummary();
    expect(suggestionsFor(makeContext(s), "").length).toBeGreaterThan(0);
    expect(buildSearchIndex(s).suggestActors("", 3).length).toBe(3);
  });
});
