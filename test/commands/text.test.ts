import { describe, expect, it } from "vitest";
import { formatCitation, renderText } from "../../commands/text.js";

describe("text renderer", () => {
  it("renders title, fields, numbered items with citations, pages and suggestions", () => {
    const out = renderText({
      status: "ok",
      command: "claims",
      title: "Claims about X",
      description: "Two statements.",
      fields: [{ name: "Kind", value: "person" }],
      items: [
        {
          heading: "A — said",
          text: "“words”",
          citation: { article: "a1", sentence: 0, title: "T", source: "S", url: null, date: "2024-01-02" },
          note: "direct quote",
          disputed: true,
        },
      ],
      pagination: { page: 1, pageCount: 3, pageSize: 5, total: 12 },
      suggestions: ["Y", "Z"],
      json: {},
    });
    expect(out).toContain("Claims about X\n==============");
    expect(out).toContain("Kind:\n  person");
    expect(out).toContain("6. [DISPUTED] A — said"); // numbered across pages
    expect(out).toContain("source: T, S, 2024-01-02 — a1, sentence 1");
    expect(out).toContain("Page 2 of 3 (12 in all) — next: --page 3");
    expect(out).toContain("Did you mean: Y, Z?");
  });
  it("a citation without metadata still names the article and sentence", () => {
    expect(formatCitation({ article: "x", sentence: 4, title: null, source: null, url: "https://e.org", date: null })).toBe(
      "x, sentence 5 <https://e.org>",
    );
  });
});
