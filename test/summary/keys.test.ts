// Stable keys: a statement, event or actor keeps its key across re-extraction and edits elsewhere in the
// article (not a list position), and differs when its own words change.
import { describe, expect, it } from "vitest";
import { mergeExtractions } from "../../src/summary/merge.js";
import { actorKey, keyText, statementKey } from "../../src/summary/keys.js";
import { extraction } from "./extraction-fixture.js";

const actors = [{ key: "a", name: "Rachid Raha", kind: "person" as const }];

function build(statements: string[], events: string[] = []) {
  return mergeExtractions(
    "/c",
    [
      extraction(
        "story",
        actors,
        statements.map((text, i) => ({ text, speakerKey: "a", sentence: i })),
        events.map((summary, i) => ({ summary, sentence: i })),
      ),
    ],
    [],
  );
}

describe("stable keys", () => {
  it("every statement, event and actor of a merged summary has a key", () => {
    const s = build(["We are here."], ["The council met."]);
    expect(s.actors[0]?.key).toBe("rachid-raha");
    expect(s.statements[0]?.key).toMatch(/^story:s-[0-9a-f]{8}$/);
    expect(s.events[0]?.key).toMatch(/^story:e-[0-9a-f]{8}$/);
  });

  it("a statement keeps its key when another is added before it (its id changes)", () => {
    const before = build(["The silence is deafening."]);
    const after = build(["A new first sentence.", "The silence is deafening."]);
    expect(after.statements[1]?.id).not.toBe(before.statements[0]?.id);
    expect(after.statements[1]?.key).toBe(before.statements[0]?.key);
  });

  it("events keep their keys across a re-merge; changed words give a new key", () => {
    const a = build([], ["The council met.", "The port closed."]);
    const b = build([], ["The port closed."]);
    expect(b.events[0]?.key).toBe(a.events[1]?.key);
    const c = build(["The silence is loud."]);
    expect(c.statements[0]?.key).not.toBe(build(["The silence is deafening."]).statements[0]?.key);
  });

  it("the same words twice in one article get distinct keys", () => {
    const s = build(["Yes.", "Yes."]);
    expect(new Set(s.statements.map((x) => x.key)).size).toBe(2);
    expect(s.statements[1]?.key).toBe(`${s.statements[0]?.key}~2`);
  });

  it.each([
    ["“The silence is deafening,”", "the silence is deafening"],
    ["Él dijo… ¡no!", "el dijo no"],
    ["It's  the  END.", "its the end"],
  ])("keyText(%j) = %j", (input, want) => {
    expect(keyText(input)).toBe(want);
  });

  it("typography does not change a key; the article does", () => {
    expect(statementKey("x", "“Deafening silence.”")).toBe(statementKey("x", '"deafening silence"'));
    expect(statementKey("x", "Deafening silence")).not.toBe(statementKey("y", "Deafening silence"));
    expect(actorKey("The Amazigh World Assembly")).toBe("amazigh-world-assembly");
  });
});
