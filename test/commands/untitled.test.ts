// An article without a headline is shown by a label from its lead, marked as derived, with its file id kept
// in every citation (text and Discord); an article with a headline shows the headline alone.
import { describe, expect, it } from "vitest";
import { sources } from "../../commands/sources.js";
import { formatCitation as textCitation } from "../../commands/text.js";
import { citation } from "../../commands/support/format.js";
import { formatCitation as discordCitation } from "../../src/discord/render.js";
import { makeContext, makeSummary } from "./fixture.js";

function context() {
  const s = makeSummary();
  const untitled = s.articles.find((a) => a.title === null)!;
  untitled.derivedTitle = "The dockworkers union is again calling attention…";
  return { ctx: makeContext(s), untitled, titled: s.articles.find((a) => a.title !== null)! };
}

describe("an untitled article", () => {
  it("is listed by /sources under its lead's words, marked, never under its bare file id", () => {
    const { ctx, untitled } = context();
    const r = sources.handle({ query: "", options: {}, page: 0 }, ctx);
    const item = r.items!.find((i) => i.citation?.article === untitled.id)!;
    expect(item.heading).toBe("The dockworkers union is again calling attention… (no headline)");
    expect(
      (r.json as { articles: { id: string; derivedTitle: string | null }[] }).articles.find((a) => a.id === untitled.id)?.derivedTitle,
    ).toBe(untitled.derivedTitle);
  });
  it("is cited by its label, marked as derived, with its id and sentence", () => {
    const { ctx, untitled } = context();
    const c = citation(ctx, untitled.id, 3);
    expect(c).toMatchObject({ title: untitled.derivedTitle, titleDerived: true, article: untitled.id });
    expect(textCitation(c)).toBe(`The dockworkers union is again calling attention… (no headline) — ${untitled.id}, sentence 4`);
    expect(discordCitation(c)).toContain("(no headline)");
    expect(discordCitation(c)).toContain(`of \`${untitled.id}\``);
  });
  it("a titled article is cited by its headline, not marked", () => {
    const { ctx, titled } = context();
    const c = citation(ctx, titled.id, 0);
    expect(c.titleDerived).toBeUndefined();
    expect(textCitation(c)).not.toContain("no headline");
  });
});
