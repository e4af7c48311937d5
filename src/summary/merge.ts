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
import type { Actor, ActorKind, Event, LoadWarning, Statement, Summary } from "../model/schema.js";
import { assignKeys } from "./keys.js";

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

const GENERIC_WORDS = new Set(
  `ministry ministries department departments of the for and on foreign affairs defence defense interior justice health
  finance education agriculture energy trade commerce labor labour transport information home office supreme
  constitutional high court courts national assembly parliament senate central bank police army navy air force forces
  armed electoral commission council security state government federal presidency cabinet prime minister ministers
  general staff intelligence service services authority agency public prosecutor prosecution attorney election
  military junta regime presidential guard border customs immigration treasury economy environment interior
  communications culture tourism youth sports water works industry mines mining petroleum oil planning development
  cooperation international relations emergency civil protection fire brigade ombudsman audit auditor tax revenue`.split(/\s+/),
);

/** A name made only of generic institution words ("ministry of foreign affairs", "supreme court"). */
const genericCache = new Map<string, boolean>();
function isGenericInstitution(base: string): boolean {
  if (!base) return false;
  let v = genericCache.get(base);
  if (v === undefined) {
    v = true;
    for (const w of base.split(" ")) if (!GENERIC_WORDS.has(w)) v = false;
    if (genericCache.size > 100_000) genericCache.clear();
    genericCache.set(base, v);
  }
  return v;
}

/** The country an article is mostly about: its most mentioned country actor, or undefined. */
function articleCountry(e: ArticleExtraction): string | undefined {
  let best: ArticleExtraction["actors"][number] | undefined;
  for (const a of e.actors) if (a.kind === "country" && (!best || a.mentionCount > best.mentionCount)) best = a;
  return best ? mergeName(best.name) : undefined;
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

// isNameAlias depends on the kind only through these three classes: one cache per class
const nameAliasCaches = { p: new Map<string, boolean>(), o: new Map<string, boolean>(), x: new Map<string, boolean>() };
function isNameAliasCached(alias: string, kind: ActorKind): boolean {
  const c0 = alias.charCodeAt(0);
  if (c0 >= 97 && c0 <= 122 && !alias.startsWith("the ")) return false; // starts lower-case: a description
  const cache =
    kind === "person" ? nameAliasCaches.p : kind === "organization" || kind === "armed-group" ? nameAliasCaches.o : nameAliasCaches.x;
  let v = cache.get(alias);
  if (v === undefined) {
    v = isNameAlias(alias, kind);
    if (cache.size > 200_000) cache.clear();
    cache.set(alias, v);
  }
  return v;
}

const acronymCache = new Map<string, boolean>();
function isAcronymCached(s: string): boolean {
  // fast path: any lower-case ASCII letter, or longer than an acronym can be
  if (s.length > 10 || s.length < 2) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  let v = acronymCache.get(s);
  if (v === undefined) {
    v = isAcronym(s);
    if (acronymCache.size > 200_000) acronymCache.clear();
    acronymCache.set(s, v);
  }
  return v;
}

/** The records merged from one extraction, and the actor ids its local actors had then. */
const recordsCache = new WeakMap<ArticleExtraction, { corpus: string; actorIds: string[]; statements: Statement[]; events: Event[] }>();

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function mergeExtractions(corpus: string, extractions: ArticleExtraction[], warnings: LoadWarning[]): Summary {
  // 1. one node per local actor
  const nodes: Member[] = [];
  const nodeArticle: string[] = [];
  const nodeContext: string[] = [];
  const firstNode: number[] = [];
  for (const e of extractions) {
    firstNode.push(nodes.length);
    const context = articleCountry(e) ?? `article:${e.article.id}`;
    for (const a of e.actors) {
      nodes.push(a);
      nodeArticle.push(e.article.id);
      nodeContext.push(context);
    }
  }
  const uf = new UnionFind(nodes.length);

  // 2. union by canonical names and proper-name aliases, within compatible kinds (one map per kind group)
  const groups = new Map<string, Map<string, number>>();
  for (const g of ["p", "o", "g", "e", "acr"]) groups.set(g, new Map());
  const mapOf = (kind: ActorKind) => groups.get(KIND_GROUP[kind])!;
  const aliasKeys: (string[] | undefined)[] = new Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i]!;
    let base = mergeName(a.name);
    // "Ministry of Defence", "Supreme Court": a generic institution is the same only within one country
    if (a.kind !== "person" && a.kind !== "country" && a.kind !== "place" && isGenericInstitution(base)) base = `${base}@${nodeContext[i]}`;
    if (base && !(isAcronymCached(a.name) && a.kind !== "country" && a.kind !== "place")) {
      // canonical names first, so that an alias never pulls an actor away from its own name
      const m = mapOf(a.kind);
      const j = m.get(base);
      if (j === undefined) m.set(base, i);
      else uf.union(j, i);
    }
    for (const al of a.aliases) {
      if (!isNameAliasCached(al, a.kind)) continue;
      const k = mergeName(al);
      if (k && k !== base) (aliasKeys[i] ??= []).push(k);
    }
  }
  for (let i = 0; i < nodes.length; i++) {
    const ks = aliasKeys[i];
    if (!ks) continue;
    const m = mapOf(nodes[i]!.kind);
    for (const k of ks) {
      const j = m.get(k);
      if (j !== undefined) uf.union(j, i);
    }
  }

  // 3. acronyms: an actor named only by an acronym joins the one actor that has it as an expanded alias
  let expansions: Map<string, Set<number>> | undefined;
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i]!;
    if (!isAcronymCached(a.name) || a.kind === "country" || a.kind === "place") continue;
    if (!expansions) {
      expansions = new Map();
      for (let x = 0; x < nodes.length; x++) {
        const b = nodes[x]!;
        if (isAcronymCached(b.name)) continue;
        for (const al of b.aliases) {
          if (!isAcronymCached(al)) continue;
          const k = `${KIND_GROUP[b.kind]}:${al}`;
          let set = expansions.get(k);
          if (!set) expansions.set(k, (set = new Set()));
          set.add(x);
        }
      }
    }
    const s = expansions.get(`${KIND_GROUP[a.kind]}:${a.name}`);
    if (!s) {
      // acronym-only actors of the same acronym are one actor
      const m = groups.get("acr")!;
      const key = `${KIND_GROUP[a.kind]}:${a.name}`;
      const j = m.get(key);
      if (j === undefined) m.set(key, i);
      else uf.union(j, i);
      continue;
    }
    const roots = new Set<number>();
    for (const j of s) roots.add(uf.find(j));
    if (roots.size === 1) uf.union([...roots][0]!, i);
  }

  // 4. one actor per root, in order of first appearance
  const rootOf = new Int32Array(nodes.length);
  const head = new Int32Array(nodes.length).fill(-1);
  const tail = new Int32Array(nodes.length).fill(-1);
  const next = new Int32Array(nodes.length).fill(-1);
  const roots: number[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const r = uf.find(i);
    rootOf[i] = r;
    if (head[r] === -1) {
      head[r] = i;
      roots.push(r);
    } else next[tail[r]!] = i;
    tail[r] = i;
  }
  const actorOfRoot = new Int32Array(nodes.length);
  const actors: Actor[] = [];
  const usedIds = new Set<string>();
  for (const r of roots) {
    const ms: number[] = [];
    for (let i = head[r]!; i !== -1; i = next[i]!) ms.push(i);
    actorOfRoot[r] = actors.length;
    actors.push(buildActor(ms, nodes, nodeArticle, usedIds));
  }

  // 5. statements and events with ids; an article whose local actors map to the same actor ids as in the
  // previous merge reuses that merge's records (a live change then rebuilds only what it touched)
  const statements: Statement[] = [];
  const events: Event[] = [];
  for (let ai = 0; ai < extractions.length; ai++) {
    const e = extractions[ai]!;
    const base = firstNode[ai]!;
    const actorIds = new Array<string>(e.actors.length);
    for (let x = 0; x < e.actors.length; x++) actorIds[x] = actors[actorOfRoot[rootOf[base + x]!]!]!.id;
    const prev = recordsCache.get(e);
    if (prev && prev.corpus === corpus && sameIds(prev.actorIds, actorIds)) {
      for (const st of prev.statements) statements.push(st);
      for (const ev of prev.events) events.push(ev);
      continue;
    }
    const s0 = statements.length;
    const e0 = events.length;
    let local: Map<string, number> | undefined;
    const idOf = (key: string | null): string | null => {
      if (key == null) return null;
      if (!local) {
        local = new Map();
        for (let x = 0; x < e.actors.length; x++) local.set(e.actors[x]!.key, base + x);
      }
      const n = local.get(key);
      return n === undefined ? null : actors[actorOfRoot[rootOf[n]!]!]!.id;
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
    for (let i = 0; i < e.statements.length; i++) {
      const s = e.statements[i]!;
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
    }
    for (let i = 0; i < e.events.length; i++) {
      const ev = e.events[i]!;
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
    }
    recordsCache.set(e, { corpus, actorIds, statements: statements.slice(s0), events: events.slice(e0) });
  }

  return assignKeys({
    version: SUMMARY_VERSION,
    corpus,
    articles: extractions.map((e) => e.article),
    actors,
    statements,
    events,
    warnings,
  });
}

type Member = ArticleExtraction["actors"][number];

function buildActor(idx: number[], nodes: Member[], nodeArticle: string[], usedIds: Set<string>): Actor {
  const first = nodes[idx[0]!]!;
  // canonical name: the one most articles use, then the most mentioned, then the first seen
  let name = first.name;
  let kind = first.kind;
  if (idx.length > 1) {
    const score = new Map<string, { articles: Set<string>; mentions: number; first: number }>();
    const kindScore = new Map<ActorKind, number>();
    for (let x = 0; x < idx.length; x++) {
      const m = nodes[idx[x]!]!;
      let sc = score.get(m.name);
      if (!sc) score.set(m.name, (sc = { articles: new Set(), mentions: 0, first: x }));
      sc.articles.add(nodeArticle[idx[x]!]!);
      sc.mentions += m.mentionCount;
      kindScore.set(m.kind, (kindScore.get(m.kind) ?? 0) + m.mentionCount + 1);
    }
    if (score.size > 1) {
      let best: { articles: Set<string>; mentions: number; first: number } | undefined;
      for (const [n, sc] of score) {
        if (
          !best ||
          sc.articles.size > best.articles.size ||
          (sc.articles.size === best.articles.size &&
            (sc.mentions > best.mentions || (sc.mentions === best.mentions && sc.first < best.first)))
        ) {
          best = sc;
          name = n;
        }
      }
    }
    // kind: weighted by mentions; a specific kind beats "organization" on a tie
    for (const [k, v] of kindScore) {
      const cur = kindScore.get(kind)!;
      if (v > cur || (v === cur && kind === "organization")) kind = k;
    }
  }
  if (idx.length === 1) {
    // one article, one local actor: its aliases are already distinct
    const lname = name.toLowerCase();
    const aliases = first.aliases.filter((a) => a !== name && a.toLowerCase() !== lname);
    return finishActor(name, kind, aliases, first.roles.slice(), [nodeArticle[idx[0]!]!], first.mentionCount, usedIds);
  }
  const exact = new Set<string>([name]);
  const seen = new Set([name.toLowerCase()]);
  const aliases: string[] = [];
  const roles: string[] = [];
  const exactRoles = new Set<string>();
  const seenRoles = new Set<string>();
  const articles: string[] = [];
  const articleSet = new Set<string>();
  let mentions = 0;
  for (let x = 0; x < idx.length; x++) {
    const m = nodes[idx[x]!]!;
    const art = nodeArticle[idx[x]!]!;
    for (let y = -1; y < m.aliases.length; y++) {
      const a = y < 0 ? m.name : m.aliases[y]!;
      if (exact.has(a)) continue;
      exact.add(a);
      const l = a.toLowerCase();
      if (!seen.has(l)) {
        seen.add(l);
        aliases.push(a);
      }
    }
    for (const r of m.roles) {
      if (exactRoles.has(r)) continue;
      exactRoles.add(r);
      const l = r.toLowerCase();
      if (!seenRoles.has(l)) {
        seenRoles.add(l);
        roles.push(r);
      }
    }
    if (articles[articles.length - 1] !== art && !articleSet.has(art)) {
      articleSet.add(art);
      articles.push(art);
    }
    mentions += m.mentionCount;
  }
  return finishActor(name, kind, aliases, roles, articles, mentions, usedIds);
}

function finishActor(
  name: string,
  kind: ActorKind,
  aliases: string[],
  roles: string[],
  articles: string[],
  mentions: number,
  usedIds: Set<string>,
): Actor {
  let id = slugify(name);
  if (usedIds.has(id)) {
    const base = `${id}-${kind}`;
    id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
  }
  usedIds.add(id);
  return { id, name, kind, aliases, roles, articles, mentions };
}
