// Ranking quality at scale (not timing: the machine is shared): 10,000 synthetic actors, typo queries.
import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../src/search/index.js";
import type { Summary } from "../../src/model/schema.js";
import { pick, rng, syntheticActors, typo } from "./synthetic.js";

const r = rng(7);
const actors = syntheticActors(r, 10000);
const summary: Summary = { version: 1, corpus: "/synthetic", articles: [], actors, statements: [], events: [], warnings: [] };
const index = buildSearchIndex(summary);

describe("search over 10,000 actors", () => {
  it("a typo in the last word of a full name still finds that actor first, at least 95 times in 100", () => {
    let right = 0;
    for (let i = 0; i < 300; i++) {
      const a = pick(r, actors);
      const parts = a.name.split(" ");
      parts[parts.length - 1] = typo(r, parts[parts.length - 1] as string);
      if (index.actors(parts.join(" "))[0]?.item.id === a.id) right++;
    }
    expect(right / 300).toBeGreaterThanOrEqual(0.95);
  });

  it("an exact acronym finds its organisation among the first matches", () => {
    let found = 0;
    const orgs = actors.filter((a) => a.kind === "organization").slice(0, 100);
    for (const a of orgs) if (index.actors(a.aliases[0] as string, 10).some((h) => h.item.id === a.id)) found++;
    expect(found).toBe(100);
  });

  it("autocomplete of a name's first letters returns at most 25 actors, each with a name, alias or role containing it", () => {
    for (let i = 0; i < 50; i++) {
      const a = pick(r, actors);
      const prefix = a.name.slice(0, 4).toLowerCase();
      const hits = index.suggestActors(prefix, 25);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.length).toBeLessThanOrEqual(25);
      expect(
        hits.some((h) => h.item.id === a.id) ||
          hits.every((h) => `${h.item.name} ${h.item.aliases.join(" ")} ${h.item.roles.join(" ")}`.toLowerCase().includes(prefix)),
      ).toBe(true);
    }
  });
});
