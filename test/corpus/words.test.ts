// Word-shape helpers: the early-stopping word test agrees with the full count.
import { describe, expect, it } from "vitest";
import { labelKey } from "../../src/corpus/chrome-rules.js";
import { collapseSpaces } from "../../src/corpus/decode.js";
import { endsWithChar, endsWithFullStop, hasWords, isProse, wordCount } from "../../src/corpus/words.js";

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

// The hand-written scans replace regexes; each must give what its regex gives.
const SAMPLES = [
  "",
  " ",
  "a",
  "He said.",
  "He said.”",
  "He said.” ",
  "“Yes?”)",
  "Related:",
  "Related: ",
  "a;",
  "x]",
  ".",
  "”",
  "said…»",
  "ends with ’",
  "two  spaces",
  "tab\there",
  "nbsp\u00a0here",
  "zw\u200bhere",
  "soft\u00adhyphen",
  " lead",
  "trail ",
  "- Menu -",
  "» Share",
  "Share »",
  "| Tags |",
  "#tag",
  "*note*",
  "İstanbul",
  "\ud801\udc00 x",
  "ok",
];

describe("end-of-line scans agree with the regexes they replace", () => {
  it.each(SAMPLES)("%j", (s) => {
    expect(endsWithFullStop(s)).toBe(/[.!?…]["'”’»)\]]*$/.test(s));
    expect(endsWithChar(s, ":;")).toBe(/[:;]$/.test(s));
    expect(collapseSpaces(s)).toBe(
      s
        .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "")
        .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, " ")
        .trim(),
    );
    const key = s.toLowerCase();
    expect(labelKey(s)).toBe(/^[\s|•·>»›#*-]|[\s:.!|•·>»›*-]$/.test(key) ? key.replace(/^[\s|•·>»›#*-]+|[\s:.!|•·>»›*-]+$/g, "") : key);
  });
});
