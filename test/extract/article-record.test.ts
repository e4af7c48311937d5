// The summary's article record: an article without a headline gets a label from its lead, marked as derived.
import { describe, expect, it } from "vitest";
import { DERIVED_TITLE_CHARS, titleFromLead } from "../../src/extract/article-record.js";

describe("titleFromLead", () => {
  it.each([
    ["a short first sentence, whole", "The port reopened on Monday. Ships queued for days.", "The port reopened on Monday"],
    ["the first paragraph only", "\nFlood waters rose\n\nA second paragraph.", "Flood waters rose"],
    [
      "a long sentence cut at a word, with an ellipsis",
      "The regional farmers association is again calling attention to the drought that has ruined two harvests.",
      "The regional farmers association is again calling attention…",
    ],
    ["an empty body", "  \n ", null],
  ])("%s", (_name, body, label) => {
    const got = titleFromLead(body);
    expect(got).toBe(label);
    if (got) expect(got.length).toBeLessThanOrEqual(DERIVED_TITLE_CHARS + 1);
  });
});
