// Unnamed and descriptive sources as actors, pinned on crafted sentences; and that the merge keeps two unnamed
// sources of two articles apart.
import { describe, expect, it } from "vitest";
import { extractActors } from "../../src/extract/actors.js";
import { splitSentences } from "../../src/extract/sentences.js";
import type { ArticleActors } from "../../src/extract/types.js";
import { mergeExtractions } from "../../src/summary/merge.js";
import { extraction } from "../summary/extraction-fixture.js";
import { makeArticle } from "./helpers.js";

function actorsOf(body: string): ArticleActors {
  const doc = makeArticle(body, {});
  return extractActors(doc, splitSentences(doc.body));
}
const unnamed = (a: ArticleActors) => a.actors.filter((x) => x.unnamed).map((x) => x.name);

describe("unnamed sources", () => {
  it.each([
    ["a descriptive source", "A harbour spokesman said the ferry would stop.", "harbour spokesman"],
    ["a source close to someone", "A source close to Okafor said the talks failed.", "source close to Okafor"],
    ["a source close to a lower-case role", "A source close to the minister said the talks failed.", "source close to the minister"],
    ["a spokesperson for a named body", "A spokesperson for Delmont Mining declined to comment.", "spokesperson for Delmont Mining"],
    ["a participle complement", "An officer stationed at the border post said he saw the trucks.", "officer stationed at the border post"],
    ["a plural group that speaks", "Local officials said the bridge was closed.", "Local officials"],
    ["a plural group opening the sentence", "Residents said the water had risen overnight.", "Residents"],
    ["a group after 'according to'", "The dam failed at dawn, according to local farmers.", "local farmers"],
    ["'one' keeps its word", "One commuter said the train stopped twice.", "one commuter"],
  ])("%s", (_, body, name) => {
    expect(unnamed(actorsOf(body))).toContain(name);
  });

  it("is a person marked unnamed, with the phrase as written as an alias", () => {
    const d = actorsOf("A harbour spokesman said the ferry would stop.").actors.find((x) => x.unnamed)!;
    expect(d.kind).toBe("person");
    expect(d.aliases).toContain("A harbour spokesman");
  });

  it("a named apposition makes a person with a role, not an unnamed source", () => {
    const a = actorsOf("A harbour spokesman, Tomas Ferreira, said the ferry would stop.");
    expect(unnamed(a)).toEqual([]);
    expect(a.actors.find((x) => x.name === "Tomas Ferreira")?.roles).toContain("harbour spokesman");
  });

  it("a later 'the spokesman' refers back to the one unnamed spokesman", () => {
    const a = actorsOf("A harbour spokesman said the ferry would stop. The spokesman added that fares would be refunded.");
    const d = a.actors.find((x) => x.name === "harbour spokesman")!;
    expect(d.mentions.map((m) => m.text)).toContain("The spokesman");
    expect(unnamed(a)).toEqual(["harbour spokesman"]);
  });

  it("'the spokesman' abstains between two unnamed spokesmen", () => {
    const a = actorsOf(
      "A harbour spokesman said the ferry would stop. A spokesman for Delmont Mining said the mine was safe. The spokesman added nothing.",
    );
    expect(a.actors.some((x) => x.mentions.some((m) => m.text === "The spokesman"))).toBe(false);
  });

  it("a plural that does not speak is no source", () => {
    expect(unnamed(actorsOf("The storm cut power to residents on the coast."))).toEqual([]);
  });
});

describe("merging unnamed sources", () => {
  it("two unnamed sources of the same description in two articles stay two actors", () => {
    const one = { name: "police spokesman", kind: "person" as const, aliases: ["a police spokesman"] };
    const a = extraction("a", [one]);
    const b = extraction("b", [one]);
    a.actors[0]!.unnamed = true;
    b.actors[0]!.unnamed = true;
    const s = mergeExtractions("c", [a, b], []);
    const spokesmen = s.actors.filter((x) => x.name === "police spokesman");
    expect(spokesmen).toHaveLength(2);
    expect(spokesmen.every((x) => x.unnamed === true)).toBe(true);
  });

  it("the same named person in two articles is still one actor", () => {
    const s = mergeExtractions(
      "c",
      [extraction("a", [{ name: "Ama Boateng", kind: "person" }]), extraction("b", [{ name: "Ama Boateng", kind: "person" }])],
      [],
    );
    expect(s.actors.filter((x) => x.name === "Ama Boateng")).toHaveLength(1);
  });
});
