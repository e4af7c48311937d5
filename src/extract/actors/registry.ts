// The actors of one article while they are being found: one draft per actor, an index from every name and
// alias (normalised) to the drafts it names, and the mentions found so far.
import type { ActorKind } from "../../model/schema.js";
import type { LocalActor, Mention } from "../types.js";
import type { Country } from "../lexicon/countries.js";

export interface Draft {
  key: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  roles: string[];
  mentions: Mention[];
  /** Country of a person's nationality, or the country a government/army belongs to. */
  country?: Country;
  /** Titles a person holds, lower-case ("president"). */
  titles: Set<string>;
  /** The acronym that stands for this organisation, if one was defined. */
  acronym?: string;
  /** Order of creation: the first found comes first. */
  order: number;
  /** A source the text describes but does not name ("a police spokesman", "local officials"). */
  unnamed?: boolean;
}

/** Normalises a phrase for lookups: no accents, quotes, possessive or leading article; hyphens dropped. */
const normCache = new Map<string, string>();
export function normKey(s: string): string {
  const hit = normCache.get(s);
  if (hit !== undefined) return hit;
  const n = normalise(s);
  if (normCache.size > 100_000) normCache.clear();
  normCache.set(s, n);
  return n;
}

function normalise(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’]s\b/g, "")
    .toLowerCase()
    .replace(/[«»“”„"‘’'`´]/g, "")
    .replace(/(\p{L})-(\p{L})/gu, "$1$2")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^(the|a|an) /, "");
}

export class Registry {
  readonly drafts = new Map<string, Draft>();
  readonly index = new Map<string, Set<string>>();
  private count = 0;
  private readonly spans = new Map<string, Set<number>>();

  constructor(readonly body: string) {}

  get(key: string): Draft | undefined {
    return this.drafts.get(key);
  }

  /** The draft named `name`, created with `kind` when new. */
  add(name: string, kind: ActorKind): Draft {
    const key = normKey(name);
    let d = this.drafts.get(key);
    if (!d) {
      d = { key, name, kind, aliases: [], roles: [], mentions: [], titles: new Set(), order: this.count++ };
      this.drafts.set(key, d);
      this.indexName(key, key);
    }
    return d;
  }

  private indexName(n: string, key: string) {
    if (!n) return;
    let s = this.index.get(n);
    if (!s) this.index.set(n, (s = new Set()));
    s.add(key);
  }

  /** Adds an alias (as written) and indexes it. */
  alias(d: Draft, text: string): void {
    const t = text.trim();
    const n = normKey(t);
    if (!n) return;
    this.indexName(n, d.key);
    // "the Assembly" for "Assembly" is kept as written: a surface form of the article
    if (t === d.name || d.aliases.some((a) => a.toLowerCase() === t.toLowerCase())) return;
    d.aliases.push(t);
  }

  role(d: Draft, role: string): void {
    const r = role.trim().replace(/\s+/g, " ");
    if (r && !d.roles.some((x) => x.toLowerCase() === r.toLowerCase())) d.roles.push(r);
  }

  /** Drafts a normalised phrase names. */
  lookup(phrase: string): Draft[] {
    const keys = this.index.get(normKey(phrase));
    const out: Draft[] = [];
    if (keys) for (const k of keys) out.push(this.drafts.get(k)!);
    return out;
  }

  /** The one draft a phrase names, or undefined (none or several). */
  unique(phrase: string): Draft | undefined {
    const keys = this.index.get(normKey(phrase));
    if (keys?.size !== 1) return undefined;
    for (const k of keys) return this.drafts.get(k);
    return undefined;
  }

  mention(d: Draft, start: number, end: number, sentence: number, via: Mention["via"]): void {
    if (end <= start) return;
    // One mention per span: the first (most specific) finding wins.
    let spans = this.spans.get(d.key);
    if (!spans) this.spans.set(d.key, (spans = new Set()));
    const id = start * 1_000_003 + end;
    if (spans.has(id)) return;
    spans.add(id);
    d.mentions.push({ actorKey: d.key, start, end, text: this.body.slice(start, end), sentence, via });
  }

  /** Moves everything of `from` into `into` (two drafts found to be one actor). */
  absorb(into: Draft, from: Draft): void {
    if (into === from) return;
    this.alias(into, from.name);
    for (const a of from.aliases) this.alias(into, a);
    for (const r of from.roles) this.role(into, r);
    for (const t of from.titles) into.titles.add(t);
    into.country ??= from.country;
    into.acronym ??= from.acronym;
    for (const m of from.mentions) this.mention(into, m.start, m.end, m.sentence, m.via);
    from.mentions = [];
    this.drafts.delete(from.key);
    for (const set of this.index.values()) if (set.delete(from.key)) set.add(into.key);
  }

  /** [start, end) of every mention made so far by a name or an acronym. */
  namedSpans(): [number, number][] {
    const out: [number, number][] = [];
    for (const d of this.drafts.values()) for (const m of d.mentions) if (m.via === "name") out.push([m.start, m.end]);
    return out;
  }

  ofKind(...kinds: ActorKind[]): Draft[] {
    return [...this.drafts.values()].filter((d) => kinds.includes(d.kind));
  }

  finish(): LocalActor[] {
    return [...this.drafts.values()]
      .sort((a, b) => a.order - b.order)
      .map((d) => ({
        key: d.key,
        name: d.name,
        kind: d.kind,
        aliases: d.aliases.filter((a) => a !== d.name),
        roles: d.roles,
        mentions: d.mentions.sort((a, b) => a.start - b.start),
        ...(d.unnamed ? { unnamed: true as const } : {}),
      }));
  }
}
