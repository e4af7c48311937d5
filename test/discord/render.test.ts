import { describe, expect, it } from "vitest";
import type { Reply } from "../../commands/reply.js";
import { decodeState, encodeState } from "../../src/discord/custom-id.js";
import { cut, discordDate, esc, formatCitation, renderChoices, renderReply, renderText } from "../../src/discord/render.js";
import { validateMessage } from "../support/discord-fake.js";

const base = (over: Partial<Reply> = {}): Reply => ({ status: "ok", command: "claims", title: "Claims", json: null, ...over });

describe("cut", () => {
  it.each([
    ["short", 10, "short"],
    ["exactly ten", 11, "exactly ten"],
    ["one two three four", 10, "one two…"],
    ["abcdefghijklmnop", 5, "abcd…"],
    ["emoji 😀😀😀😀", 8, "emoji…"],
  ])("cut(%j, %i) = %j", (text, max, want) => {
    const got = cut(text, max);
    expect(got).toBe(want);
    expect(got.length).toBeLessThanOrEqual(max);
  });

  it("never leaves a lone backslash before the ellipsis", () => {
    const got = cut(esc("a*b*c*d*e*f"), 6);
    expect(got.endsWith("\\…")).toBe(false);
    expect(got.length).toBeLessThanOrEqual(6);
  });
});

describe("esc", () => {
  it.each([
    ["**bold**", "\\*\\*bold\\*\\*"],
    ["<@123456789012345678>", "\\<\\@123456789012345678>"],
    ["<t:1700000000:D> (see above)", "\\<t:1700000000:D> (see above)"],
    ["@everyone", "\\@everyone"],
    ["[click](https://evil)", "\\[click\\](https://evil)"],
    ["a # b > c", "a # b > c"],
    ["# heading", "\\# heading"],
    ["> quote", "\\> quote"],
    ["- item", "\\- item"],
    ["1. item", "1\\. item"],
    ["al-Mawloud", "al-Mawloud"],
    ["snake_case `code`", "snake\\_case \\`code\\`"],
  ])("esc(%j)", (text, want) => expect(esc(text)).toBe(want));
});

describe("discordDate", () => {
  it("gives a date timestamp at noon UTC", () => {
    expect(discordDate("2023-12-08")).toBe(`<t:${Date.UTC(2023, 11, 8, 12) / 1000}:D>`);
    expect(discordDate("2023-12")).toBeNull();
    expect(discordDate("--12-01")).toBeNull();
  });
});

describe("formatCitation", () => {
  it("names the article, source, date and sentence, linked when the URL is http(s)", () => {
    const c = formatCitation({
      article: "a2",
      sentence: 3,
      title: "Attack [in] Bir",
      source: "WWN",
      url: "https://example.org/a2",
      date: "2023-12-11",
    });
    expect(c).toContain("[*Attack \\[in\\] Bir*](https://example.org/a2)");
    expect(c).toContain("sentence 4 of `a2`");
    expect(c).toMatch(/<t:\d+:D>/);
    const bad = formatCitation({ article: "x", sentence: 0, title: null, source: null, url: "javascript:alert(1)", date: "2023" });
    expect(bad).not.toContain("javascript");
    expect(bad).toContain("2023");
  });
});

describe("renderReply", () => {
  it("renders items with citations, disputed marks, notes and day timestamps", () => {
    const m = renderReply(
      base({
        items: [
          {
            heading: "CMA — announced",
            text: "“they attacked”",
            citation: { article: "a", sentence: 0, title: "T", source: "S", url: null, date: "2023-12-11" },
            disputed: true,
            note: "inferred from the page date",
            day: "2023-12-08",
          },
        ],
      }),
    );
    const f = m.embeds[0]!.fields![0]!;
    expect(f.name).toBe("CMA — announced");
    expect(f.value).toContain("Disputed");
    expect(f.value).toContain("inferred from the page date");
    expect(f.value).toContain(discordDate("2023-12-08"));
    expect(m.allowedMentions.parse).toEqual([]);
    expect(m.flags).toBeUndefined();
  });

  it("keeps a huge reply within every Discord limit", () => {
    const big = "lorem ipsum ".repeat(2000);
    const m = renderReply(
      base({
        title: big,
        description: big,
        fields: Array.from({ length: 60 }, (_, i) => ({ name: `${i} ${big}`, value: big })),
        items: Array.from({ length: 30 }, () => ({ heading: big, text: big, citation: null })),
        footer: big,
        citations: Array.from({ length: 50 }, (_, i) => ({
          article: `a${i}`,
          sentence: i,
          title: big.slice(0, 300),
          source: null,
          url: null,
          date: null,
        })),
        suggestions: Array.from({ length: 20 }, (_, i) => `${big.slice(0, 200)}${i}`),
        pagination: { page: 1, pageCount: 9, pageSize: 5, total: 45 },
      }),
      { query: big, speaker: big },
    );
    const body = { embeds: m.embeds, components: m.components, allowed_mentions: { parse: [] } };
    expect(validateMessage(body, { create: true })).toEqual([]);
    expect(m.embeds[0]!.title!.endsWith("…")).toBe(true);
    const ids = m.components.flatMap((r) => r.components.map((c) => (c as { custom_id: string }).custom_id));
    expect(ids.every((id) => id.length <= 100)).toBe(true);
  });

  it("keeps every item of a page and its citation when the page is too long, shortening the words", () => {
    const long = "the minister said that ".repeat(120);
    const citation = { article: "story-1", sentence: 7, title: "A Title", source: "Wire", url: null, date: null };
    const m = renderReply(
      base({
        description: long,
        items: Array.from({ length: 5 }, (_, i) => ({ heading: `Speaker ${i}`, text: long, citation })),
        pagination: { page: 0, pageCount: 2, pageSize: 5, total: 10 },
      }),
      { query: "x" },
    );
    const e = m.embeds[0]!;
    expect(e.fields!.map((f) => f.name)).toEqual(["Speaker 0", "Speaker 1", "Speaker 2", "Speaker 3", "Speaker 4"]);
    for (const f of e.fields!) {
      expect(f.value).toContain("sentence 8 of `story-1`");
      expect(f.value).toContain("…");
    }
    expect(validateMessage({ embeds: m.embeds, components: m.components }, { create: true })).toEqual([]);
  });

  it("adds Previous/Next with the state in the customId, disabled at the ends", () => {
    const first = renderReply(base({ pagination: { page: 0, pageCount: 3, pageSize: 5, total: 12 } }), { query: "wagner", speaker: "CMA" });
    const [prev, next] = first.components[0]!.components as { custom_id: string; disabled: boolean }[];
    expect(prev!.disabled).toBe(true);
    expect(next!.disabled).toBe(false);
    expect(decodeState(next!.custom_id)).toEqual({ ok: true, state: { command: "claims", page: 1, query: "wagner", speaker: "CMA" } });
    const last = renderReply(base({ pagination: { page: 2, pageCount: 3, pageSize: 5, total: 12 } }), { query: "wagner" });
    const [p2, n2] = last.components[0]!.components as { custom_id: string; disabled: boolean }[];
    expect(n2!.disabled).toBe(true);
    expect(p2!.custom_id).not.toBe(n2!.custom_id);
    expect(decodeState(p2!.custom_id)).toEqual({ ok: true, state: { command: "claims", page: 1, query: "wagner" } });
  });

  it("makes 'did you mean' buttons for /who", () => {
    const m = renderReply(base({ command: "who", suggestions: ["Wagner group", "Wagner Moura"] }), { query: "wagner" });
    const row = m.components[0]!.components as { custom_id: string; label: string }[];
    expect(row.map((b) => b.label)).toEqual(["Wagner group", "Wagner Moura"]);
    expect(decodeState(row[0]!.custom_id)).toEqual({ ok: true, state: { command: "who", page: 0, query: "Wagner group", pick: true } });
  });

  it("marks ephemeral answers", () => {
    expect(renderReply(base(), { ephemeral: true }).flags).toBe(64);
    expect(renderText("x", { ephemeral: true }).flags).toBe(64);
  });
});

describe("customId state", () => {
  it.each([
    [{ command: "claims", page: 0, query: "wagner" }],
    [{ command: "claims", page: 12, query: "a:b:c", speaker: "x:y" }],
    [{ command: "timeline", page: 3, query: "" }],
    [{ command: "who", page: 0, query: "Rachid Raha", pick: true }],
  ])("round-trips %j", (state) => {
    const id = encodeState(state);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodeState(id)).toEqual({ ok: true, state });
  });

  it("refers to an over-long query compactly", () => {
    const state = { command: "claims", page: 2, query: "q".repeat(300), speaker: "s".repeat(50) };
    const id = encodeState(state);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodeState(id)).toEqual({ ok: true, state });
    expect(decodeState("claims:2:#unknownhash")).toEqual({ ok: false, reason: "expired" });
    expect(decodeState("garbage")).toEqual({ ok: false, reason: "malformed" });
  });
});

describe("renderChoices", () => {
  it("keeps at most 25 unique choices with names and values within 100 characters", () => {
    const out = renderChoices(Array.from({ length: 40 }, (_, i) => ({ name: `${"n".repeat(150)} ${i}`, value: `${"v".repeat(120)}${i}` })));
    expect(out.length).toBeLessThanOrEqual(25);
    for (const c of out) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    expect(new Set(out.map((c) => c.value)).size).toBe(out.length);
  });
});
