// Who speaks when the subject is not a name: a body's organ ("the army's general staff", "the General Staff of
// the army"), a document, a coordinated pair. One phenomenon per row, on crafted sentences.
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/corpus/types.js";
import { splitSentences } from "../../src/extract/sentences.js";
import { extractStatements } from "../../src/extract/statements.js";
import { fakeActors, type FakeActor } from "./fake-actors.js";

const CAST: FakeActor[] = [
  { name: "Lena Okafor", kind: "person", aliases: ["Okafor"] },
  { name: "Daniel Brandt", kind: "person", aliases: ["Brandt"] },
  { name: "Harbour Guard", kind: "armed-group", aliases: ["the guard"] },
  { name: "Port Authority", kind: "government" },
];

function run(body: string, cast: FakeActor[] = CAST) {
  const doc = { id: "t", body } as CleanArticle;
  return extractStatements(doc, splitSentences(body), fakeActors(body, cast)).map((s) => [s.kind, s.text, s.speakerKey]);
}

describe("speakers that are not written as a name", () => {
  it.each([
    ["a body's general staff, possessive", "The Harbour Guard’s general staff said the quay was closed.", "harbour guard"],
    ["the general staff of a body", "The general staff of the Harbour Guard said the quay was closed.", "harbour guard"],
  ])("%s", (_name, body, speaker) => {
    expect(run(body)).toContainEqual(["indirect", "the quay was closed", speaker]);
  });

  it("reaches the name before an apposition of two coordinated titles", () => {
    const out = run(
      "Lena Okafor, the guild’s treasurer and the deputy head of the Port Authority, sought to know whether the quay would reopen. “Who pays for the repairs?” she asked.",
    );
    expect(out).toContainEqual(["indirect", "whether the quay would reopen", "lena okafor"]);
    expect(out).toContainEqual(["direct", "Who pays for the repairs?", "lena okafor"]);
  });

  it.each([
    ["two names", "Lena Okafor and Daniel Brandt said the port would reopen in May.", "the port would reopen in May"],
    ["'both' and two names", "Both Lena Okafor and Daniel Brandt said the port would reopen in May.", "the port would reopen in May"],
  ])("gives a joint statement of %s to the first named", (_name, body, text) => {
    expect(run(body)).toContainEqual(["indirect", text, "lena okafor"]);
  });

  it("leaves a list of three or more unattributed", () => {
    const out = run("The Harbour Guard, Lena Okafor and Daniel Brandt said the port would reopen in May.");
    expect(out).toContainEqual(["indirect", "the port would reopen in May", null]);
  });

  it("finds the antecedent of 'he' in a quote of two sentences before it", () => {
    const out = run("Daniel Brandt left early. “We waited ten years. Is this fair?” he asked. He and Okafor said they would appeal.");
    expect(out).toContainEqual(["indirect", "they would appeal", "daniel brandt"]);
  });

  it("gives 'were told …' to nobody, and ends the request before it", () => {
    const out = run("Lena Okafor asked for more time but was told the decision was final.");
    expect(out).toContainEqual(["indirect", "for more time", "lena okafor"]);
    expect(out).toContainEqual(["indirect", "the decision was final", null]);
  });

  it("keeps a name with 'and' inside as one speaker", () => {
    const cast: FakeActor[] = [...CAST, { name: "Fund for Peace, Trade and Development", kind: "organization", aliases: ["FPTD"] }];
    const out = run("The lobby, the Fund for Peace, Trade and Development (FPTD), said the port would reopen in May.", cast);
    expect(out).toContainEqual(["indirect", "the port would reopen in May", "fund for peace, trade and development"]);
  });

  it("reads ', and X told …' as a second clause with its own speaker, not the last of a list", () => {
    const out = run("Lena Okafor said the cranes had stopped, and Daniel Brandt told reporters the ships had left.");
    expect(out).toContainEqual(["indirect", "the cranes had stopped", "lena okafor"]);
    expect(out).toContainEqual(["indirect", "the ships had left", "daniel brandt"]);
  });

  it("reads the author of an indefinite document ('according to a Harbour Guard tally')", () => {
    const out = run("Forty ships were lost this year, according to a Harbour Guard tally.");
    expect(out).toContainEqual(["indirect", "Forty ships were lost this year", "harbour guard"]);
  });

  it("keeps a title-like word that opens a name ('the official National Port Agency')", () => {
    const cast: FakeActor[] = [...CAST, { name: "National Port Agency", kind: "media" }];
    const out = run("The region’s official National Port Agency reported two ships lost at sea.", cast);
    expect(out).toContainEqual(["indirect", "two ships lost at sea", "national port agency"]);
  });

  it("reads 'according to state and local leaders' as the one actor the whole coordination names", () => {
    const cast: FakeActor[] = [...CAST, { name: "state and local leaders", kind: "person" }];
    const out = run("Two ferries were cancelled, according to state and local leaders.", cast);
    expect(out).toContainEqual(["indirect", "Two ferries were cancelled", "state and local leaders"]);
  });
});
