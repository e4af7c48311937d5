// What every handler shows the same way: citations, speaker names, statement and event items, date labels,
// pages, and the actor a query names.
import type { Actor, Article, CorrectionMark, Event, Statement } from "../../src/model/schema.js";
import { correctionByline } from "../../src/corrections/types.js";
import type { Citation, CommandContext, Pagination, ReplyItem } from "../reply.js";
import type { Hit } from "../../src/search/index.js";

export const UNCLEAR_SPEAKER = "speaker unclear";

/** "1 statement", "2 statements", "0 events". */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** What marks a label taken from the lead of an article without a headline. */
export const DERIVED_MARK = "(no headline)";

export function citation(ctx: CommandContext, articleId: string, sentence: number): Citation {
  const a = ctx.search.article(articleId);
  const derived = !a?.title && !!a?.derivedTitle;
  return {
    article: articleId,
    sentence,
    title: a?.title ?? a?.derivedTitle ?? null,
    ...(derived ? { titleDerived: true } : {}),
    source: a?.source ?? null,
    url: a?.url ?? null,
    date: a?.published.value ?? null,
  };
}

/** The article's headline; without one, its lead's opening words marked "(no headline)"; else its file id. */
export function articleTitle(a: Article | undefined, id: string): string {
  if (a?.title) return a.title;
  if (a?.derivedTitle) return `${a.derivedTitle} ${DERIVED_MARK}`;
  return id;
}

/** "Title — Source, 2023-12-11" with whatever the article has (see `articleTitle` for an untitled one). */
export function articleLabel(a: Article | undefined, id: string): string {
  if (!a) return id;
  const parts = [articleTitle(a, id)];
  const more = [a.source, a.published.value ? `${a.published.value}${publishedNote(a)}` : null].filter(Boolean);
  return more.length ? `${parts[0]} — ${more.join(", ")}` : (parts[0] as string);
}

function publishedNote(a: Article): string {
  return a.published.basis === "page-header" ? " (page date)" : "";
}

export function speakerName(ctx: CommandContext, s: Statement): string | null {
  return s.speaker ? (ctx.search.actor(s.speaker)?.name ?? s.speakerText ?? s.speaker) : null;
}

/** The words as shown: quoted for direct speech. */
export function statementWords(s: Statement): string {
  return s.kind === "direct" ? `“${s.text}”` : s.text;
}

const CORRECTED: Record<string, string> = {
  speaker: "speaker corrected",
  date: "date corrected",
  split: "speaker corrected",
  kind: "kind corrected",
  "alias-add": "alias added",
  "alias-remove": "alias removed",
  merge: "merged",
};

/** "speaker corrected by @editor, 2 Dec: heard on the recording" — how an answer marks an editor's fix. */
export function correctionNote(c: CorrectionMark): string {
  return `✎ ${CORRECTED[c.kind] ?? "corrected"} by ${correctionByline(c.by, c.at)}${c.why ? `: ${c.why}` : ""}`;
}

export function statementItem(ctx: CommandContext, s: Statement, extra?: { disputed?: boolean; note?: string }): ReplyItem {
  const who = speakerName(ctx, s) ?? UNCLEAR_SPEAKER;
  const cue = s.cue ? ` — ${s.cue}` : "";
  const notes = [s.kind === "direct" ? "direct quote" : "reported speech"];
  if (s.correction) notes.unshift(correctionNote(s.correction));
  if (!s.speaker && s.speakerText) notes.push(`written as “${s.speakerText}”`);
  if (s.addressee) notes.push(`to ${s.addressee}`);
  if (extra?.note) notes.push(extra.note);
  const item: ReplyItem = {
    heading: `${who}${cue}`,
    text: statementWords(s),
    citation: citation(ctx, s.article, s.sentence),
    note: notes.join(" · "),
  };
  if (s.key) item.target = { kind: "statement", key: s.key };
  if (extra?.disputed) item.disputed = true;
  return item;
}

export function statementJson(ctx: CommandContext, s: Statement, disputed = false) {
  return { ...s, speakerName: speakerName(ctx, s), disputed };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** How an event's date reads: "8 December 2023", "December 2023", "2015", "1 December (year unknown)". */
export function dateLabel(e: Event): string {
  const v = e.date.value;
  if (!v) return e.date.basis === "unresolved" ? `${e.date.asWritten ?? "relative date"} (date unresolved)` : "undated";
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  m = /^--(\d{2})-(\d{2})/.exec(v);
  if (m) return `${Number(m[2])} ${MONTHS[Number(m[1]) - 1] ?? m[1]} (year unknown)`;
  return v;
}

/** Where the date comes from, for a reader to weigh it. */
export function dateBasisNote(e: Event): string {
  const notes: string[] = [];
  switch (e.date.basis) {
    case "relative-to-page-date":
      notes.push("inferred from the page date (the day the page was shown, maybe not the publication)");
      break;
    case "relative-to-publication":
      notes.push("inferred from publication");
      break;
    case "year-from-publication":
      notes.push("year inferred from publication");
      break;
    case "unresolved":
      notes.push("no reference date to resolve it");
      break;
    case "none":
      notes.push("the text gives no date");
      break;
    case "explicit":
      notes.push(e.date.precision === "month-day" ? "year unknown" : "date given in the text");
      break;
  }
  if (e.date.asWritten) notes.push(`as written: “${e.date.asWritten}”`);
  return notes.join(" · ");
}

export function eventItem(ctx: CommandContext, e: Event): ReplyItem {
  const item: ReplyItem = {
    heading: dateLabel(e),
    text: e.summary,
    citation: citation(ctx, e.article, e.sentence),
    note: e.correction
      ? `${correctionNote(e.correction)}${e.date.asWritten ? ` · the text says “${e.date.asWritten}”` : ""}`
      : dateBasisNote(e),
  };
  if (e.date.value && /^\d{4}-\d{2}-\d{2}$/.test(e.date.value)) item.day = e.date.value;
  if (e.key) item.target = { kind: "event", key: e.key };
  return item;
}

/** The slice of `list` on `page` (clamped into range) and the page numbers. */
export function paginate<T>(list: readonly T[], page: number, pageSize: number): { slice: T[]; pagination: Pagination } {
  const pageCount = Math.max(1, Math.ceil(list.length / pageSize));
  const asked = Math.max(0, Math.floor(Number.isFinite(page) ? page : 0));
  const p = Math.min(asked, pageCount - 1);
  const pagination: Pagination = { page: p, pageCount, pageSize, total: list.length };
  if (asked > p) pagination.requested = asked;
  return { slice: list.slice(p * pageSize, (p + 1) * pageSize), pagination };
}

export function actorLine(a: Actor): string {
  return a.roles.length ? `${a.name} (${a.kind}; ${a.roles[0]})` : `${a.name} (${a.kind})`;
}

/** The actor a query names, or null when nothing scores as a match, with the other close matches. */
export function resolveActor(ctx: CommandContext, query: string): { actor: Actor | null; hits: Hit<Actor>[] } {
  const hits = ctx.search.actors(query, 6);
  return { actor: hits[0]?.item ?? null, hits };
}

/** Names to offer when a query matched nothing: only looser matches that are close to it (never the most
 * mentioned actors instead: "Joe Bloggs" gets no "did you mean Mali?"); with no query, the most mentioned. */
export function suggestionsFor(ctx: CommandContext, query: string, limit = 5, opts?: { speakersOnly?: boolean }): string[] {
  if (query.trim() === "") return ctx.search.suggestActors("", limit, opts).map((h) => h.item.name);
  return ctx.search
    .suggestActors(query, limit, opts)
    .filter((h) => h.score <= SUGGESTION_MAX_SCORE)
    .map((h) => h.item.name);
}

/** Worst score of a name still offered as "did you mean" (a typo or a part of the name, not a stray letter). */
export const SUGGESTION_MAX_SCORE = 0.5;

/** Autocomplete choices: names (with the kind) at most 100 characters, at most 25. */
export function actorChoices(hits: Hit<Actor>[]): { name: string; value: string }[] {
  const seen = new Set<string>();
  const out: { name: string; value: string }[] = [];
  for (const h of hits) {
    const value = clip(h.item.name, 100);
    if (seen.has(value)) continue;
    seen.add(value);
    out.push({ name: clip(`${h.item.name} (${h.item.kind})`, 100), value });
    if (out.length >= 25) break;
  }
  return out;
}

/** Sets `reply.json` to be computed when first read: a list's full JSON (every statement or event, not
 * just the page) costs time that a Discord answer, which never reads it, should not pay. */
export function withLazyJson<T extends object>(reply: T, make: () => unknown): T & { json: unknown } {
  let value: unknown;
  let made = false;
  Object.defineProperty(reply, "json", {
    enumerable: true,
    configurable: true,
    get() {
      if (!made) {
        value = make();
        made = true;
      }
      return value;
    },
  });
  return reply as T & { json: unknown };
}

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
