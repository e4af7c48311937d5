// How the merge compares actor names across articles: the normalised name, the proper-name aliases that may
// identify an actor, acronyms, generic institution names (the same only within one country), and the ids
// made from names. Pure string tests with small memo caches; the merge itself is in partition.ts and merge.ts.
import type { ArticleExtraction } from "../extract/types.js";
import { TITLES } from "../extract/lexicon/words.js";
import type { ActorKind } from "../model/schema.js";

/** Kinds that may be one actor: people; organisations, armed groups, governments and media; places and
 * countries; ethnic groups. */
export const KIND_GROUP: Record<ActorKind, string> = {
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
export function isGenericInstitution(base: string): boolean {
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
export function articleCountry(e: ArticleExtraction): string | undefined {
  let best: ArticleExtraction["actors"][number] | undefined;
  for (const a of e.actors) if (a.kind === "country" && (!best || a.mentionCount > best.mentionCount)) best = a;
  return best ? mergeName(best.name) : undefined;
}

// isNameAlias depends on the kind only through these three classes: one cache per class
const nameAliasCaches = { p: new Map<string, boolean>(), o: new Map<string, boolean>(), x: new Map<string, boolean>() };
export function isNameAliasCached(alias: string, kind: ActorKind): boolean {
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
export function isAcronymCached(s: string): boolean {
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
