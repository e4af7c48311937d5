// Which local actors are the same actor: one node per local actor (in corpus order), joined by shared
// canonical names and proper-name aliases within compatible kinds, then acronyms. Works on any list of nodes
// in corpus order: the whole corpus (a full merge) or the closed neighbourhood of a changed article (an
// incremental merge, see incremental.ts), and gives the same groups for those nodes either way.
//
// Two local actors are the same actor when they are of compatible kinds (people with people; organisations,
// armed groups, governments and media together; countries and places together; ethnic groups together) and
// share a name: the canonical name, or an alias that is itself a proper name ("Wagner" for "Wagner group").
// Descriptions ("the coordination", "Former Tuareg separatists"), title phrases ("AMA President") and
// surnames never merge. An acronym ("AU") merges only an actor known by that acronym alone into the one
// actor whose expansion it is; two different expansions of one acronym stay two actors.
import type { ArticleExtraction } from "../extract/types.js";
import type { ActorKind } from "../model/schema.js";
import { articleCountry, isAcronymCached, isGenericInstitution, isNameAliasCached, KIND_GROUP, mergeName } from "./names.js";

/** One local actor of one article, with what the merge needs to know about where it stands. */
export interface MergeNode {
  /** Article id and the corpus file that orders it. */
  article: string;
  file: string;
  /** Index of the local actor in its article's extraction. */
  idx: number;
  name: string;
  kind: ActorKind;
  aliases: readonly string[];
  roles: readonly string[];
  mentionCount: number;
  /** An unnamed source ("a police spokesman"): the same actor only within its own article. */
  unnamed?: boolean;
  /** The country the article is mostly about (or `article:ID`): generic institutions are one only within it. */
  context: string;
}

export function nodesOf(e: ArticleExtraction): MergeNode[] {
  const context = articleCountry(e) ?? `article:${e.article.id}`;
  return e.actors.map((a, idx) => ({
    article: e.article.id,
    file: e.article.file,
    idx,
    name: a.name,
    kind: a.kind,
    aliases: a.aliases,
    roles: a.roles,
    mentionCount: a.mentionCount,
    ...(a.unnamed ? { unnamed: true } : {}),
    context,
  }));
}

/** Corpus order of nodes: by file name (as the corpus listing sorts), then by local index. */
export function compareNodes(a: { file: string; idx: number }, b: { file: string; idx: number }): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.idx - b.idx;
}

const acronymOnly = (n: MergeNode) => isAcronymCached(n.name) && n.kind !== "country" && n.kind !== "place";

/** The normalised canonical name; a generic institution's carries its context. */
function contextBase(n: MergeNode): string {
  const base = mergeName(n.name);
  // "Ministry of Defence", "Supreme Court": a generic institution is the same only within one country
  if (n.kind !== "person" && n.kind !== "country" && n.kind !== "place" && isGenericInstitution(base)) return `${base}@${n.context}`;
  // "a police spokesman": an unnamed source is the same actor only within its own article
  if (n.unnamed) return `${base}@${n.article}`;
  return base;
}

/** The key a node's canonical name registers under, or "" when it registers none (an acronym-only name). */
function registeredBase(n: MergeNode, base: string): string {
  return base && !acronymOnly(n) ? base : "";
}

function nameAliasKeys(n: MergeNode, base: string): string[] {
  const out: string[] = [];
  if (n.unnamed) return out;
  for (const al of n.aliases) {
    if (!isNameAliasCached(al, n.kind)) continue;
    const k = mergeName(al);
    if (k && k !== base) out.push(k);
  }
  return out;
}

/** Every key through which a node can be joined to another: a node can only ever join nodes it shares one of
 * these with (directly or through others). Names and aliases share one key space per kind group; acronyms
 * link an acronym-only node to the nodes having that acronym as an alias. */
export function nodeKeys(n: MergeNode): string[] {
  const g = KIND_GROUP[n.kind];
  const base = contextBase(n);
  const reg = registeredBase(n, base);
  const keys = reg ? [`n:${g}:${reg}`] : [];
  for (const k of nameAliasKeys(n, base)) keys.push(`n:${g}:${k}`);
  if (acronymOnly(n)) keys.push(`a:${g}:${n.name}`);
  else if (!isAcronymCached(n.name)) for (const al of n.aliases) if (isAcronymCached(al)) keys.push(`a:${g}:${al}`);
  return [...new Set(keys)];
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

/** Groups of node indexes that are one actor, in order of first appearance, each in node order. `nodes` must
 * be in corpus order. */
export function partition(nodes: readonly MergeNode[]): number[][] {
  const uf = new UnionFind(nodes.length);
  // 1. union by canonical names and proper-name aliases, within compatible kinds (one map per kind group)
  const groups = new Map<string, Map<string, number>>();
  for (const g of ["p", "o", "g", "e", "acr"]) groups.set(g, new Map());
  const mapOf = (kind: ActorKind) => groups.get(KIND_GROUP[kind])!;
  const aliasKeys: (string[] | undefined)[] = new Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i]!;
    const base = contextBase(a);
    if (registeredBase(a, base)) {
      // canonical names first, so that an alias never pulls an actor away from its own name
      const m = mapOf(a.kind);
      const j = m.get(base);
      if (j === undefined) m.set(base, i);
      else uf.union(j, i);
    }
    const ks = nameAliasKeys(a, base);
    if (ks.length) aliasKeys[i] = ks;
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

  // 2. acronyms: an actor named only by an acronym joins the one actor that has it as an expanded alias
  let expansions: Map<string, Set<number>> | undefined;
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i]!;
    if (!acronymOnly(a)) continue;
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
    const key = `${KIND_GROUP[a.kind]}:${a.name}`;
    const s = expansions.get(key);
    if (!s) {
      // acronym-only actors of the same acronym are one actor
      const m = groups.get("acr")!;
      const j = m.get(key);
      if (j === undefined) m.set(key, i);
      else uf.union(j, i);
      continue;
    }
    const roots = new Set<number>();
    for (const j of s) roots.add(uf.find(j));
    if (roots.size === 1) uf.union([...roots][0]!, i);
  }

  // 3. one group per root, in order of first appearance
  const byRoot = new Map<number, number[]>();
  const out: number[][] = [];
  for (let i = 0; i < nodes.length; i++) {
    const r = uf.find(i);
    let g = byRoot.get(r);
    if (!g) {
      byRoot.set(r, (g = []));
      out.push(g);
    }
    g.push(i);
  }
  return out;
}
