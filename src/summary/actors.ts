// One merged actor from the local actors that are the same actor (see partition.ts): the canonical name most
// articles use, the kind most mentions give, every distinct alias and role, the articles in corpus order, the
// mention count; and the ids of actors in summary order. Which local actors belong together is left to
// partition.ts; statements and events to merge.ts.
import type { Actor, ActorKind } from "../model/schema.js";
import { slugify } from "./names.js";
import type { MergeNode } from "./partition.js";

export type ActorBody = Omit<Actor, "id">;

/** The merged actor (without its id) of a group of nodes in corpus order. */
export function canonicalActor(nodes: readonly MergeNode[]): ActorBody {
  const idx = nodes.map((_, i) => i);
  const nodeArticle = nodes.map((n) => n.article);
  const first = nodes[0]!;
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
    const one = finishActor(name, kind, aliases, [...first.roles], [nodeArticle[idx[0]!]!], first.mentionCount);
    return first.unnamed ? { ...one, unnamed: true } : one;
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
  return finishActor(name, kind, aliases, roles, articles, mentions);
}

function finishActor(name: string, kind: ActorKind, aliases: string[], roles: string[], articles: string[], mentions: number): ActorBody {
  return { name, kind, aliases, roles, articles, mentions };
}

/** Ids for actors in summary order: the slug of the name, or for a slug taken by an earlier actor
 * `slug-kind`, `slug-kind-2`, ... */
export function assignIds(actors: readonly { name: string; kind: ActorKind }[], slugs?: (i: number) => string): string[] {
  const used = new Set<string>();
  // where the suffix search stopped per base: ids only get taken, so it resumes there (not quadratic when
  // thousands of actors share a name)
  const nextSuffix = new Map<string, number>();
  return actors.map((a, i) => {
    let id = slugs ? slugs(i) : slugify(a.name);
    if (used.has(id)) {
      const base = `${id}-${a.kind}`;
      id = base;
      let n = nextSuffix.get(base) ?? 2;
      if (used.has(id)) for (id = `${base}-${n}`; used.has(id); n++) id = `${base}-${n + 1}`;
      nextSuffix.set(base, n);
    }
    used.add(id);
    return id;
  });
}
