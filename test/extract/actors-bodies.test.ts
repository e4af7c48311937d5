// State bodies and boards as news pages name them, pinned on crafted sentences: a country's possessive before
// a state body ("Norway's central bank" is a government actor, the same as "the Norwegian central bank").
import { describe, expect, it } from "vitest";
import { extractActors } from "../../src/extract/actors.js";
import { splitSentences } from "../../src/extract/sentences.js";
import type { ArticleActors } from "../../src/extract/types.js";
import { makeArticle } from "./helpers.js";

function actorsOf(body: string): ArticleActors {
  const doc = makeArticle(body, {});
  return extractActors(doc, splitSentences(doc.body));
}

describe("a country's state body", () => {
  it.each([
    ["Norway's central bank kept its key rate on hold.", "Norway's central bank"],
    ["Chile’s civil defence sent teams to the coast.", "Chile’s civil defence"],
    ["Greece's coast guard rescued 40 people.", "Greece's coast guard"],
  ])("%s", (body, written) => {
    const a = actorsOf(body);
    const d = a.actors.find((x) => x.aliases.includes(written));
    expect(d?.kind).toBe("government");
  });

  it("is one actor under the possessive and the adjective", () => {
    const a = actorsOf("Norway's central bank kept rates on hold. The Norwegian central bank meets again in May.");
    const d = a.actors.filter((x) => /central bank/i.test(x.name));
    expect(d).toHaveLength(1);
  });
});

describe("police in a country", () => {
  it("'Police in Norway' is the Norwegian police, a government actor", () => {
    const d = actorsOf("Police in Norway said on Monday they had found the boat.").actors.find((x) =>
      x.aliases.includes("Police in Norway"),
    );
    expect(d?.kind).toBe("government");
    expect(d?.name).toMatch(/police/i);
  });
});

describe("a title before a collective noun", () => {
  it.each([["The General Staff met on Monday."], ["The General Assembly voted on Monday."]])("%s names no person", (body) => {
    expect(actorsOf(body).actors.filter((x) => x.kind === "person")).toEqual([]);
  });
});

describe("a body named bare and with a qualifier", () => {
  it("is one actor under the qualified name", () => {
    const a = actorsOf("The college's Board of Governors met on Monday. The NCU Board of Governors thanked the dean.");
    const boards = a.actors.filter((x) => /Board of Governors/.test(x.name));
    expect(boards.map((x) => x.name)).toEqual(["NCU Board of Governors"]);
  });
  it("stays apart when two qualified bodies could be it", () => {
    const a = actorsOf("The Board of Governors met. The NCU Board of Governors and the SCU Board of Governors disagreed.");
    expect(a.actors.filter((x) => /Board of Governors/.test(x.name))).toHaveLength(3);
  });
});
