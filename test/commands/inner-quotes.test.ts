// One claim, one entry: a partial quote inside reported speech is shown with that statement only.
import { describe, expect, it } from "vitest";
import { withoutInnerQuotes } from "../../commands/support/inner-quotes.js";
import type { Statement } from "../../src/model/schema.js";

function st(
  id: string,
  kind: Statement["kind"],
  speaker: string | null,
  sentence: number,
  start: number,
  end: number,
  article = "a",
): Statement {
  return {
    id,
    speaker,
    speakerText: speaker,
    kind,
    text: id,
    cue: "said",
    addressee: null,
    addresseeId: null,
    mentions: [],
    article,
    sentence,
    span: { start, end },
  };
}

const reported = st("reported", "indirect", "union", 2, 100, 200);
const ids = (list: Statement[]) => list.map((s) => s.id);

describe("withoutInnerQuotes", () => {
  it.each([
    ["a fragment inside the reported statement of the same speaker is left out", st("inner", "direct", "union", 2, 150, 170), []],
    ["a quote of the same sentence outside the reported span stays", st("after", "direct", "union", 2, 200, 230), ["after"]],
    ["a fragment given to another speaker stays", st("other", "direct", "mayor", 2, 150, 170), ["other"]],
    ["a quote in another article at the same offsets stays", st("elsewhere", "direct", "union", 2, 150, 170, "b"), ["elsewhere"]],
    ["a reported statement inside another one stays", st("nested", "indirect", "union", 2, 150, 170), ["nested"]],
  ])("%s", (_, s, kept) => {
    expect(ids(withoutInnerQuotes([reported, s]))).toEqual(["reported", ...kept]);
  });

  it("keeps the fragment when the reported statement is not in the list", () => {
    const inner = st("inner", "direct", "union", 2, 150, 170);
    expect(ids(withoutInnerQuotes([inner]))).toEqual(["inner"]);
  });
});
