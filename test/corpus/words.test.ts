// Word-shape helpers: the early-stopping word test agrees with the full count.
import { describe, expect, it } from "vitest";
import { hasWords, isProse, wordCount } from "../../src/corpus/words.js";

describe("hasWords agrees with wordCount", () => {
  const lines = ["", " ", "one", "one two", "  one   two  ", "a b c d", "Related:", "He said:", "x ".repeat(30)];
  for (const line of lines)
    for (const n of [0, 1, 2, 4, 25, 26])
      it(`${JSON.stringify(line)} has ${n} words: ${wordCount(line) >= n}`, () => expect(hasWords(line, n)).toBe(wordCount(line) >= n));
});

describe("isProse", () => {
  it.each([
    ["Related:", false],
    ["He said:", true],
    ["The army said on Friday.", true],
    ["Must Read", false],
    [`${"word ".repeat(25).trim()}`, true],
    [`${"word ".repeat(24).trim()}`, false],
    ["“We will not leave,” he said”", true],
    ["“Short quote”", false],
  ])("%j -> %s", (line, prose) => expect(isProse(line)).toBe(prose));
});
