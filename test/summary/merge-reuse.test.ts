// Re-merging after a live change reuses the records of untouched articles, and only when their actor ids
// are unchanged: the summary must equal a merge from scratch.
import { describe, expect, it } from "vitest";
import type { ArticleExtraction } from "../../src/extract/types.js";
import { extraction } from "./extraction-fixture.js";
import { mergeExtractions } from "../../src/summary/merge.js";

/** A deep copy: the same content as new objects, so that nothing can be reused. */
const fresh = (xs: ArticleExtraction[]) => xs.map((x) => structuredClone(x));

describe("incremental re-merge", () => {
  const a = extraction(
    "a",
    [{ name: "Amadou Diallo", kind: "person" }],
    [{ speakerKey: "amadou diallo", text: "first" }],
    [{ actorKeys: ["amadou diallo"] }],
  );
  const b = extraction("b", [{ name: "Fatou Sow", kind: "person" }], [{ speakerKey: "fatou sow", text: "second" }]);

  it("reuses the records of an unchanged article and equals a merge from scratch", () => {
    const first = mergeExtractions("c", [a, b], []);
    const b2 = extraction("b", [{ name: "Fatou Sow", kind: "person" }], [{ speakerKey: "fatou sow", text: "changed" }]);
    const second = mergeExtractions("c", [a, b2], []);
    expect(second.statements[0]).toBe(first.statements[0]);
    expect(second.events[0]).toBe(first.events[0]);
    expect(second.statements[1]).not.toBe(first.statements[1]);
    expect(second).toEqual(mergeExtractions("c", fresh([a, b2]), []));
  });

  it("rebuilds an unchanged article whose actors got other ids", () => {
    const first = mergeExtractions("c", [a, b], []);
    // a new first article takes the id "amadou-diallo" for an organisation: the person in "a" becomes another id
    const z = extraction("0", [{ name: "Amadou Diallo", kind: "organization" }]);
    const second = mergeExtractions("c", [z, a, b], []);
    expect(second.statements[0]).not.toBe(first.statements[0]);
    expect(second.statements[0]!.speaker).not.toBe(first.statements[0]!.speaker);
    expect(second.statements[1]).toBe(first.statements[1]);
    expect(second).toEqual(mergeExtractions("c", fresh([z, a, b]), []));
  });
});
