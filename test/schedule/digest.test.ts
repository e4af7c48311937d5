// The "what is new" digest: only new articles' facts, statements grouped by speaker with a dispute side by
// side, dated events only, the topic filter, the one short line when nothing is new, and the Discord pages
// (within the limits, citations whole).
import { describe, expect, it } from "vitest";
import { buildDigest, digestReply } from "../../commands/support/digest.js";
import { renderText } from "../../commands/text.js";
import { renderDigestPages } from "../../src/discord/digest-pages.js";
import { LIMITS } from "../../src/discord/limits.js";
import { validateMessage } from "../support/discord-fake.js";
import { deskContext } from "./desk-fixture.js";

const since = "since the last briefing";
/** The message as discord.js sends it (snake case), for the fake's validator. */
const api = ({ allowedMentions, ...rest }: { allowedMentions: unknown }) => ({ ...rest, allowed_mentions: allowedMentions });

describe("buildDigest", () => {
  it("lists only the articles not yet briefed, and only their statements and dated events", () => {
    const ctx = deskContext(2);
    const seen = new Set(["fares"]);
    const d = buildDigest(ctx, { isNew: (a) => !seen.has(a.id), sinceLabel: since });
    expect(d.empty).toBe(false);
    expect(d.articleIds.sort()).toEqual(["pilot", "strike"]);
    const json = d.json as { statements: { article: string }[]; events: { id: string }[] };
    expect(json.statements.every((s) => s.article !== "fares")).toBe(true);
    // the undated "talks were proposed" is left out: dated events only
    expect(json.events.map((e) => e.id)).toEqual(["strike:e1"]);
    expect(d.sections.map((s) => s.key)).toEqual(["articles", "statements", "events"]);
  });

  it("groups statements by speaker, the unclear speaker last, and puts a denial beside the claim it disputes", () => {
    const ctx = deskContext(2);
    const d = buildDigest(ctx, { isNew: (a) => a.id !== "fares", sinceLabel: since });
    const said = d.sections.find((s) => s.key === "statements")!.items;
    const headings = said.map((i) => i.heading.split(" — ")[0]);
    expect(headings[headings.length - 1]).toBe("speaker unclear");
    const denial = said.findIndex((i) => i.text === "it never cut wages");
    const claim = said.findIndex((i) => i.text.includes("cut our wages"));
    expect(Math.abs(denial - claim)).toBe(1);
    expect(said[denial]?.disputed).toBe(true);
    expect(said[claim]?.disputed).toBe(true);
    for (const item of said) expect(item.citation?.article).toMatch(/^(strike|pilot)$/);
  });

  it.each([
    ["an actor", "Ines Marlowe", ["strike"], ["Both sides should meet on Monday"]],
    ["words of a title", "harbour pilot", ["pilot"], ["Forty winters on the water is enough"]],
  ])("with a topic (%s) keeps only what matches it", (_kind, topic, articles, words) => {
    const ctx = deskContext(2);
    const d = buildDigest(ctx, { isNew: (a) => a.id !== "fares", topic, sinceLabel: since });
    expect(d.articleIds).toEqual(articles);
    const said = d.sections.find((s) => s.key === "statements")?.items ?? [];
    expect(said.map((i) => i.text.replace(/[“”]/g, ""))).toEqual(words);
  });

  it("says so in one short line when nothing is new", () => {
    const ctx = deskContext(2);
    const d = buildDigest(ctx, { isNew: () => false, sinceLabel: since });
    expect(d.empty).toBe(true);
    expect(d.title).toBe("Nothing new since the last briefing.");
    const pages = renderDigestPages(d);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.content).toBe("Nothing new since the last briefing.");
    expect(pages[0]?.embeds).toEqual([]);
  });

  it("reads as plain text with every item cited", () => {
    const ctx = deskContext(3);
    const text = renderText(digestReply(buildDigest(ctx, { isNew: (a) => a.id === "council", sinceLabel: since })));
    expect(text).toContain("What is new since the last briefing");
    expect(text).toContain("New article · Council backs ferry talks");
    expect(text).toContain("Said · Ines Marlowe — announced");
    expect(text).toContain("Event · 3 December 2026");
    expect(text.match(/source: /g)?.length).toBe(3);
  });
});

describe("renderDigestPages", () => {
  it("pages a long digest over messages within Discord's limits, each item with its whole citation", () => {
    const ctx = deskContext(3);
    const d = buildDigest(ctx, { isNew: () => true, sinceLabel: since });
    // blow the digest up: 120 long statements
    const said = d.sections.find((s) => s.key === "statements")!;
    const base = said.items[0]!;
    said.items = Array.from({ length: 120 }, (_, i) => ({ ...base, text: `${i} ${"word ".repeat(400)}` }));
    const pages = renderDigestPages(d, { maxMessages: 50 });
    expect(pages.length).toBeGreaterThan(3);
    let items = 0;
    for (const p of pages) {
      expect(validateMessage(api(p), { create: true })).toEqual([]);
      const e = p.embeds[0]!;
      expect(e.fields!.length).toBeLessThanOrEqual(LIMITS.embedFields);
      for (const f of e.fields!) {
        expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
        if (f.value === "\u200b") continue;
        items++;
        expect(f.value).toMatch(/\n— \[\*[^*]+\*\]\(https:\/\/example\.org\/[a-z]+\), Avel Gazette, <t:\d+:D> · sentence \d+ of `[a-z]+`$/);
      }
    }
    expect(items).toBe(d.sections.reduce((n, s) => n + s.items.length, 0));
    expect(pages[1]?.embeds[0]?.footer?.text).toBe(`Page 2 of ${pages.length}`);
  });

  it("stops at the message cap and says how many items were left out", () => {
    const ctx = deskContext(3);
    const d = buildDigest(ctx, { isNew: () => true, sinceLabel: since });
    const said = d.sections.find((s) => s.key === "statements")!;
    said.items = Array.from({ length: 200 }, (_, i) => ({ ...said.items[0]!, text: `${i} ${"word ".repeat(100)}` }));
    const pages = renderDigestPages(d, { maxMessages: 2 });
    expect(pages).toHaveLength(2);
    const last = pages[1]!.embeds[0]!.fields!.at(-1)!;
    expect(last.value).toMatch(/^…and \d+ more not posted here/);
    for (const p of pages) expect(validateMessage(api(p), { create: true })).toEqual([]);
  });
});
