// Pages as a reader asks for them: a page past the last is never a silent reprint of page 1, and the hint for
// the next page is the one the reader's tool takes (`--page N` on the command line, `next` in the console).
import { describe, expect, it } from "vitest";
import { claims } from "../../commands/claims.js";
import { paginate } from "../../commands/support/format.js";
import { renderText } from "../../commands/text.js";
import { makeContext } from "./fixture.js";

const ctx = makeContext();

describe("paginate", () => {
  it.each([
    [0, 0, undefined],
    [1, 1, undefined],
    [2, 1, 2],
    [98, 1, 98],
  ])("page %i of a two-page list shows page %i (asked-for page kept when missing: %s)", (asked, shown, requested) => {
    const { pagination } = paginate([1, 2, 3, 4, 5, 6, 7], asked, 5);
    expect(pagination.page).toBe(shown);
    expect(pagination.requested).toBe(requested);
  });
});

describe("text pages", () => {
  it("a page past the last says so", () => {
    const r = claims.handle({ query: "wagner", options: {}, page: 98 }, ctx);
    const last = r.pagination!.pageCount;
    expect(renderText(r)).toContain(`There is no page 99: ${last} page${last === 1 ? "" : "s"} in all; page ${last} is shown.`);
  });
  it("the next-page hint is --page N by default and what the console takes when it asks", () => {
    const r = { ...claims.handle({ query: "wagner", options: {}, page: 0 }, ctx) };
    r.pagination = { page: 0, pageCount: 2, pageSize: 5, total: 7 };
    expect(renderText(r)).toContain("next: --page 2");
    const consoleText = renderText(r, { nextPageHint: () => "type next" });
    expect(consoleText).toContain("next: type next");
    expect(consoleText).not.toContain("--page");
  });
});
