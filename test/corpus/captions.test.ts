// Photo captions, photo credits and calls to action are no part of the story, pinned on crafted paragraphs.
import { describe, expect, it } from "vitest";
import { dropTrailingCallsToAction, removePhotoCaptions } from "../../src/corpus/captions.js";

describe("photo captions and credits", () => {
  it("a wire file caption keeps the photo's own description and drops the lead it restates", () => {
    const p =
      "The mayor resigned on Monday, aides said. (FILES) The mayor speaks at a harbour fair in Kalmar on May 2, 2021. – The mayor resigned on Monday, aides said on June 3, 2024. Council members met. (Photo by ANNA BERG / POOL / AFP)";
    expect(removePhotoCaptions(p)).toBe(
      "The mayor resigned on Monday, aides said. The mayor speaks at a harbour fair in Kalmar on May 2, 2021.",
    );
  });
  it("a photo credit in brackets is removed", () => {
    expect(removePhotoCaptions("The ferry left at dawn. (Photo by Lars Ek / Harbour Daily)")).toBe("The ferry left at dawn.");
  });
  it("a credit opening the first paragraph is removed", () => {
    expect(removePhotoCaptions("- Photo by: harbourpics.com The ferry left at dawn.")).toBe("The ferry left at dawn.");
  });
  it("a bracket that is no credit stays", () => {
    const p = "The ferry (photographed last year) left at dawn.";
    expect(removePhotoCaptions(p)).toBe(p);
  });
});

describe("calls to action after the story", () => {
  it("drops trailing paragraphs and sentences that send the reader elsewhere", () => {
    const out = dropTrailingCallsToAction([
      "The ferry left at dawn.",
      "Fares will rise in May. Sign up for newsletters emailed to your inbox. Select from these options: Weather, Sports",
      "Stay in touch with us anytime.",
    ]);
    expect(out).toEqual(["The ferry left at dawn.", "Fares will rise in May."]);
  });
  it("keeps a story that ends in an ordinary sentence", () => {
    const ps = ["The ferry left at dawn.", "Residents said they would sign up for the new service."];
    expect(dropTrailingCallsToAction(ps)).toEqual(ps);
  });
});
