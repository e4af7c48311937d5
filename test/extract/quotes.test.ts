import { describe, expect, it } from "vitest";
import { findQuotes, quoteText } from "../../src/extract/statements/quotes.js";

const top = (body: string) =>
  findQuotes(body)
    .filter((q) => q.depth === 0)
    .map((q) => quoteText(body, q));

describe("findQuotes", () => {
  it.each([
    ["guillemets", "The mayor said: «We will rebuild the bridge».", ["We will rebuild the bridge"]],
    ["curly doubles", "“Rain is coming,” she said.", ["Rain is coming"]],
    ["straight doubles, paired", 'She said "the talks failed" and then "nothing more".', ["the talks failed", "nothing more"]],
    ["curly singles", "He called it ‘a disgrace to the nation’.", ["a disgrace to the nation"]],
    ["straight singles, not apostrophes", "The clerk's note said 'no entry after dark' today.", ["no entry after dark"]],
    ["apostrophes are not quotes", "The union’s leader said the workers’ pay was cut.", []],
    ["a decade is not a quote", "In the ‘90s the town grew fast.", []],
    [
      "curly opening closed by a straight mark",
      '“The dam will hold," the engineer said. "It was built to last.”',
      ["The dam will hold", "It was built to last"],
    ],
    ["straight opening closed by a curly mark", 'She said "the vote is lost” and left.', ["the vote is lost"]],
    ["low-high German marks", "Er sagte „wir bleiben hier“ gestern.", ["wir bleiben hier"]],
  ])("%s", (_name, body, expected) => {
    expect(top(body)).toEqual(expected);
  });

  it("keeps a nested quote inside the outer one", () => {
    const body = "“The so-called 'peace plan' is dead,” he said.";
    const qs = findQuotes(body);
    expect(qs.filter((q) => q.depth === 0).map((q) => quoteText(body, q))).toEqual(["The so-called 'peace plan' is dead"]);
    expect(qs.filter((q) => q.depth === 1).map((q) => quoteText(body, q))).toEqual(["peace plan"]);
  });

  it("joins a quote running over paragraphs (opening mark repeated, no closing mark in between)", () => {
    const body = "«First we lost the harvest.\n\n«Then we lost the house», Okafor said.";
    const qs = findQuotes(body).filter((q) => q.depth === 0);
    expect(qs).toHaveLength(1);
    expect(quoteText(body, qs[0]!)).toBe("First we lost the harvest. Then we lost the house");
    expect(qs[0]!.pieces).toHaveLength(2);
  });

  it("drops a stray straight mark but keeps a long quote whose closing mark was lost", () => {
    expect(top('The 6" pipe burst.')).toEqual([]);
    expect(top("He said «the valley will flood again this year\n\nOther news.")).toEqual(["the valley will flood again this year"]);
  });
});
