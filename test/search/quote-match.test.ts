// The quote matcher, table-driven over crafted statements: exact matches through typography, case and
// ellipses; close matches with their word-by-word differences; nothing for words nobody said.
import { describe, expect, it } from "vitest";
import type { Statement } from "../../src/model/schema.js";
import { matchQuote, parseQuery } from "../../src/search/quote-match.js";

const st = (n: number, text: string): Statement => ({
  id: `a:s${n}`,
  speaker: null,
  speakerText: null,
  kind: "direct",
  text,
  cue: "said",
  addressee: null,
  addresseeId: null,
  mentions: [],
  article: "a",
  sentence: n,
  span: { start: 0, end: text.length },
});

const corpus = [
  st(1, "This deafening silence makes our neighbours accomplices of the crime"),
  st(2, "The ferry will not run again before the spring floods have passed"),
  st(3, "We’ll rebuild the bridge, whatever it costs"),
  st(4, "Prices at the harbour rose by a third in one year"),
];

describe("matchQuote: exact", () => {
  it.each([
    ["the whole statement", "This deafening silence makes our neighbours accomplices of the crime", 1],
    ["a fragment", "deafening silence", 1],
    ["curly quotes and case", "“DEAFENING Silence,”", 1],
    ["straight vs curly apostrophe", `"We'll rebuild the bridge"`, 3],
    ["an ellipsis for left-out words", "“The ferry will not run again … have passed”", 2],
    ["three dots as the ellipsis", "prices at the harbour... in one year", 4],
    ["accents aside", "deafening silénce", 1],
  ])("%s", (_n, q, want) => {
    const [m] = matchQuote(q, corpus);
    expect(m?.exact).toBe(true);
    expect(m?.similarity).toBe(1);
    expect(m?.statement.sentence).toBe(want);
    expect(m?.differences.every((d) => d.op === "same")).toBe(true);
  });
});

describe("matchQuote: close, with differences", () => {
  it("two words changed", () => {
    const [m] = matchQuote("This deafening quiet makes our friends accomplices of the crime", corpus);
    expect(m?.exact).toBe(false);
    expect(m?.statement.sentence).toBe(1);
    expect(m?.differences).toEqual([
      { op: "same", text: "This deafening" },
      { op: "changed", text: "quiet", was: "silence" },
      { op: "same", text: "makes our" },
      { op: "changed", text: "friends", was: "neighbours" },
      { op: "same", text: "accomplices of the crime" },
    ]);
    expect(m?.similarity).toBeGreaterThan(0.7);
    expect(m?.similarity).toBeLessThan(1);
  });

  it.each([
    ["a word added", "The ferry will never not run again", { op: "added", text: "never" }],
    ["a word missing", "The ferry will run again before", { op: "missing", text: "not" }],
  ])("%s", (_n, q, diff) => {
    const [m] = matchQuote(q, corpus);
    expect(m?.exact).toBe(false);
    expect(m?.differences).toContainEqual(diff);
  });

  it("an ellipsis only skips where it stands: words left out elsewhere are missing", () => {
    const [m] = matchQuote("The ferry will run again … passed", corpus);
    expect(m?.exact).toBe(false);
    expect(m?.differences).toContainEqual({ op: "missing", text: "not" });
  });
});

describe("matchQuote: nothing close", () => {
  it.each([
    ["words nobody said", "the moon is made of cheese"],
    ["one shared word", "silence please everyone now"],
    ["empty", " … "],
  ])("%s", (_n, q) => {
    expect(matchQuote(q, corpus)).toEqual([]);
  });
});

it("parseQuery marks where an ellipsis stands", () => {
  const p = parseQuery("a b … c");
  expect(p.words.map((w) => w.key)).toEqual(["a", "b", "c"]);
  expect([...p.gapBefore]).toEqual([2]);
});
