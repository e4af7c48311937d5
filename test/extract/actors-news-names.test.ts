// Names as news pages write them, pinned on crafted sentences: a publisher known only by its web address,
// initials the sentence splitter cut from a surname, dotted abbreviations of places, dateline places.
import { describe, expect, it } from "vitest";
import { extractActors, nameOfWebAddress } from "../../src/extract/actors.js";
import { splitSentences } from "../../src/extract/sentences.js";
import type { ArticleActors } from "../../src/extract/types.js";
import { makeArticle } from "./helpers.js";

function actorsOf(body: string, meta: Parameters<typeof makeArticle>[1] = {}): ArticleActors {
  const doc = makeArticle(body, meta);
  return extractActors(doc, splitSentences(doc.body));
}
const byName = (a: ArticleActors, name: string) => a.actors.find((x) => x.name === name);

describe("a publisher given as a web address", () => {
  it("is the outlet the story names, with the address as an alias", () => {
    const a = actorsOf("The mayor spoke to Harbour Daily on Monday.", { source: "harbourdaily.co.uk" });
    const d = byName(a, "Harbour Daily");
    expect(d?.kind).toBe("media");
    expect(d?.aliases).toContain("harbourdaily.co.uk");
  });
  it("is no actor when the story never names it", () => {
    const a = actorsOf("The mayor spoke on Monday about the ferry.", { source: "harbourdaily.co.uk" });
    expect(a.actors.map((x) => x.name)).not.toContain("harbourdaily.co.uk");
  });
  it.each([
    ["kxyz7news.com", "Watch KXYZ7News tonight.", "KXYZ7News"],
    ["www.kxyz7news.com", "Watch KXYZ 7 News tonight.", "KXYZ 7 News"],
    ["thevalleypost.com", "The Valley Post reported the closure.", "The Valley Post"],
  ])("%s is written %s", (address, body, name) => {
    expect(nameOfWebAddress(address, body)).toBe(name);
  });
});

describe("initials and dotted abbreviations", () => {
  it("initials cut off by a full stop stay with the surname that follows", () => {
    const a = actorsOf("Party treasurer J.R. Okonkwo said the accounts were sound. Mr. Okonkwo left early.");
    expect(byName(a, "J.R. Okonkwo")?.kind).toBe("person");
    expect(a.actors.map((x) => x.name)).not.toContain("J.R.");
  });
  it("dotted initials in a list of places are a place, not an organisation's acronym", () => {
    const a = actorsOf("The buses went on to cities such as Boston, D.C. and Denver.");
    expect(a.actors.find((x) => x.name === "D.C.")?.kind ?? "none").not.toBe("organization");
  });
  it("a place abbreviation after a locative preposition is a place", () => {
    const a = actorsOf("Rents in B.C. have risen sharply.");
    expect(byName(a, "B.C.")?.kind).toBe("place");
  });
});

describe("a dateline place", () => {
  it("is a place actor under its ordinary spelling, with the capitals as an alias", () => {
    const a = actorsOf("The council met on Monday.", { datelinePlace: "PORT HAVEN, Maine" });
    const d = byName(a, "Port Haven");
    expect(d?.kind).toBe("place");
    expect(d?.aliases).toEqual(expect.arrayContaining(["PORT HAVEN", "PORT HAVEN, Maine"]));
  });
});
