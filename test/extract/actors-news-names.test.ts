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

describe("organisation names with of / for / in / and inside", () => {
  it.each([
    [
      "of between a head and a capitalised name",
      "The Economic Community of Southern Lakes States met.",
      "Economic Community of Southern Lakes States",
    ],
    ["a branch 'in the' region", "Fighters of Al-Qaeda in the Arabian Peninsula attacked the post.", "Al-Qaeda in the Arabian Peninsula"],
    [
      "a comma list inside a name before its acronym",
      "The Joint Framework for Trade, Fisheries and Transport (JFTFT) met.",
      "Joint Framework for Trade, Fisheries and Transport",
    ],
  ])("%s", (_, body, name) => {
    const a = actorsOf(body);
    expect(a.actors.map((x) => x.name)).toContain(name);
    expect(a.actors.filter((x) => x.kind === "person")).toEqual([]);
  });

  it("the pieces of a name defined with its acronym are no actors of their own", () => {
    const a = actorsOf("The Guild of Weavers and Textile Workers (GWTW) voted to strike.");
    expect(a.actors.map((x) => x.name)).toEqual(["Guild of Weavers and Textile Workers"]);
    expect(a.actors[0]!.aliases).toContain("GWTW");
  });

  it("a list of countries before an acronym is not one organisation", () => {
    const a = actorsOf("Talks with Mali, Niger and Chad (MNC) failed.");
    expect(a.actors.map((x) => x.name)).not.toContain("Mali, Niger and Chad");
  });
});

describe("aliases join only where the text ties them", () => {
  it("a description in apposition to a name is that actor's alias", () => {
    const a = actorsOf("The Harbor Union fought the rebels. The rebel movement, the Northern Liberation Front (NLF), said it won.");
    expect(byName(a, "Northern Liberation Front")?.aliases).toContain("The rebel movement");
    expect(byName(a, "Harbor Union")?.aliases ?? []).not.toContain("The rebel movement");
  });

  it("a description found by nearness alone is no alias", () => {
    const a = actorsOf("The Harbor Union fought the rebels on Monday. The new movement said it would go on.");
    expect(a.actors.every((x) => !x.aliases.includes("The new movement"))).toBe(true);
  });
});

describe("abbreviated titles and countries as written", () => {
  it.each([
    ["Gov.", "Coastal Gov. Mara Lind signed the bill.", "Mara Lind"],
    ["Sen.", "Sen. Ana Ruiz voted against it.", "Ana Ruiz"],
    ["Lt.", "Lt. Piotr Nowak led the patrol.", "Piotr Nowak"],
  ])("'%s' before a name is a title, not part of the name", (_, body, name) => {
    const a = actorsOf(body);
    expect(byName(a, name)?.kind).toBe("person");
    expect(a.actors.filter((x) => x.kind === "person").map((x) => x.name)).toEqual([name]);
  });
  it("a country written short keeps that spelling as an alias", () => {
    expect(byName(actorsOf("The band will play eight shows in the UK."), "United Kingdom")?.aliases).toContain("UK");
  });
});

describe("a body named by its head noun alone", () => {
  it("keeps 'the Assembly' as written among its aliases", () => {
    const a = actorsOf("Members walked out of the Assembly on Tuesday.");
    expect(byName(a, "Assembly")?.aliases).toContain("the Assembly");
  });
});

describe("capitalised words that name no one", () => {
  it.each([
    [
      "a portfolio between a nationality and a title",
      "Earlier French Development Minister Jean de Castelnau condemned the attack.",
      "Development",
    ],
    ["another portfolio the same way", "Dutch Trade Minister Jean de Castelnau condemned the attack.", "Trade"],
    ["an accord", "The spokesman said the deal, labelled as the Tarrow Accord, had ended.", "Tarrow Accord"],
    ["a law", "Senator Ruth Amberly said the Harbour Safety Act would pass.", "Harbour Safety Act"],
  ])("%s is not an actor", (_, body, name) => {
    const a = actorsOf(body);
    expect(a.actors.map((x) => x.name)).not.toContain(name);
  });
  it("the minister keeps the portfolio in the role", () => {
    const a = actorsOf("Freedonian Development Minister Jean de Castelnau condemned the attack.");
    expect(byName(a, "Jean de Castelnau")?.roles).toContain("Freedonian Development Minister");
  });
});

describe("one name with an apposition that names a body", () => {
  it.each([
    ["opening the sentence", "Brixel, the energy regulator, pledged to keep pressure on suppliers."],
    ["inside the sentence", "On Monday Brixel, the energy regulator, pledged to keep pressure on suppliers."],
  ])("is an organisation with that role, %s", (_, body) => {
    const d = byName(actorsOf(body), "Brixel");
    expect(d?.kind).toBe("organization");
    expect(d?.roles).toContain("energy regulator");
  });
  it("an opening adverb before such an apposition is not a name", () => {
    const a = actorsOf("Meanwhile, the energy regulator, Brixel Authority, pledged to act.");
    expect(a.actors.map((x) => x.name)).not.toContain("Meanwhile");
  });
});

describe("a post named after 'as'", () => {
  it.each([
    ["to resign as", "The mayor forced Tom Reyes to resign as the city's police chief.", "police chief"],
    ["who has served as", "Tom Reyes, who has served as fire chief since 2016, left.", "fire chief"],
  ])("%s gives the person the role", (_, body, role) => {
    expect(byName(actorsOf(body), "Tom Reyes")?.roles).toContain(role);
  });
  it("a word that is no title after 'as' is no role", () => {
    expect(byName(actorsOf("Tom Reyes, who has served as an example, left."), "Tom Reyes")?.roles ?? []).toEqual([]);
  });
});
