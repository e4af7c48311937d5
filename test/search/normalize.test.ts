import { describe, expect, it } from "vitest";
import { normalize } from "../../src/search/normalize.js";

/** The general (slow) path, which every fast path must agree with. */
const reference = (t: string) =>
  t
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

describe("normalize fast paths agree with the NFKD path", () => {
  const cases = [
    "Plain ASCII, with punctuation!",
    "“We will publish everything,” Zebulon Quartermaine told reporters.",
    "The ‘deal’ — signed… «today» · in Bamako",
    "Touâreg leaders’ statement – ‼ x⁄y",
    "Ünïcödé with “quotes”",
    "",
    "   ",
  ];
  it.each(cases)("%s", (t) => expect(normalize(t)).toBe(reference(t)));
  it("every general punctuation character", () => {
    for (let c = 0x2000; c <= 0x206f; c++) {
      const t = `a${String.fromCharCode(c)}B`;
      expect(normalize(t)).toBe(reference(t));
    }
  });
});
