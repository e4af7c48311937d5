// Constructions of real news writing, each on a crafted sentence: how quotes are cued, continued and
// attributed when the page is not written around the rules.
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/corpus/types.js";
import { splitSentences } from "../../src/extract/sentences.js";
import { extractStatements } from "../../src/extract/statements.js";
import type { LocalStatement } from "../../src/extract/types.js";
import { fakeActors, type FakeActor } from "./fake-actors.js";

const CAST: FakeActor[] = [
  { name: "Lena Okafor", kind: "person", aliases: ["Okafor"] },
  { name: "Daniel Brandt", kind: "person", aliases: ["Brandt"] },
  { name: "Harbour Guard", kind: "armed-group" },
  { name: "Coastal Freight Lines", kind: "organization" },
  { name: "Tarrow Valley", kind: "person" },
  { name: "Union of Northern Ports", kind: "organization" },
];

function run(body: string, cast: FakeActor[] = CAST): LocalStatement[] {
  const doc = { id: "t", body } as CleanArticle;
  return extractStatements(doc, splitSentences(body), fakeActors(body, cast));
}
const said = (body: string, cast?: FakeActor[]) => run(body, cast).map((s) => [s.kind, s.text, s.speakerKey]);

describe("statements on news constructions", () => {
  it("reads a reply verb after a quote as its cue", () => {
    expect(said("Lena Okafor spoke late. “We are not done yet,” Okafor responded when asked about the talks.")).toContainEqual([
      "direct",
      "We are not done yet",
      "lena okafor",
    ]);
  });

  it("does not read a capitalised word inside a name as a verb of saying", () => {
    const out = run("The Union of Northern Ports and the Allied States “without delay” left.");
    expect(out.every((s) => s.cue !== "States")).toBe(true);
  });

  it("never takes a name inside the quote as the antecedent of the pronoun that cues it", () => {
    const out = said("Brandt and Okafor met. These are figures nobody checks. “Tarrow Valley has waited for years,” he asked.");
    expect(out).toContainEqual(["direct", "Tarrow Valley has waited for years", null]);
  });

  it("keeps 'it added' with the last speaker even when that speaker names no known actor", () => {
    const out = said(
      "The Harbour Guard sealed the docks. “The port is closed until further notice,” the ministry said. “The crews are safe,” it added.",
    );
    expect(out).toContainEqual(["direct", "The crews are safe", null]);
  });

  it.each([
    ["issued a statement saying", "The Harbour Guard issued a statement saying the docks would reopen on Monday."],
    ["sent a statement that said", "On Friday the Harbour Guard sent a short statement that said the docks would reopen on Monday."],
  ])("gives a document's words to the one who put it out (%s)", (_name, body) => {
    expect(said(body)).toContainEqual(["indirect", "the docks would reopen on Monday", "harbour guard"]);
  });

  it("gives a colon-led quote after 'X released a statement that said, in part:' to X", () => {
    const out = said("Coastal Freight Lines released a statement that said, in part:\n\n“Our ships will sail again within days.”");
    expect(out).toContainEqual(["direct", "Our ships will sail again within days", "coastal freight lines"]);
  });

  it("reads 'the freight line' as the one actor named before whose name holds that noun", () => {
    const out = said("Coastal Freight Lines cancelled ten sailings. “We regret the delays,” the line said.");
    expect(out).toContainEqual(["direct", "We regret the delays", "coastal freight lines"]);
  });

  it("leaves 'the union' unresolved when two actors named before could be it", () => {
    const cast: FakeActor[] = [...CAST, { name: "Dock Workers Union", kind: "organization" }];
    const out = said("The Union of Northern Ports and the Dock Workers Union met. “We walk out at noon,” the union said.", cast);
    expect(out).toContainEqual(["direct", "We walk out at noon", null]);
  });

  it("does not take a person named after 'of' as the antecedent of 'he'", () => {
    const out = said("At the hearing, a deputy of Daniel Brandt spoke for an hour. “Who pays for this?” he asked.");
    expect(out).toContainEqual(["direct", "Who pays for this?", null]);
  });

  it("resolves 'he asked' after a quote of two sentences from before the quote, not from inside it", () => {
    const out = said("Brandt spoke after the vote. “We gave forty years to Okafor and her family. Is this the thanks?” he asked.");
    expect(out).toContainEqual(["direct", "We gave forty years to Okafor and her family. Is this the thanks?", "daniel brandt"]);
  });

  it("names no single speaker for a coordinated subject", () => {
    const out = said(
      "The councils of Tarrow, Harbour Guard, and Coastal Freight Lines have announced their joint withdrawal from the pact.",
    );
    expect(out).toContainEqual(["indirect", "their joint withdrawal from the pact", null]);
  });

  it("takes the agent of a passive before a participle cue ('preceded by X vowing')", () => {
    const cast: FakeActor[] = [...CAST, { name: "Ana Ruiz", kind: "person" }];
    const out = said("The vote was preceded by Harbour Minister Ana Ruiz vowing to reopen the docks.", cast);
    expect(out).toContainEqual(["indirect", "to reopen the docks", "ana ruiz"]);
  });

  it("reads 'Owner's Name common-noun' as the named organisation, but never as a person or a country", () => {
    const cast: FakeActor[] = [
      ...CAST,
      { name: "Wexford", kind: "country", aliases: ["Wexfordian"] },
      { name: "Ana Ruiz", kind: "person", aliases: ["Ruiz"] },
    ];
    expect(said("Tarrow's Harbour Guard militia said it had lost ten men.", cast)).toContainEqual([
      "indirect",
      "it had lost ten men",
      "harbour guard",
    ]);
    expect(said("The Wexfordian rebel group said it had lost ten men.", cast)).toContainEqual(["indirect", "it had lost ten men", null]);
    expect(said("The Ruiz campaign said it had raised ten million.", cast)).toContainEqual(["indirect", "it had raised ten million", null]);
  });

  it("does not read 'the X rebel group' as an actor whose name has another head noun", () => {
    const body = "The Wexfordian rebel group has claimed responsibility for the blast.";
    const actors = fakeActors(body, [{ name: "Wexfordian army", kind: "government" }]);
    // A lookup as loose as real ones: any phrase with "Wexfordian" in it gives the army.
    const loose = { ...actors, resolve: (p: string) => (/Wexfordian/.test(p) ? actors.actors[0] : undefined) };
    const out = extractStatements({ id: "t", body } as CleanArticle, splitSentences(body), loose);
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((s) => s.speakerKey === null)).toBe(true);
  });

  it("takes an organisation's name with 'for the … of' before an appositive as the speaker", () => {
    const cast: FakeActor[] = [{ name: "Front for the Defence of Tarrow", kind: "armed-group", aliases: ["FDT"] }];
    const out = said("The Front for the Defence of Tarrow (FDT), a mostly rural movement, said its fighters held the pass.", cast);
    expect(out).toContainEqual(["indirect", "its fighters held the pass", "front for the defence of tarrow"]);
  });

  it("skips the agent in 'was quoted by the agency as saying'", () => {
    const out = said("Guard commander, Lena Okafor was quoted by the Radio Nord news agency as saying the pass was held.");
    expect(out).toContainEqual(["indirect", "the pass was held", "lena okafor"]);
  });

  it("finds the name before 'title, in the statement said:' and a quote that runs into the next paragraph unreopened", () => {
    const body =
      "Lena Okafor, Harbour Guard spokeswoman, in the statement said: “After ten years the docks are ours again.\n\nNobody will take them from us.”";
    expect(said(body)).toContainEqual(["direct", "After ten years the docks are ours again. Nobody will take them from us", "lena okafor"]);
  });

  it("skips a participle clause set off by commas between the subject and its verb", () => {
    const out = run(
      "Lena Okafor, speaking on condition of anonymity because she was not allowed to talk to reporters, said the pass was held.",
    );
    expect(out.find((s) => s.kind === "indirect")?.speakerText).toBe("Lena Okafor");
  });

  it("drops a sentence adverb from the subject phrase", () => {
    const out = run("Meanwhile a harbour official said the docks were closed.");
    expect(out.find((s) => s.kind === "indirect")?.speakerText).toBe("a harbour official");
  });

  it("keeps a wire dateline out of the reported content", () => {
    const out = run("TARROW - Ten boats were lost on Sunday in the storm, harbour officials said.");
    expect(out.find((s) => s.kind === "indirect")?.text).toBe("Ten boats were lost on Sunday in the storm");
  });

  it("keeps a title abbreviation's dot inside the reported clause", () => {
    const out = said("Interviewed on Monday, Okafor said that Mr. Brandt rose through the ranks of the union.");
    expect(out).toContainEqual(["indirect", "Mr. Brandt rose through the ranks of the union", "lena okafor"]);
  });

  it("starts the content at a subject pronoun after the addressee ('told AFP he had …')", () => {
    const out = said("Lena Okafor told Radio Nord she had counted ten boats in the harbour.", [
      ...CAST,
      { name: "Radio Nord", kind: "media" },
    ]);
    expect(out).toContainEqual(["indirect", "she had counted ten boats in the harbour", "lena okafor"]);
  });

  it("reads the that-clause of a verb that also ends a quote ('Dubbing him “…,” X told reporters that …')", () => {
    const out = said("Dubbing Brandt “a shipping clerk,” Lena Okafor told reporters on Tuesday that his plan would fail.");
    expect(out).toContainEqual(["indirect", "his plan would fail", "lena okafor"]);
  });

  it("reads reported speech with a trailing cue after a wire dateline, a scare quote and a number object", () => {
    const body =
      "TARROW, Wexford (AP) — Gunmen holding the mayor killed eight Harbour Guard members, who had been given an “ultimatum” by the army, a source close to the mayor said Sunday.";
    const out = run(body);
    expect(out.find((s) => s.kind === "indirect")?.text).toBe(
      "Gunmen holding the mayor killed eight Harbour Guard members, who had been given an “ultimatum” by the army",
    );
  });

  it("gives a quote after 'The last message from X was:' to X", () => {
    const out = said("The last message from the Harbour Guard on Friday was: “We hold the pier. Send water.”");
    expect(out).toContainEqual(["direct", "We hold the pier. Send water", "harbour guard"]);
  });
});
