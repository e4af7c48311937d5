// Actors of one article: people, organisations, armed groups, governments, media, countries, places and ethnic
// groups, with their aliases, roles and every place the text names them. Plain string and regex work over the
// sentences (no per-token NLP), in passes:
//   1. the byline author and the publisher;
//   2. parentheses: acronyms "Amazigh World Assembly (AMA)" and glosses "Fama (Mali army)";
//   3. runs of capitalised words, split into titles, qualifiers, names, organisations and lexicon hits;
//   4. lower-case patterns: "the Malian army", "the government of Mali", "the city of Bir", "Tuareg refugees",
//      "the Russian armed group Wagner", "told Yabiladi";
//   5. single capitalised words left over: surnames, acronyms, names seen before, places after "in";
//   6. descriptors that point back: "the army", "the coordination", "the regime", "the Kingdom", "the Algerians",
//      "the Mauritanian president", "the US ambassador to Morocco"; and roles from appositions.
// This file runs the passes in order and builds the lookups statements and events use; each pass lives in
// actors/ (parentheses.ts, runs.ts with persons.ts and lexicon-actor.ts, patterns.ts, singles.ts, descriptors.ts).
import type { CleanArticle } from "../corpus/types.js";
import { Registry } from "./actors/registry.js";
import type { Draft } from "./actors/registry.js";
import { tokenize } from "./actors/tokens.js";
import type { ArticleActors, LocalActor, Mention, Sentence } from "./types.js";
import { lastNameOf } from "./actors/helpers.js";
import { gateOf } from "./actors/gates.js";
import { lowerCasePatterns } from "./actors/patterns.js";
import { resolvePhrase } from "./actors/resolve.js";
import { copularRoles, descriptors, fixKinds, militantDescriptors } from "./actors/descriptors.js";
import { parentheticals } from "./actors/parentheses.js";
import { capitalisedRuns } from "./actors/runs.js";
import { resolveSingles, shouting } from "./actors/singles.js";

export function extractActors(doc: CleanArticle, sentences: Sentence[]): ArticleActors {
  const body = doc.body;
  const reg = new Registry(body);
  const tokens = sentences.map((s) => tokenize(body, s));

  // Words the document writes in lower case, and capitalised words it uses away from a sentence start.
  const lowerWords = new Set<string>();
  const capInside = new Set<string>();
  for (const ts of tokens)
    for (const t of ts) {
      if (!t.cap) lowerWords.add(t.lower);
      else if (!t.initial) capInside.add(t.lower);
    }

  addByline(doc, reg);
  parentheticals(body, sentences, tokens, reg);
  const singles = capitalisedRuns(body, sentences, tokens, reg, lowerWords, capInside);
  const gates = tokens.map(gateOf);
  lowerCasePatterns(sentences, reg, gates);
  resolveSingles(
    body,
    sentences,
    tokens,
    singles.filter((x) => !shouting(tokens[x.token.sentence]!)),
    reg,
  );
  descriptors(sentences, reg, gates);
  copularRoles(sentences, reg);
  militantDescriptors(sentences, reg, gates);
  fixKinds(reg);

  const actors = reg.finish();
  return makeArticleActors(actors, reg);
}

// ---------------------------------------------------------------------------------------------------------
// 1. Byline and publisher

function addByline(doc: CleanArticle, reg: Registry) {
  if (doc.byline && /\p{L}/u.test(doc.byline)) {
    const d = reg.add(doc.byline.trim(), "person");
    reg.role(d, "author");
    if (doc.bylineRole) reg.role(d, doc.bylineRole.trim());
    const last = lastNameOf(d.name);
    if (last && last !== d.name) reg.alias(d, last);
  }
  const media = /\b(?:at|for|of|with)\s+((?:\p{Lu}[\p{L}'’.-]*\s*)+)$/u.exec(doc.bylineRole ?? "")?.[1]?.trim();
  for (const name of [doc.source, media]) {
    if (name && /\p{L}/u.test(name) && !/^https?:/i.test(name)) {
      const d = reg.add(name.trim(), "media");
      reg.role(d, "publisher of this article");
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// The lookups statements and events use

function makeArticleActors(actors: LocalActor[], reg: Registry): ArticleActors {
  const byKey = new Map(actors.map((a) => [a.key, a]));
  const mentions = actors.flatMap((a) => a.mentions).sort((a, b) => a.start - b.start || b.end - a.end);
  const local = (d: Draft | undefined) => (d ? byKey.get(d.key) : undefined);
  return {
    actors,
    mentions,
    resolve: (phrase: string) => local(resolvePhrase(reg, phrase, 0)),
    mentionsIn: overlapLookup(mentions),
  };
}

/** Mentions overlapping [start, end), in order, in O(log n + k): mentions are sorted by start, and the running
 * maximum of their ends tells where the first one that can reach `start` is. Events and statements call it per
 * clause, so a scan of every mention made large articles quadratic. */
export function overlapLookup(mentions: readonly Mention[]): (start: number, end: number) => Mention[] {
  const maxEnd: number[] = [];
  let running = -1;
  for (const m of mentions) maxEnd.push((running = Math.max(running, m.end)));
  const firstIndex = (test: (i: number) => boolean): number => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (test(mid)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return (start, end) => {
    const from = firstIndex((i) => maxEnd[i]! > start);
    const to = firstIndex((i) => mentions[i]!.start >= end);
    const out: Mention[] = [];
    for (let i = from; i < to; i++) if (mentions[i]!.end > start) out.push(mentions[i]!);
    return out;
  };
}
