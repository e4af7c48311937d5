// Finding what a correction is about: a statement, event or actor named by its stable key, its id, or (as a
// person types it) its words or name; and the autocomplete choices for each (statements by their text,
// actors by name, corrections by number). It leaves recording the correction to correct.ts.
import type { Actor, Event, Statement } from "../src/model/schema.js";
import { matchQuote } from "../src/search/quote-match.js";
import type { Correction } from "../src/corrections/types.js";
import type { AutocompleteChoice, CommandContext } from "./reply.js";
import { actorChoices, clip, resolveActor, speakerName } from "./support/format.js";

export type Found<T> = { ok: true; item: T } | { ok: false; why: string };

const UNCLEAR = new Set(["unclear", "none", "null", "nobody", "unknown", "speaker unclear"]);
export const isUnclear = (v: string) => UNCLEAR.has(v.trim().toLowerCase());

export function findStatement(ctx: CommandContext, ref: string): Found<Statement> {
  const r = ref.trim();
  const byKey = ctx.summary.statements.find((s) => s.key === r || s.id === r);
  if (byKey) return { ok: true, item: byKey };
  const [best, next] = matchQuote(r, ctx.summary.statements, { limit: 2, minSimilarity: 0.8 });
  if (best && (best.exact || !next || next.similarity < best.similarity)) return { ok: true, item: best.statement };
  return {
    ok: false,
    why: `no statement has the key or words “${clip(r, 80)}”. Pick one from the list (Discord) or copy its key from \`newsdesk quote\` or \`summary --json\`.`,
  };
}

export function findEvent(ctx: CommandContext, ref: string): Found<Event> {
  const r = ref.trim();
  const byKey = ctx.summary.events.find((e) => e.key === r || e.id === r);
  if (byKey) return { ok: true, item: byKey };
  const hit = ctx.search.events(r, 1)[0];
  if (hit?.item.summary.toLowerCase().includes(r.toLowerCase())) return { ok: true, item: hit.item };
  return {
    ok: false,
    why: `no event has the key or words “${clip(r, 80)}”. Pick one from the list or copy its key from \`summary --json\`.`,
  };
}

export function findActor(ctx: CommandContext, ref: string): Found<Actor> {
  const r = ref.trim();
  const exact = ctx.summary.actors.find((a) => a.key === r || a.id === r || a.name.toLowerCase() === r.toLowerCase());
  if (exact) return { ok: true, item: exact };
  const actor = resolveActor(ctx, r).actor;
  if (actor) return { ok: true, item: actor };
  return { ok: false, why: `no actor is called “${clip(r, 80)}”. Try the name as \`who\` shows it, or its key.` };
}

/** A hide target: a statement, an event or an actor. */
export function findAny(ctx: CommandContext, ref: string): Found<{ key: string; label: string; what: "statement" | "event" | "actor" }> {
  const r = ref.trim();
  const s = ctx.summary.statements.find((x) => x.key === r || x.id === r);
  if (s) return { ok: true, item: { key: s.key ?? s.id, label: `the statement “${clip(s.text, 80)}”`, what: "statement" } };
  const e = ctx.summary.events.find((x) => x.key === r || x.id === r);
  if (e) return { ok: true, item: { key: e.key ?? e.id, label: `the event “${clip(e.summary, 80)}”`, what: "event" } };
  const a = findActor(ctx, r);
  if (a.ok) return { ok: true, item: { key: a.item.key ?? a.item.id, label: `the actor ${a.item.name}`, what: "actor" } };
  const st = findStatement(ctx, r);
  if (st.ok)
    return { ok: true, item: { key: st.item.key ?? st.item.id, label: `the statement “${clip(st.item.text, 80)}”`, what: "statement" } };
  return {
    ok: false,
    why: `nothing has the key, name or words “${clip(r, 80)}”. Pick one from the list or copy its key from \`summary --json\`.`,
  };
}

const ref = (x: { key?: string; id: string }) => (x.key && x.key.length <= 100 ? x.key : x.id);

export function statementChoices(ctx: CommandContext, typed: string, limit = 25): AutocompleteChoice[] {
  const t = typed.trim();
  const list = t === "" ? ctx.summary.statements.slice(0, limit) : ctx.search.statements(t, limit).map((h) => h.item);
  return list.slice(0, limit).map((s) => ({ name: clip(`${speakerName(ctx, s) ?? "unclear"}: “${s.text}”`, 100), value: ref(s) }));
}

export function eventChoices(ctx: CommandContext, typed: string, limit = 25): AutocompleteChoice[] {
  const t = typed.trim();
  const list = t === "" ? ctx.summary.events.slice(0, limit) : ctx.search.events(t, limit).map((h) => h.item);
  return list.slice(0, limit).map((e) => ({ name: clip(`${e.date.value ?? "undated"}: ${e.summary}`, 100), value: ref(e) }));
}

export function speakerChoices(ctx: CommandContext, typed: string): AutocompleteChoice[] {
  const choices = actorChoices(ctx.search.suggestActors(typed, 24));
  if (typed.trim() === "" || "unclear".startsWith(typed.trim().toLowerCase()))
    choices.unshift({ name: "Speaker unclear", value: "unclear" });
  return choices.slice(0, 25);
}

/** A correction as one line: `#12 speaker of “…” → Tom Holm`. */
export function describeCorrection(c: Correction, ctx?: CommandContext): string {
  const target = ctx ? describeKey(ctx, c.target) : c.target;
  switch (c.kind) {
    case "speaker":
      return `speaker of ${target} → ${c.value === null ? "unclear" : describeKey(ctx, c.value)}`;
    case "kind":
      return `kind of ${target} → ${c.value}`;
    case "alias-add":
      return `alias “${c.value}” added to ${target}`;
    case "alias-remove":
      return `alias “${c.value}” removed from ${target}`;
    case "merge":
      return `${describeKey(ctx, c.value ?? "")} merged into ${target}`;
    case "split":
      return `“${c.value}” split off ${target}`;
    case "hide":
      return `${target} hidden`;
    case "date":
      return `date of ${target} → ${c.value}`;
  }
}

function describeKey(ctx: CommandContext | undefined, key: string): string {
  if (!ctx) return key;
  const s = ctx.summary.statements.find((x) => x.key === key);
  if (s) return `“${clip(s.text, 60)}”`;
  const e = ctx.summary.events.find((x) => x.key === key);
  if (e) return `the event “${clip(e.summary, 60)}”`;
  const a = ctx.summary.actors.find((x) => x.key === key);
  if (a) return a.name;
  return `\`${key}\``;
}

export function correctionChoices(ctx: CommandContext, typed: string): AutocompleteChoice[] {
  const log = ctx.corrections?.log;
  if (!log) return [];
  const t = typed.trim().replace(/^#/, "").toLowerCase();
  return [...log.active()]
    .reverse()
    .map((c) => ({ name: clip(`#${c.id} ${describeCorrection(c, ctx)} (${c.by.name})`, 100), value: String(c.id) }))
    .filter((c) => t === "" || c.name.toLowerCase().includes(t))
    .slice(0, 25);
}
