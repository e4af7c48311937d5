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
import { unnamedSources } from "./actors/unnamed.js";
import { officeSources } from "./actors/offices.js";
import { qualifiedBodies } from "./actors/qualified.js";

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
  unnamedSources(sentences, reg, tokens);
  officeSources(sentences, reg);
  descriptors(sentences, reg, gates);
  copularRoles(sentences, reg);
  militantDescriptors(sentences, reg, gates);
  fixKinds(reg);
  qualifiedBodies(reg);

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
  if (doc.datelinePlace) {
    // "SALT LAKE CITY —": the place the story was filed from, named in the capitals of a dateline
    const written = doc.datelinePlace.trim();
    const city = written.split(",")[0]!.trim();
    const name = city.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
    const d = reg.add(name, "place");
    reg.alias(d, city);
    if (written !== city) reg.alias(d, written);
    reg.role(d, "dateline");
  }
  const media = /\b(?:at|for|of|with)\s+((?:\p{Lu}[\p{L}'’.-]*\s*)+)$/u.exec(doc.bylineRole ?? "")?.[1]?.trim();
  for (const source of [doc.source, media]) {
    const name = source && WEB_ADDRESS.test(source.trim()) ? nameOfWebAddress(source.trim(), doc.body) : source;
    if (name && /\p{L}/u.test(name) && !/^https?:/i.test(name)) {
      const d = reg.add(name.trim(), "media");
      reg.role(d, "publisher of this article");
      if (source && name !== source) reg.alias(d, source.trim());
    }
  }
}

/** A publisher given only as a web address ("harbourdaily.co.uk"). */
const WEB_ADDRESS = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;
/** Labels of an address that name no outlet: country codes and generic second levels. */
const ADDRESS_NOISE = /^(?:www|com|co|org|net|news|gov|ac|[a-z]{2})$/i;

/** The name a web address stands for, as the story writes it ("Harbour Daily" for "harbourdaily.co.uk",
 * "KXYZ 7 News" for "kxyz7news.com"); undefined when the story never names it: an address is how the page was
 * found, not a participant in the story. */
export function nameOfWebAddress(address: string, body: string): string | undefined {
  const labels = address
    .toLowerCase()
    .split(".")
    .filter((l) => !ADDRESS_NOISE.test(l));
  if (!labels.length) return undefined;
  const words = /[\p{Lu}\p{N}][\p{L}\p{N}&'’]*/gu;
  const found: { text: string; start: number; end: number }[] = [];
  for (let m = words.exec(body); m; m = words.exec(body)) found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  for (let i = 0; i < found.length; i++) {
    let key = "";
    for (let j = i; j < Math.min(found.length, i + 5); j++) {
      if (j > i && !/^ $/.test(body.slice(found[j - 1]!.end, found[j]!.start))) break;
      key += found[j]!.text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
      if (labels.includes(key)) return body.slice(found[i]!.start, found[j]!.end);
      if (!labels.some((l) => l.startsWith(key))) break;
    }
  }
  return undefined;
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
