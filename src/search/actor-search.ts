// Actors by name, alias or role, in two stages (issue 4): a cheap candidate stage over the vocabulary
// (exact words, prefixes, one-typo words, exact whole names) narrows to at most MAX_CANDIDATES name records,
// then fuse.js scores those few. Exact names and acronyms beat fuzzy ones; ties go to the actor the corpus
// mentions most.
import Fuse from "fuse.js";
import type { Actor } from "../model/schema.js";
import { normalize, normalizeQuery } from "./normalize.js";
import { lookupForms, skeleton } from "./variants.js";
import { MATCH_WEIGHT, Vocabulary } from "./vocabulary.js";
import type { Hit } from "./hit.js";
import { drain, type Steps } from "../steps.js";

/** Records scored by fuse.js per query. */
const MAX_CANDIDATES = 40;
/** Shortest one-word query that may match with a typo. */
const MIN_LONE_TYPO_LENGTH = 4;
/** Candidates covering this much less of the query than the best one are not scored. */
const COVERAGE_SLACK = 0.35;
/** Actors kept per one- or two-letter prefix. */
const SHORT_PREFIX_ACTORS = 50;
/** A query word whose matches exceed this many records only re-weighs candidates found by rarer words. */
const COMMON_WORD_RECORDS = 1000;
/** Best score an actor may have and still count as a match. */
export const MATCH_THRESHOLD = 0.45;
// texts are already folded (normalize), so fuse.js need not fold diacritics again
const FUSE_OPTIONS = { ignoreLocation: true, threshold: 0.6 } as const;

enum RecordKind {
  Name = 0,
  Alias = 1,
  Role = 2,
}
const KIND_PENALTY = [0, 0.02, 0.15] as const;

/** Kinds of actor that go by acronyms. */
const ACRONYM_KINDS = new Set<Actor["kind"]>(["organization", "armed-group", "government", "media"]);
/** Words an acronym leaves out. */
const ACRONYM_SKIP = new Set(["of", "the", "and", "for", "in", "on", "to", "de", "des", "du", "la", "le", "les", "et", "al"]);
/** Scores of a name found only through its initials: in order ("WFP" for World Food Programme), or in another
 * order, as when the acronym comes from the name in another language ("CMA" for the Azawad Movement
 * Co-ordination, Coordination des Mouvements de l'Azawad). Both rank below any name the text gives. */
const INITIALS_SCORE = { inOrder: 0.1, reordered: 0.2 } as const;
/** Score of a name found only as a transliteration variant ("Gaddafi" for "Moamer Kadhafi"), plus this much
 * per word of the name the query leaves out; a lookup form other than the query itself ("the CMA" → "CMA")
 * adds FORM_PENALTY. */
const VARIANT_SCORE = 0.2;
const VARIANT_EXTRA_WORD = 0.03;
const FORM_PENALTY = 0.005;

/** The initials of a name's words (space-separated, so "Co-ordination" gives one letter), or null when the
 * name has fewer than three words to abbreviate. */
export function initialsOf(name: string): string | null {
  const words = name
    .split(/\s+/)
    .map((w) => normalize(w).replace(/ /g, ""))
    .filter((w) => w !== "" && !ACRONYM_SKIP.has(w));
  if (words.length < 3 || words.length > 8) return null;
  return words.map((w) => w[0]).join("");
}

const sortedLetters = (s: string) => [...s].sort().join("");

interface Candidate {
  record: number;
  weights: number[];
  coverage: number;
}

export class ActorSearch {
  private readonly vocab = new Vocabulary();
  private readonly recActor: number[] = [];
  private readonly recNorm: string[] = [];
  private readonly recWords: number[] = [];
  private readonly recKind: RecordKind[] = [];
  /** Whole normalised name or alias → records. */
  private readonly exact = new Map<string, number[]>();
  /** One- and two-letter word prefixes → actors, most mentioned first (autocomplete on a few letters). */
  private readonly shortPrefix = new Map<string, number[]>();
  /** Sorted initials of multi-word organisation names → actor indexes, with the initials in name order. */
  private readonly initials = new Map<string, { actor: number; initials: string }[]>();
  /** Consonant skeleton of a name or alias word (see variants.ts) → records. */
  private readonly skeletons = new Map<string, number[]>();
  /** Actor indexes, most mentioned first. */
  byMentions: number[] = [];

  /** Builds at once; `ActorSearch.steps` builds with pause points. */
  constructor(
    readonly actors: readonly Actor[],
    later = false,
  ) {
    if (!later) drain(this.fill());
  }

  /** The search over `actors`, built with pause points between pieces of work (see steps.ts). */
  static *steps(actors: readonly Actor[]): Steps<ActorSearch> {
    const search = new ActorSearch(actors, true);
    yield* search.fill();
    return search;
  }

  private *fill(): Steps<void> {
    const actors = this.actors;
    const firstRecord: number[] = [];
    for (let a = 0; a < actors.length; a++) {
      const actor = actors[a] as Actor;
      if ((a & 1023) === 1023) yield;
      firstRecord.push(this.recActor.length);
      const seen = new Set<string>();
      const add = (text: string, kind: RecordKind) => {
        const norm = normalize(text);
        if (norm === "" || seen.has(norm)) return;
        seen.add(norm);
        const r = this.recActor.length;
        const words = norm.split(" ");
        this.recActor.push(a);
        this.recNorm.push(norm);
        this.recWords.push(words.length);
        this.recKind.push(kind);
        for (const w of words) this.vocab.add(w, r);
        if (kind !== RecordKind.Role) {
          const list = this.exact.get(norm);
          if (list) list.push(r);
          else this.exact.set(norm, [r]);
          for (const w of new Set(words)) {
            const k = this.skeletonOf(w);
            if (!k) continue;
            const recs = this.skeletons.get(k);
            if (recs) recs.push(r);
            else this.skeletons.set(k, [r]);
          }
        }
      };
      add(actor.name, RecordKind.Name);
      const initials = ACRONYM_KINDS.has(actor.kind) ? initialsOf(actor.name) : null;
      if (initials) {
        const key = sortedLetters(initials);
        const list = this.initials.get(key);
        if (list) list.push({ actor: a, initials });
        else this.initials.set(key, [{ actor: a, initials }]);
      }
      for (const alias of actor.aliases) add(alias, RecordKind.Alias);
      for (const role of actor.roles) add(role, RecordKind.Role);
    }
    yield;
    const byMentions = (x: number, y: number) =>
      (actors[y]?.mentions ?? 0) - (actors[x]?.mentions ?? 0) ||
      (actors[y]?.articles.length ?? 0) - (actors[x]?.articles.length ?? 0) ||
      x - y;
    this.byMentions = actors.map((_, i) => i).sort(byMentions);
    yield;
    firstRecord.push(this.recActor.length);
    for (let i = 0; i < this.byMentions.length; i++) {
      const a = this.byMentions[i] as number;
      if ((i & 4095) === 4095) yield;
      const prefixes = new Set<string>();
      for (let r = firstRecord[a] as number; r < (firstRecord[a + 1] as number); r++) {
        if (this.recKind[r] === RecordKind.Role) continue;
        for (const w of (this.recNorm[r] as string).split(" ")) prefixes.add(w.slice(0, 1)).add(w.slice(0, 2));
      }
      for (const p of prefixes) {
        const list = this.shortPrefix.get(p);
        if (!list) this.shortPrefix.set(p, [a]);
        else if (list.length < SHORT_PREFIX_ACTORS) list.push(a);
      }
    }
  }

  get recordCount(): number {
    return this.recActor.length;
  }

  /** Actors matching `query`, best first; only those scoring at most `threshold`. */
  search(query: string, limit = 10, threshold = MATCH_THRESHOLD): Hit<Actor>[] {
    return this.rank(query, false, limit, threshold, undefined);
  }

  /** Actors for an autocomplete box: the last word may be unfinished; an empty query gives the most
   * mentioned actors. `accept` filters (e.g. only actors who said something). */
  suggest(query: string, limit = 25, accept?: (actor: Actor) => boolean): Hit<Actor>[] {
    const norm = normalizeQuery(query);
    if (norm === "") return this.top(this.byMentions, limit, accept);
    if (norm.length <= 2 && !norm.includes(" ")) {
      const exact = this.rank(query, true, limit, 0.2, accept);
      const seen = new Set(exact.map((h) => h.item.id));
      const more = this.top(this.shortPrefix.get(norm) ?? [], limit, (a) => !seen.has(a.id) && (accept?.(a) ?? true), 0.3);
      return [...exact, ...more].slice(0, limit);
    }
    return this.rank(query, true, limit, 0.6, accept);
  }

  private top(order: readonly number[], limit: number, accept?: (actor: Actor) => boolean, score = 0.5): Hit<Actor>[] {
    const out: Hit<Actor>[] = [];
    for (const a of order) {
      const actor = this.actors[a];
      if (!actor || (accept && !accept(actor))) continue;
      out.push({ item: actor, score });
      if (out.length >= limit) break;
    }
    return out;
  }

  private rank(query: string, lastIsPrefix: boolean, limit: number, threshold: number, accept?: (actor: Actor) => boolean): Hit<Actor>[] {
    const norm = normalizeQuery(query);
    if (norm === "") return [];
    const best = new Map<number, number>();
    const forms = lookupForms(norm);
    // with an article or a possessive around it, the query as typed counts only when it is a name exactly
    // ("The Guardian"): its other matches would come from "the" or "statement", not from the name
    if (forms.length > 1) for (const r of this.exact.get(norm) ?? []) best.set(this.recActor[r] as number, 0);
    forms.forEach((form, i) => {
      if (i > 0 || forms.length === 1) this.score(form, lastIsPrefix, best, i === 0 ? 0 : FORM_PENALTY);
    });
    const hits: Hit<Actor>[] = [];
    for (const [a, score] of best) {
      const actor = this.actors[a];
      if (!actor || score > threshold || (accept && !accept(actor))) continue;
      hits.push({ item: actor, score: Math.min(1, score) });
    }
    hits.sort(
      (x, y) =>
        x.score - y.score ||
        y.item.mentions - x.item.mentions ||
        y.item.articles.length - x.item.articles.length ||
        x.item.name.localeCompare(y.item.name),
    );
    return hits.slice(0, limit);
  }

  /** Scores every actor `norm` may name into `best` (lowest score kept), `penalty` added. */
  private score(norm: string, lastIsPrefix: boolean, best: Map<number, number>, penalty: number): void {
    const found = new Map<number, number>();
    const candidates = this.candidates(norm, lastIsPrefix);
    const exactRecords = new Set(this.exact.get(norm) ?? []);
    const queryWords = norm.split(" ").length;
    for (const c of candidates) {
      const a = this.recActor[c.record] as number;
      let score: number;
      if (exactRecords.has(c.record)) {
        score = this.recKind[c.record] === RecordKind.Name ? 0 : 0.001;
      } else {
        const m = Fuse.match(norm, this.recNorm[c.record] as string, FUSE_OPTIONS);
        const fuse = m.isMatch ? m.score : 1;
        const extraWords = Math.max(0, (this.recWords[c.record] as number) - queryWords);
        score =
          0.55 * fuse +
          0.45 * (1 - c.coverage) +
          KIND_PENALTY[this.recKind[c.record] as RecordKind] +
          0.04 * Math.min(1, extraWords / 5) +
          0.005;
      }
      const prev = found.get(a);
      if (prev === undefined || score < prev) found.set(a, score);
    }
    this.addByInitials(norm, found);
    this.addByVariants(norm, found);
    for (const [a, score] of found) {
      const prev = best.get(a);
      if (prev === undefined || score + penalty < prev) best.set(a, score + penalty);
    }
  }

  /** A name written in another transliteration ("Gaddafi", "Qaddafi" for "Moamer Kadhafi"; "Mohammed" for
   * "Mohamed"): every query word has the skeleton of a word of one name or alias, or is one of its words. */
  private addByVariants(norm: string, best: Map<number, number>): void {
    const words = norm.split(" ");
    const keys = words.map((w) => skeleton(w));
    const first = keys.findIndex((k) => k !== null);
    if (first < 0) return;
    for (const r of this.skeletons.get(keys[first]!) ?? []) {
      const recWords = (this.recNorm[r] as string).split(" ");
      const recKeys = recWords.map((w) => this.skeletonOf(w));
      const all = words.every((w, i) => recWords.includes(w) || (keys[i] !== null && recKeys.includes(keys[i]!)));
      if (!all) continue;
      const score =
        VARIANT_SCORE + VARIANT_EXTRA_WORD * Math.max(0, recWords.length - words.length) + KIND_PENALTY[this.recKind[r] as RecordKind];
      const a = this.recActor[r] as number;
      const prev = best.get(a);
      if (prev === undefined || score < prev) best.set(a, score);
    }
  }

  /** Skeletons of the words of names, computed once per word (a common skeleton leads to thousands of records,
   * each word of which was folded again on every lookup). */
  private readonly skeletonMemo = new Map<string, string | null>();
  private skeletonOf(word: string): string | null {
    let k = this.skeletonMemo.get(word);
    if (k === undefined) this.skeletonMemo.set(word, (k = skeleton(word)));
    return k;
  }

  /** A lone acronym the corpus never spells out ("CMA") still finds the organisation whose name has those
   * initials, unless a name or alias already matches it exactly. */
  private addByInitials(norm: string, best: Map<number, number>): void {
    if (!/^[a-z]{3,8}$/.test(norm) || this.exact.has(norm)) return;
    for (const { actor, initials } of this.initials.get(sortedLetters(norm)) ?? []) {
      const score = initials === norm ? INITIALS_SCORE.inOrder : INITIALS_SCORE.reordered;
      const prev = best.get(actor);
      if (prev === undefined || score < prev) best.set(actor, score);
    }
  }

  /** The candidate stage: records sharing (a typo or prefix of) the query's words, the best covered first. */
  private candidates(norm: string, lastIsPrefix: boolean): Candidate[] {
    const words = norm.split(" ");
    const n = words.length;
    const acc = new Map<number, number[]>();
    const expansions = words.map((w, i) => {
      let ex = this.vocab.expand(w, (lastIsPrefix || w.length >= 3) && i === n - 1, !lastIsPrefix);
      // a short word alone ("CMA") is too short for a typo: one letter off is another acronym ("AMA")
      if (w.length < MIN_LONE_TYPO_LENGTH && n === 1) ex = ex.filter((e) => e.how !== "typo");
      if (ex.length === 0 && w.length >= 5) {
        // two typos or more: fall back on words sharing the first three letters
        ex = this.vocab.prefixed(w.slice(0, 3), 50).map((word) => ({ word, how: "typo" as const }));
      }
      let total = 0;
      for (const e of ex) total += this.vocab.records(e.word).length;
      return { i, ex, total };
    });
    expansions.sort((x, y) => x.total - y.total);
    for (const { i, ex, total } of expansions) {
      if (total > COMMON_WORD_RECORDS && acc.size > 0) {
        // a common word ("the", "group"): only re-weigh the candidates the rarer words found
        const word = words[i] as string;
        const asPrefix = (lastIsPrefix || word.length >= 3) && i === n - 1;
        for (const [r, weights] of acc) {
          const recWords = (this.recNorm[r] as string).split(" ");
          if (recWords.includes(word)) weights[i] = MATCH_WEIGHT.exact;
          else if (asPrefix && recWords.some((w) => w.startsWith(word))) weights[i] = MATCH_WEIGHT.prefix;
        }
        continue;
      }
      for (const e of ex) {
        const w = MATCH_WEIGHT[e.how];
        for (const r of this.vocab.records(e.word)) {
          let weights = acc.get(r);
          if (!weights) acc.set(r, (weights = new Array<number>(n).fill(0)));
          if (w > (weights[i] as number)) weights[i] = w;
        }
      }
    }
    for (const r of this.exact.get(norm) ?? []) if (!acc.has(r)) acc.set(r, new Array<number>(n).fill(1));
    let out: Candidate[] = [];
    let best = 0;
    for (const [record, weights] of acc) {
      let sum = 0;
      for (const w of weights) sum += w;
      out.push({ record, weights, coverage: sum / n });
      if (sum / n > best) best = sum / n;
    }
    out = out.filter((c) => c.coverage >= best - COVERAGE_SLACK);
    if (out.length > MAX_CANDIDATES) {
      out.sort(
        (x, y) =>
          y.coverage - x.coverage ||
          (this.recKind[x.record] as number) - (this.recKind[y.record] as number) ||
          (this.actors[this.recActor[y.record] as number]?.mentions ?? 0) - (this.actors[this.recActor[x.record] as number]?.mentions ?? 0),
      );
      out.length = MAX_CANDIDATES;
    }
    return out;
  }
}
