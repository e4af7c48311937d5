import { describe, expect, it } from "vitest";
import { sentenceAt, splitSentences } from "../../src/extract/sentences.js";

describe("splitSentences", () => {
  it.each([
    [
      "abbreviated titles and initials stay inside the sentence",
      "Gen. J. Smith said it. The army left.",
      ["Gen. J. Smith said it.", "The army left."],
    ],
    ["country abbreviations", "The U.S. Army left on Friday. It returned.", ["The U.S. Army left on Friday.", "It returned."]],
    [
      "a sentence ending in a closing quote",
      "«We will stay,» he said. «Not now.» She left.",
      ["«We will stay,» he said.", "«Not now.»", "She left."],
    ],
    ["a line break ends a sentence", "First line without stop\nSecond line.", ["First line without stop", "Second line."]],
    ["a lower-case continuation is not a new sentence", "He met Mr. smith. Then left.", ["He met Mr. smith.", "Then left."]],
    ["a country acronym before a noun", "Two U.K. ministers quit. Then left.", ["Two U.K. ministers quit.", "Then left."]],
    ["an abbreviated title before a name", "Sen. Ortiz voted no. Then left.", ["Sen. Ortiz voted no.", "Then left."]],
    ["Saint before a place name", "The plane landed in St. Paul. Then left.", ["The plane landed in St. Paul.", "Then left."]],
    ["an acronym that ends a sentence", "She moved to the U.S. The firm left.", ["She moved to the U.S.", "The firm left."]],
    ["a clock time that ends a sentence", "Doors open at 9 a.m. In the hall, tea.", ["Doors open at 9 a.m.", "In the hall, tea."]],
    ["'No.' before a number", "He lives at No. 10 now. Then left.", ["He lives at No. 10 now.", "Then left."]],
    ["a lower-case 'no.' that ends a sentence", "Sen. Ortiz voted no. The bill died.", ["Sen. Ortiz voted no.", "The bill died."]],
    ["a company suffix that ends a sentence", "He joined Brix Ltd. It grew.", ["He joined Brix Ltd.", "It grew."]],
    ["dotted initials before a surname", "Treasurer K.P. Okonkwo said it. Then left.", ["Treasurer K.P. Okonkwo said it.", "Then left."]],
    ["dotted initials that end a sentence", "He spoke to the J.R. The firm left.", ["He spoke to the J.R.", "The firm left."]],
  ])("%s", (_name, body, expected) => {
    expect(splitSentences(body).map((s) => s.text)).toEqual(expected);
  });

  it("gives offsets into the body and paragraph numbers", () => {
    const body = "One here. Two there.\n\nThree after a break.";
    const sentences = splitSentences(body);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2]);
  });

  it("finds the sentence holding an offset", () => {
    const body = "One here. Two there.\n\nThree after a break.";
    const sentences = splitSentences(body);
    expect(sentenceAt(sentences, 0)).toBe(0);
    expect(sentenceAt(sentences, body.indexOf("Two"))).toBe(1);
    expect(sentenceAt(sentences, body.indexOf("break"))).toBe(2);
  });
});
