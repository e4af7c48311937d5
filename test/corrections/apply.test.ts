// applyCorrections: each kind changes what it says and only that, marks what it changed, never touches its
// input, and keeps a correction whose target is gone as orphaned instead of applying it to something else.
import { describe, expect, it } from "vitest";
import { applyCorrections } from "../../src/corrections/apply.js";
import type { Correction } from "../../src/corrections/types.js";
import type { Actor, Event, Statement, Summary } from "../../src/model/schema.js";
import { assignKeys } from "../../src/summary/keys.js";

const actor = (id: string, name: string, kind: Actor["kind"], aliases: string[] = []): Actor => ({
  id,
  name,
  kind,
  aliases,
  roles: [],
  articles: ["a1"],
  mentions: 2,
});
const stmt = (n: number, speaker: string | null, text: string, speakerText: string | null = null, mentions: string[] = []): Statement => ({
  id: `a1:s${n}`,
  speaker,
  speakerText,
  kind: "direct",
  text,
  cue: "said",
  addressee: null,
  addresseeId: null,
  mentions,
  article: "a1",
  sentence: n,
  span: { start: n * 10, end: n * 10 + 5 },
});
const event = (n: number, summary: string, actors: string[]): Event => ({
  id: `a1:e${n}`,
  date: { value: null, precision: "none", basis: "none", asWritten: null },
  summary,
  actors,
  place: null,
  article: "a1",
  sentence: n,
  span: { start: 0, end: 1 },
});

function summary(): Summary {
  return assignKeys({
    version: 1,
    corpus: "/c",
    articles: [],
    actors: [
      actor("ana-ruiz", "Ana Ruiz", "person", ["Ruiz"]),
      actor("tom-holm", "Tom Holm", "person"),
      actor("port-authority", "Port Authority", "person", ["PA", "the harbour office"]),
      actor("port-board", "Port Board", "organization"),
      actor("photo-credit", "Photo Credit", "person"),
    ],
    statements: [
      stmt(1, "ana-ruiz", "The ferry will run again.", "Ruiz"),
      stmt(2, "port-authority", "Fees rise in May.", "the harbour office", ["port-board"]),
      stmt(3, "port-authority", "We are ready.", "PA"),
    ],
    events: [event(1, "The port closed.", ["port-authority", "photo-credit"])],
    warnings: [],
  });
}

let nextId = 1;
function corr(kind: Correction["kind"], target: string, value: string | null, extra: Partial<Correction> = {}): Correction {
  return {
    id: nextId++,
    kind,
    target,
    value,
    why: "checked the recording",
    by: { id: "1", name: "editor", via: "discord" },
    at: `2026-12-02T10:00:0${nextId % 10}Z`,
    undone: null,
    ...extra,
  };
}

const s0 = summary();
const key = (i: number) => s0.statements[i]?.key as string;

describe("applyCorrections", () => {
  it("without corrections returns the summary itself", () => {
    const s = summary();
    expect(applyCorrections(s, []).summary).toBe(s);
  });

  it.each([
    ["a speaker to another actor", "tom-holm", "tom-holm"],
    ["a speaker to unclear", null, null],
  ])("sets %s, with the correction mark, without touching the input", (_n, value, want) => {
    const input = summary();
    const before = JSON.stringify(input);
    const r = applyCorrections(input, [corr("speaker", key(0), value)]);
    const st = r.summary.statements[0] as Statement;
    expect(st.speaker).toBe(want);
    expect(st.correction).toMatchObject({ kind: "speaker", by: "@editor", why: "checked the recording" });
    expect(JSON.stringify(input)).toBe(before);
    expect(r.orphaned).toEqual([]);
  });

  it("finds a statement by key after it moved in the list", () => {
    const s = summary();
    s.statements.reverse();
    const r = applyCorrections(s, [corr("speaker", key(0), "tom-holm")]);
    expect(r.summary.statements.find((x) => x.text === "The ferry will run again.")?.speaker).toBe("tom-holm");
  });

  it("orphans a correction whose statement is gone, and one whose new speaker is gone, applying neither", () => {
    const r = applyCorrections(summary(), [corr("speaker", "a1:s-deadbeef", "tom-holm"), corr("speaker", key(0), "nobody-here")]);
    expect(r.orphaned.map((o) => o.reason)).toEqual([
      "the statement is no longer in the corpus",
      "the speaker “nobody-here” is no longer an actor",
    ]);
    expect(r.summary.statements[0]?.speaker).toBe("ana-ruiz");
    expect(r.applied).toBe(0);
  });

  it("ignores undone corrections", () => {
    const r = applyCorrections(summary(), [
      corr("speaker", key(0), "tom-holm", { undone: { by: { id: null, name: "x", via: "cli" }, at: "z" } }),
    ]);
    expect(r.summary.statements[0]?.speaker).toBe("ana-ruiz");
  });

  it("sets an actor's kind and adds and removes aliases", () => {
    const r = applyCorrections(summary(), [
      corr("kind", "port-authority", "organization"),
      corr("alias-add", "ana-ruiz", "A. Ruiz"),
      corr("alias-remove", "port-authority", "pa"),
    ]);
    const pa = r.summary.actors.find((a) => a.id === "port-authority");
    expect(pa?.kind).toBe("organization");
    expect(pa?.aliases).toEqual(["the harbour office"]);
    expect(r.summary.actors.find((a) => a.id === "ana-ruiz")?.aliases).toEqual(["Ruiz", "A. Ruiz"]);
  });

  it("merges an actor into another: its names become aliases and every reference follows", () => {
    const r = applyCorrections(summary(), [corr("merge", "port-board", "port-authority")]);
    expect(r.summary.actors.some((a) => a.id === "port-authority")).toBe(false);
    const board = r.summary.actors.find((a) => a.id === "port-board");
    expect(board?.aliases).toEqual(expect.arrayContaining(["Port Authority", "PA"]));
    expect(board?.mentions).toBe(4);
    expect(r.summary.statements[1]?.speaker).toBe("port-board");
    expect(r.summary.statements[1]?.mentions).toEqual(["port-board"]);
    expect(r.summary.events[0]?.actors).toEqual(["port-board", "photo-credit"]);
  });

  it("a later correction naming the merged-away actor reaches the actor that absorbed it", () => {
    const r = applyCorrections(summary(), [corr("merge", "port-board", "port-authority"), corr("kind", "port-authority", "government")]);
    expect(r.summary.actors.find((a) => a.id === "port-board")?.kind).toBe("government");
    expect(r.orphaned).toEqual([]);
  });

  it("splits an alias off into its own actor, taking the statements written with it", () => {
    const r = applyCorrections(summary(), [corr("split", "port-authority", "the harbour office")]);
    const fresh = r.summary.actors.find((a) => a.name === "the harbour office");
    expect(fresh?.id).toBe("harbour-office");
    expect(r.summary.statements[1]?.speaker).toBe("harbour-office");
    expect(r.summary.statements[2]?.speaker).toBe("port-authority");
    expect(r.summary.actors.find((a) => a.id === "port-authority")?.aliases).toEqual(["PA"]);
  });

  it("hides a statement, an event and an actor (whose references go)", () => {
    const s = summary();
    const r = applyCorrections(s, [
      corr("hide", key(2), null),
      corr("hide", s.events[0]?.key as string, null),
      corr("hide", "port-board", null),
    ]);
    expect(r.summary.statements.map((x) => x.id)).toEqual(["a1:s1", "a1:s2"]);
    expect(r.summary.events).toEqual([]);
    expect(r.summary.statements[1]?.mentions).toEqual([]);
    expect(r.summary.actors.some((a) => a.id === "port-board")).toBe(false);
  });

  it("sets an event's date; a bad date is orphaned with the reason", () => {
    const s = summary();
    const ek = s.events[0]?.key as string;
    const r = applyCorrections(s, [corr("date", ek, "2026-11-30")]);
    expect(r.summary.events[0]?.date).toMatchObject({ value: "2026-11-30", precision: "day", basis: "explicit" });
    expect(r.summary.events[0]?.correction?.kind).toBe("date");
    expect(applyCorrections(s, [corr("date", ek, "30/11/2026")]).orphaned[0]?.reason).toMatch(/not a date/);
  });

  it("keys a hand-made summary that has none, without changing it", () => {
    const s = summary();
    for (const x of s.statements) delete x.key;
    const r = applyCorrections(s, [corr("speaker", key(0), "tom-holm")]);
    expect(r.summary.statements[0]?.speaker).toBe("tom-holm");
    expect(s.statements[0]?.key).toBeUndefined();
  });
});
