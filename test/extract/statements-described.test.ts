// Speakers named by a description the actors layer tied to one actor ("the union said", "a written release by
// the union said"), on crafted sentences run through the whole extraction.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { makeArticle } from "./helpers.js";

const said = (body: string) => extractArticle(makeArticle(body)).statements.map((s) => [s.kind, s.text, s.speakerKey] as const);

describe("speakers named by a description", () => {
  it("'the union said' goes to the one workers' organisation of the article", () => {
    const out = said("The Harbour Dock Workers Federation gave notice to the port operator. The union said it would keep talking.");
    expect(out).toContainEqual(["indirect", "it would keep talking", "harbour dock workers federation"]);
  });

  it("a document 'by the union' speaks for the union", () => {
    const out = said(
      "The Harbour Dock Workers Federation gave notice to the port operator. “We want a fair deal,” a statement by the union said.",
    );
    expect(out).toContainEqual(["direct", "We want a fair deal", "harbour dock workers federation"]);
  });

  it("'the union' abstains between two workers' organisations", () => {
    const out = said(
      "The Harbour Dock Workers Federation and the Coastal Nurses Alliance met the port operator. The union said it would keep talking.",
    );
    expect(out.find((s) => s[1] === "it would keep talking")?.[2] ?? null).toBeNull();
  });
});
