// Speakers named by a description the actors layer tied to one actor ("the union said", "a statement by the
// union said", "the president’s office said", "the presidency said"), on crafted sentences run through the whole
// extraction.
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

  it("'according to union's statement' goes to the actor an earlier 'the union' was tied to", () => {
    const out = said(
      "The Harbour Dock Workers Federation gave notice to the port operator. The union said it would keep talking. “Pay has not moved in years,” according to union's statement.",
    );
    expect(out).toContainEqual(["direct", "Pay has not moved in years", "harbour dock workers federation"]);
  });

  it("'the union' abstains between two workers' organisations", () => {
    const out = said(
      "The Harbour Dock Workers Federation and the Coastal Nurses Alliance met the port operator. The union said it would keep talking.",
    );
    expect(out.find((s) => s[1] === "it would keep talking")?.[2] ?? null).toBeNull();
  });
});

describe("offices as speakers", () => {
  const actorsOf = (body: string) => extractArticle(makeArticle(body)).actors;

  it("'the president's office' is an unnamed government body, not the president", () => {
    const body = "President Ana Lutz flew home. The president’s office said the talks would go on.";
    const office = actorsOf(body).find((a) => a.aliases.includes("The president’s office"));
    expect(office).toMatchObject({ kind: "government", unnamed: true });
    expect(said(body)).toContainEqual(["indirect", "the talks would go on", office!.key]);
  });

  it("'the presidency' later in the article is the same office", () => {
    const body = "The president’s office said the talks would go on. “The leader is safe,” the presidency said.";
    const keys = said(body).map((s) => s[2]);
    expect(keys[0]).not.toBeNull();
    expect(new Set(keys).size).toBe(1);
  });

  it("'Governor Reyes's office' speaks as an office of its own", () => {
    const body = "Governor Tom Reyes signed the bill. Governor Reyes's office said the buses would keep running.";
    const out = said(body);
    const office = actorsOf(body).find((a) => a.name === "Governor Reyes's office");
    expect(office?.unnamed).toBe(true);
    expect(out).toContainEqual(["indirect", "the buses would keep running", office!.key]);
  });
});

describe("social-media cues", () => {
  it("'X captioned a video' cues the quote before it", () => {
    const out = extractArticle(makeArticle("“The wing is on fire!” one commuter captioned a shaky phone video."));
    const speaker = out.actors.find((a) => a.key === out.statements[0]?.speakerKey);
    expect(out.statements[0]?.text).toBe("The wing is on fire!");
    expect(speaker).toMatchObject({ unnamed: true, kind: "person" });
  });
});

describe("police forces named like people", () => {
  it("'Harlow Yard police said' makes Harlow Yard a police force that speaks", () => {
    const out = extractArticle(
      makeArticle("The suspect was held at the port. In a statement, Harlow Yard police said they had been told of the arrest."),
    );
    const force = out.actors.find((a) => a.name === "Harlow Yard");
    expect(force?.kind).toBe("government");
    expect(out.statements.map((s) => [s.text, s.speakerKey])).toContainEqual(["they had been told of the arrest", force!.key]);
  });

  describe("a lede that holds the name back for the next sentence", () => {
    const lede = "The Chadian rebel group has claimed responsibility for the ambush of a convoy near Dorvan.\n\n";
    it.each([
      [
        "the next subject's apposition shares 'rebel'",
        "The Front for the Defence of Tarrow (FDT), a mostly rural rebel movement, said its fighters hit the convoy.",
        "front for the defence of tarrow",
      ],
      [
        "nothing ties the description to the next subject",
        "The Front for the Defence of Tarrow (FDT), a mostly rural movement, said its fighters hit the convoy.",
        null,
      ],
      ["the next subject is the other side", "The Chadian army said its soldiers lost the convoy on Tuesday.", null],
    ])("%s", (_, next, speaker) => {
      const out = said(lede + next);
      expect(out).toContainEqual(["indirect", "responsibility for the ambush of a convoy near Dorvan", speaker]);
    });

    it("an actor named before that fits the description as well leaves it to the earlier text", () => {
      const out = said(
        "The Tarrow Rebel Alliance met in Dorvan. The Chadian rebel group has claimed responsibility for the ambush.\n\nThe Front for the Defence of Tarrow (FDT), a rural rebel movement, said its fighters hit the convoy.",
      );
      expect(out).not.toContainEqual(["indirect", "responsibility for the ambush", "front for the defence of tarrow"]);
    });
  });

  describe("a military government by its usual names", () => {
    it.each([
      ["as written in the text", "Chad's military rulers announced on Thursday that they had cancelled the deal."],
      ["with the story's first word in capitals", "CHAD’s military rulers announced on Thursday that they had cancelled the deal."],
    ])("is the country's government, %s", (_, body) => {
      expect(said(body)).toContainEqual(["indirect", "they had cancelled the deal", "government of chad"]);
    });
    it("leaves an acronym that opens the story as it is", () => {
      expect(said("NATO announced on Thursday that it had cancelled the drill.").map((s) => s[1])).toContain("it had cancelled the drill");
    });
  });
});
