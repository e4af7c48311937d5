// How far reported speech reaches: constructions of news writing that set the bounds of what was said (a date
// or a fronted adverbial after the verb, a participle phrase inside the subject, a participle clause that goes
// on saying, a partial quote inside the clause). One phenomenon per row, on crafted sentences.
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/corpus/types.js";
import { splitSentences } from "../../src/extract/sentences.js";
import { extractStatements } from "../../src/extract/statements.js";
import { fakeActors, type FakeActor } from "./fake-actors.js";

const CAST: FakeActor[] = [
  { name: "Lena Okafor", kind: "person", aliases: ["Okafor"] },
  { name: "Daniel Brandt", kind: "person", aliases: ["Brandt"] },
  { name: "Harbour Guard", kind: "armed-group" },
  { name: "Port Authority", kind: "government" },
  { name: "Dock Workers Union", kind: "organization", aliases: ["the union"] },
];

function run(body: string, cast: FakeActor[] = CAST) {
  const doc = { id: "t", body } as CleanArticle;
  return extractStatements(doc, splitSentences(body), fakeActors(body, cast)).map((s) => [s.kind, s.text, s.speakerKey]);
}

describe("the reach of reported speech", () => {
  it.each([
    [
      "a date between the verb and a bare clause",
      "Lena Okafor said on Friday the cranes had stopped at noon.",
      "the cranes had stopped at noon",
      "lena okafor",
    ],
    [
      "a series of predicates of one subject",
      "Lena Okafor said the ferry refueled, took on water and left before noon.",
      "the ferry refueled, took on water and left before noon",
      "lena okafor",
    ],
    [
      "'the statement' after a sentence where one speaker issued a statement",
      "The Port Authority said in a statement that the cranes had stopped. The statement added that the ferry docked at noon.",
      "the ferry docked at noon",
      "port authority",
    ],
    [
      "a fronted adverbial opening the clause",
      "Daniel Brandt said since Monday, 40 ships have waited outside the port.",
      "since Monday, 40 ships have waited outside the port",
      "daniel brandt",
    ],
    [
      "a participle phrase set off by commas inside the subject",
      "Lena Okafor said the contract, signed in March, had expired.",
      "the contract, signed in March, had expired",
      "lena okafor",
    ],
  ])("%s", (_name, body, text, speaker) => {
    expect(run(body)).toContainEqual(["indirect", text, speaker]);
  });

  it.each([
    [
      "a participle of saying after an object",
      "Lena Okafor condemned the closure of the docks, accusing the owners of ignoring the crews.",
      "the closure of the docks, accusing the owners of ignoring the crews",
    ],
    [
      "a coordinated verb of saying after an object",
      "Lena Okafor accused the owners of ignoring the crews and also cited the unpaid wages of March.",
      "the owners of ignoring the crews and also cited the unpaid wages of March",
    ],
    [
      "'reported' with an object, then a participle",
      "Lena Okafor reported two injuries on the quay, adding that the cranes were safe.",
      "two injuries on the quay, adding that the cranes were safe",
    ],
  ])("one statement: %s", (_name, body, text) => {
    const out = run(body);
    expect(out).toContainEqual(["indirect", text, "lena okafor"]);
    expect(out.filter((s) => s[0] === "indirect")).toHaveLength(1);
  });

  it.each([
    ["cite", "The union cited the heat and the long shifts as the main complaints.", "the heat and the long shifts as the main complaints"],
    ["outline", "The union outlined its demands for the new contract.", "its demands for the new contract"],
  ])("'%s' takes an object as what was said", (_verb, body, text) => {
    expect(run(body)).toContainEqual(["indirect", text, "dock workers union"]);
  });

  it("does not read a plural noun before a verb ('reports said') as a verb of saying", () => {
    expect(run("Local reports said the gates were shut.").map((s) => s[2] === null && s[1])).toEqual(["the gates were shut"]);
  });

  it.each([
    [
      "a participle clause of saying that ends in a quote",
      "Lena Okafor left the port on Friday, writing there was “no good time to say goodbye to the river.”",
      "there was “no good time to say goodbye to the river.”",
    ],
    [
      "a trailing cue after a clause that ends in a quote",
      "Angry crews blocked the gates and after the talks failed “refused to move the ships,” Okafor said.",
      "Angry crews blocked the gates and after the talks failed “refused to move the ships,”",
    ],
  ])("a partial quote inside reported speech is reported speech too: %s", (_name, body, text) => {
    const out = run(body);
    expect(out).toContainEqual(["indirect", text, "lena okafor"]);
    expect(out.some((s) => s[0] === "direct")).toBe(true);
  });

  it("still gives a quote that opens the sentence only as a direct statement", () => {
    const out = run("“The ships will not move until the crews are paid,” Okafor said.");
    expect(out.map((s) => s[0])).toEqual(["direct"]);
  });

  it.each([
    ["made it clear that", "Lena Okafor made it clear that the port would stay shut.", "the port would stay shut"],
    [
      "sought to know whether",
      "Lena Okafor sought to know whether the owners would pay the crews.",
      "whether the owners would pay the crews",
    ],
  ])("a fixed phrase of saying: %s", (_name, body, text) => {
    expect(run(body)).toContainEqual(["indirect", text, "lena okafor"]);
  });

  it("keeps a coordinated verb with a that-clause of its own as a statement of its own", () => {
    const out = run("Lena Okafor accused the owners of greed, and pointed out that the crews had not been paid.");
    expect(out).toContainEqual(["indirect", "the owners of greed", "lena okafor"]);
    expect(out).toContainEqual(["indirect", "the crews had not been paid", "lena okafor"]);
  });

  it.each([
    [
      "a present-tense verb the word lists do not hold",
      "The guild represents about 300 pilots on the river, Lena Okafor said.",
      "The guild represents about 300 pilots on the river",
    ],
    [
      "an attribution inside the clause, between subject and verb",
      "Moving the cranes before May, she said, depends on the weather.",
      "Moving the cranes before May, she said, depends on the weather",
    ],
    [
      "an attribution then a participle of saying",
      "The port loses two or three ships a year, she said, noting that most sink in winter.",
      "The port loses two or three ships a year, she said, noting that most sink in winter",
    ],
  ])("a trailing attribution: %s", (_name, body, text) => {
    const out = run(`Lena Okafor spoke at the quay. ${body}`);
    expect(out).toContainEqual(["indirect", text, "lena okafor"]);
  });

  it("reads a noun of saying ('the announcement that …') as reported speech by nobody named", () => {
    expect(run("The strike ended after Friday's announcement that the crews would be paid.")).toContainEqual([
      "indirect",
      "the crews would be paid",
      null,
    ]);
  });

  it("leaves a noun of saying inside a verb's reach to the verb, for the quote too", () => {
    const out = run("Lena Okafor spoke after Brandt's announcement that she “had decided to leave the port.”");
    expect(out).toContainEqual(["direct", "had decided to leave the port", "lena okafor"]);
    expect(out.filter((s) => s[2] === "daniel brandt")).toEqual([]);
  });

  it("does not read a passive participle after a comma ('…, labelled as …') as a verb of saying", () => {
    const out = run("Lena Okafor said the deal, labelled as the harbour pact, had lapsed.");
    expect(out.filter((s) => String(s[1]).startsWith("as "))).toEqual([]);
  });
});
