// Per-article extractions in, one corpus-wide summary out: local actor keys become actor ids, the same
// actor across articles becomes one actor.
//
// Two local actors are the same actor when they are of compatible kinds (people with people; organisations,
// armed groups, governments and media together; countries and places together; ethnic groups together) and
// share a name: the canonical name, or an alias that is itself a proper name ("Wagner" for "Wagner group").
// Descriptions ("the coordination", "Former Tuareg separatists"), title phrases ("AMA President") and
// surnames never merge. An acronym ("AU") merges only an actor known by that acronym alone into the one
// actor whose expansion it is; two different expansions of one acronym stay two actors.
import type { ArticleExtraction } from "../extract/types.js";
import { TITLES } from "../extract/lexicon/words.js";
import type { Actor, ActorKind, Event, LoadWarning, Statement, Summary } from "./schema.js";

/** Bump whenever extraction or merging changes what the summary holds: cached summaries are then rebuilt. */
export const SUMMARY_VERSION = 1;

const KIND_GROUP: Record<ActorKind, string> = {
  person: "p",
  organization: "o",
  "armed-group": "o",
  government: "o",
  media: "o",
  country: "g",
  place: "g",
  "ethnic-group": "e",
};

const normCache = new Map<string, string>();
/** Normalised name for matching: no accents, case, quotes, punctuation, leading article or trailing "group". */
export function mergeName(s: string): string {
  let n = normCache.get(s);
  if (n !== undefined) return n;
  n = s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[«»“”„"‘’'`´]/g, "")
    .replace(/(\p{L})-(\p{L})/gu, "$1$2")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "")
    .replace(/ group$/, "");
  if (normCache.size > 200_000) normCache.clear();
  normCache.set(s, n);
  return n;
}

/** Stable id from a name: `rachid-raha`. */
export function slugify(name: string): string {
  const s = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return s || "actor";
}

const CONNECTOR = /^(of|the|de|du|des|la|le|al|el|bin|ibn|van|von|der|da|dos|y|and)$/;
const isAcronym = (s: string) => /^[\p{Lu}\p{N}.&-]{2,10}$/u.test(s) && /\p{Lu}/u.test(s);

/** Whether an alias is a proper name that may identify the actor across articles. */
function isNameAlias(alias: string, kind: ActorKind): boolean {
  const a = alias.replace(/^the\s+/i, "");
  if (!/^\p{Lu}/u.test(a) || isAcronym(a)) return false;
  if (/^(our|their|its|his|her|this|that|these|those|former|current)\s/i.test(a)) return false;
  const words = a.split(/\s+/);
  if (!words.every((w) => /^[\p{Lu}\p{N}'"‘’«]/u.test(w) || CONNECTOR.test(w) || /^(al|el)-/i.test(w))) return false;
  if (/^the\s/i.test(alias) && kind !== "armed-group" && kind !== "organization") return false;
  if (words.some((w) => TITLES.has(w.toLowerCase()))) return false;
  if (kind === "person" && words.length < 2) return false; // a surname alone is not enough
  return true;
}

class UnionFind {
  parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]!]!;
      x = p[x]!;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // the earlier node stays the root: first appearance decides order
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}

export function mergeExtractions(corpus: string, extractions: ArticleExtraction[], warnings: LoadWarning[]): Summary {
  // 1. one node per local actor
  type Node = ArticleExtraction["actors"][number] & { article: string };
  const nodes: Node[] = [];
  const localIndex: Map<string, number>[] = [];
  for (const e of extractions) {
    const m = new Map<string, number>();
    for (const a of e.actors) {
      m.set(a.key, nodes.length);
      nodes.push({ ...a, article: e.article.id });
    }
    localIndex.push(m);
  }
  const uf = new UnionFind(nodes.length);

  // 2. union by canonical names and proper-name aliases, within compatible kinds
  const byKey = new Map<string, number>();
  const link = (key: string, i: number) => {
    const j = byKey.get(key);
    if (j === undefined) byKey.set(key, i);
    else uf.union(j, i);
  };
  const nameKeys: string[][] = [];
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i]!;
    const g = KIND_GROUP[a.kind];
    const keys: string[] = [];
    const base = mergeName(a.name);
    if (base && !(isAcronym(a.name) && a.kind !== "country" && a.kind !== "place")) keys.push(`${g}:${base}`);
    for (const al of a.aliases) {
      if (!isNameAlias(al, a.kind)) continue;
      const k = mergeName(al);
      if (k && k !== base) keys.push(`${g}:${k}`);
    }
    nameKeys.push(keys);
  }
  // canonical names first, so that an alias never pulls an actor away from its own name
  for (let i = 0; i < nodes.length; i++) {
    const k = nameKeys[i]![0];
    if (k) link(k, i);
  }
  for (let i = 0; i < nodes.length; i++) {
    const ks = nameKeys[i]!;
    for (let x = 1; x < ks.length; x++) {
      const j = byKey.get(ks[x]!);
      if (j !== undefined) uf.union(j, i);
    }
  }
  for (let i = 0; i < nodes.length; i++) {
    const ks = nameKeys[i]!;
    for (let x = 1; x < ks.length; x++) if (!byKey.has(ks[x]!)) byKey.set(ks[x]!, i);
  }

  // 3. acronyms: an actor named only by an acronym joins the one actor that has it as an expanded alias
  const expansions = new Map<string, Set<number>>();
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i]!;
    if (isAcronym(a.name)) continue;
    for (const al of a.aliases) {
      if (!isAcronym(al)) continue;
      const k = `${KIND_GROUP[a.kind]}:${al}`;
      let s = expansions.get(k);
      if (!s) expansions.set(k, (s = new Set()));
      s.add(i);
    }
  }
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i]!;
    if (!isAcronym(a.name)) continue;
    const s = expansions.get(`${KIND_GROUP[a.kind]}:${a.name}`);
    if (!s) {
      // acronym-only actors of the same acronym are one actor
      link(`acr:${KIND_GROUP[a.kind]}:${a.name}`, i);
      continue;
    }
    const roots = new Set([...s].map((j) => uf.find(j)));
    if (roots.size === 1) uf.union([...roots][0]!, i);
  }

  // 4. one actor per root
  const members = new Map<number, number[]>();
  for (let i = 0; i < nodes.length; i++) {
    const r = uf.find(i);
    let ms = members.get(r);
    if (!ms) members.set(r, (ms = []));
    ms.push(i);
  }
  const idOfNode = new Int32Array(nodes.length);
  const actors: Actor[] = [];
  const usedIds = new Set<string>();
  for (const ms of members.values()) {
    const actor = buildActor(ms.map((i) => nodes[i]!), usedIds);
    for (const i of ms) idOfNode[i] = actors.length;
    actors.push(actor);
  }

  // 5. statements and events with ids
  const statements: Statement[] = [];
  const events: Event[] = [];
  extractions.forEach((e, ai) => {
    const local = localIndex[ai]!;
    const idOf = (key: string | null): string | null => {
      if (key == null) return null;
      const n = local.get(key);
      return n === undefined ? null : actors[idOfNode[n]!]!.id;
    };
    const ids = (keys: readonly string[]) => {
      const out: string[] = [];
      for (const k of keys) {
        const id = idOf(k);
        if (id && !out.includes(id)) out.push(id);
      }
      return out;
    };
    const art = e.article.id;
    e.statements.forEach((s, i) => {
      statements.push({
        id: `${art}:s${i + 1}`,
        speaker: idOf(s.speakerKey),
        speakerText: s.speakerText,
        kind: s.kind,
        text: s.text,
        cue: s.cue,
        addressee: s.addressee,
        addresseeId: idOf(s.addresseeKey),
        mentions: ids(s.mentionKeys),
        article: art,
        sentence: s.sentence,
        span: s.span,
      });
    });
    e.events.forEach((ev, i) => {
      events.push({
        id: `${art}:e${i + 1}`,
        date: ev.date,
        summary: ev.summary,
        actors: ids(ev.actorKeys),
        place: idOf(ev.placeKey),
        article: art,
        sentence: ev.sentence,
        span: ev.span,
      });
    });
  });

  return {
    version: SUMMARY_VERSION,
    corpus,
    articles: extractions.map((e) => e.article),
    actors,
    statements,
    events,
    warnings,
  };
}

type Member = ArticleExtraction["actors"][number] & { article: string };

function buildActor(ms: Member[], usedIds: Set<string>): Actor {
  // canonical name: the one most articles use, then the most mentioned, then the first seen
  const score = new Map<string, { articles: Set<string>; mentions: number; first: number }>();
  ms.forEach((m, i) => {
    let s = score.get(m.name);
    if (!s) score.set(m.name, (s = { articles: new Set(), mentions: 0, first: i }));
    s.articles.add(m.article);
    s.mentions += m.mentionCount;
  });
  let name = ms[0]!.name;
  let best: { articles: Set<string>; mentions: number; first: number } | undefined;
  for (const [n, s] of score) {
    if (!best || s.articles.size > best.articles.size || (s.articles.size === best.articles.size && (s.mentions > best.mentions || (s.mentions === best.mentions && s.first < best.first)))) {
      best = s;
      name = n;
    }
  }
  // kind: weighted by mentions; a specific kind beats "organization" on a tie
  const kindScore = new Map<ActorKind, number>();
  for (const m of ms) kindScore.set(m.kind, (kindScore.get(m.kind) ?? 0) + m.mentionCount + 1);
  let kind = ms[0]!.kind;
  for (const [k, v] of kindScore) {
    const cur = kindScore.get(kind)!;
    if (v > cur || (v === cur && kind === "organization")) kind = k;
  }
  const seen = new Set([name.toLowerCase()]);
  const aliases: string[] = [];
  const roles: string[] = [];
  const seenRoles = new Set<string>();
  const articles: string[] = [];
  let mentions = 0;
  for (const m of ms) {
    for (const a of [m.name, ...m.aliases]) {
      const l = a.toLowerCase();
      if (!seen.has(l)) {
        seen.add(l);
        aliases.push(a);
      }
    }
    for (const r of m.roles) {
      const l = r.toLowerCase();
      if (!seenRoles.has(l)) {
        seenRoles.add(l);
        roles.push(r);
      }
    }
    if (!articles.includes(m.article)) articles.push(m.article);
    mentions += m.mentionCount;
  }
  let id = slugify(name);
  if (usedIds.has(id)) {
    const base = `${id}-${kind}`;
    id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
  }
  usedIds.add(id);
  return { id, name, kind, aliases, roles, articles, mentions };
}
