// The word-by-word cue prefilter must answer exactly like the reference regex ANY_CUE_WORD.
import { describe, expect, it } from "vitest";
import { ANY_CUE_WORD, hasCueWord } from "../../src/extract/statements/cues.js";

const CASES = [
  "Officials said on Monday.",
  "The SAID report",
  "unsaid words and resaid ones",
  "said-so and so’said",
  "According to the army",
  "He will point out that",
  "He will point outward",
  "He will POINT OUT the risk",
  "point  out",
  "pointed to the map",
  "éSaid",
  "saidé",
  "ſaid with a long s",
  "ſays",
  "nothing to see here",
  "“\u0001\u0001” she",
  "",
  "𝐀said 😀said",
  "told",
  "Told-",
];

describe("hasCueWord", () => {
  it.each(CASES)("answers %j like ANY_CUE_WORD", (text) => {
    expect(hasCueWord(text)).toBe(ANY_CUE_WORD.test(text));
  });
  it("finds cues and misses non-cues", () => {
    expect(hasCueWord("Officials said on Monday.")).toBe(true);
    expect(hasCueWord("unsaid words")).toBe(false);
  });
});
