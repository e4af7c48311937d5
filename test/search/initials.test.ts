import { describe, expect, it } from "vitest";
import { ActorSearch, initialsOf } from "../../src/search/actor-search.js";
import type { Actor } from "../../src/model/schema.js";

const actor = (id: string, name: string, kind: Actor["kind"], aliases: string[] = []): Actor => ({
  id,
  name,
  kind,
  aliases,
  roles: [],
  articles: ["a"],
  mentions: 1,
});

const search = new ActorSearch([
  actor("fmu", "Front for Mountain Unity", "armed-group"),
  actor("nrc", "National Relief Council", "organization"),
  actor("nrb", "Northern Rail Board", "organization", ["NRB"]),
  actor("ann-marie-clark", "Ann Marie Clark", "person"),
]);

describe("an acronym the corpus never spells out", () => {
  it.each([
    ["Azawad Movement Co-ordination", "amc"],
    ["Coordination of the Movements of Azawad", "cma"],
    ["World Food Programme", "wfp"],
    ["Red Cross", null],
  ])("initials of %s are %s", (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });

  it.each([
    ["nrc", "nrc"],
    ["FMU", "fmu"],
    ["UFM", "fmu"],
  ])("%s finds %s by its initials", (query, id) => {
    expect(search.search(query)[0]?.item.id).toBe(id);
  });

  it("ranks below a name the text gives, and never matches a person", () => {
    expect(search.search("nrb")[0]).toMatchObject({ item: { id: "nrb" }, score: expect.any(Number) });
    expect(search.search("nrb")[0]!.score).toBeLessThan(0.01);
    expect(search.search("amc").map((h) => h.item.id)).not.toContain("ann-marie-clark");
    expect(search.search("umf")[0]!.score).toBeGreaterThan(search.search("fmu")[0]!.score);
  });
});
