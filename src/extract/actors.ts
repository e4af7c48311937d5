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
import type { CleanArticle } from "../corpus/types.js";
import { COUNTRY_BY_DEMONYM, isPluralDemonym } from "./lexicon/countries.js";
import type { Country } from "./lexicon/countries.js";
import {
  ARMED_GROUPS,
  COURTESY,
  GENERIC_ACRONYMS,
  HEAD_OF_STATE_TITLES,
  INSTITUTION_ADJECTIVES,
  MEDIA_HEADS,
  MEDIA_NAMES,
  MONTHS,
  NON_ACTOR_PROPER,
  NOT_NAMES,
  ORG_DESCRIPTORS,
  ORG_HEADS,
  PLACE_NOUNS,
  PORTFOLIOS,
  TITLES,
  WEEKDAYS,
} from "./lexicon/words.js";
import { alternation, COUNTRY_ALT, countryOf, DEMONYM_ALT, lexicon, LEXICON_FIRST } from "./actors/lexicon-match.js";
import type { LexHit } from "./actors/lexicon-match.js";
import { Registry } from "./actors/registry.js";
import type { Draft } from "./actors/registry.js";
import { capitalRuns, tokenize } from "./actors/tokens.js";
import type { Token } from "./actors/tokens.js";
import type { ArticleActors, LocalActor, Mention, Sentence } from "./types.js";
import {
  GOV_HEADS,
  TITLE_FIRST,
  ARMY_WORDS,
  LOCATIVE,
  army,
  government,
  countryActor,
  orgKind,
  PLACE_HEADS,
  lastNameOf,
  writtenAsGroup,
} from "./actors/helpers.js";
import { gateOf } from "./actors/gates.js";
import { lowerCasePatterns } from "./actors/patterns.js";
import { orgByDescriptor, resolvePhrase } from "./actors/resolve.js";
import { copularRoles, descriptors, fixKinds, militantDescriptors } from "./actors/descriptors.js";

interface Run {
  tokens: Token[];
  /** Set by a plural title ("Presidents A and B") for the runs that follow in the coordination. */
  title?: string;
  /** The run qualifies a title ("Liberal Democrat leader"): it names a body or a place, not a person. */
  qualifier?: boolean;
}

interface Single {
  token: Token;
  nationality?: Country;
}

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
// 2. Parentheses: "Name (ACR)" defines an acronym; "Name (gloss)" makes Name an alias of what the gloss names.

function parentheticals(body: string, sentences: Sentence[], tokens: Token[][], reg: Registry) {
  for (const s of sentences) {
    if (!s.text.includes("(")) continue;
    const re = /\(([^()]{1,60})\)/g;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const inner = m[1]!.trim();
      const parenStart = s.start + m.index;
      // the capitalised words right before the parenthesis
      const ts = tokens[s.index]!.filter((t) => t.end <= parenStart);
      const k = ts.length - 1;
      if (k < 0 || !/^\s*$/.test(body.slice(ts[k]!.end, parenStart))) continue;
      let first = k;
      while (first > 0) {
        const prev = ts[first - 1]!;
        const cur = ts[first]!;
        if (!/^ +$/.test(cur.gap)) break;
        if (prev.cap || (/^(of|the|for|on|and|de|du|des|la|le|al|el)$/.test(prev.lower) && first - 2 >= 0 && ts[first - 2]!.cap)) first--;
        else break;
      }
      while (first <= k && !ts[first]!.cap) first++;
      // drop a leading sentence-start word like "The"
      while (first < k && ts[first]!.initial && NOT_NAMES.has(ts[first]!.lower)) first++;
      if (first > k) continue;
      const nameTokens = ts.slice(first, k + 1);
      if (/^[\p{Lu}][\p{Lu}\p{N}&.-]{1,9}$/u.test(inner) && !GENERIC_ACRONYMS.has(inner.toLowerCase())) {
        // an acronym: take the shortest tail of the run whose initials contain the acronym's letters
        const chosen = acronymExpansion(nameTokens, inner);
        if (!chosen) continue;
        const name = body.slice(chosen[0]!.start, chosen[chosen.length - 1]!.end);
        const d = reg.add(name, orgKind(name));
        d.acronym = inner;
        reg.alias(d, inner);
        reg.mention(d, chosen[0]!.start, chosen[chosen.length - 1]!.end, s.index, "name");
        reg.mention(d, parenStart + 1 + m[1]!.indexOf(inner), parenStart + 1 + m[1]!.indexOf(inner) + inner.length, s.index, "acronym");
        continue;
      }
      // a gloss: "Fama (Mali army)": one capitalised word glossed by a phrase that names an actor
      if (nameTokens.length <= 2) {
        const target = glossTarget(inner, reg);
        if (!target) continue;
        const alias = body.slice(nameTokens[0]!.start, nameTokens[nameTokens.length - 1]!.end);
        reg.alias(target, alias);
        if (alias.toUpperCase() !== alias) reg.alias(target, alias.toUpperCase().slice(0, 2) + alias.slice(2)); // "FAMa" spelling is not derivable: keep as written only
        reg.mention(target, nameTokens[0]!.start, nameTokens[nameTokens.length - 1]!.end, s.index, "alias");
        const gs = parenStart + 1 + m[1]!.indexOf(inner);
        reg.mention(target, gs, gs + inner.length, s.index, "descriptor");
      }
    }
  }
}

function acronymExpansion(run: Token[], acronym: string): Token[] | undefined {
  const letters = acronym.replace(/[^\p{Lu}]/gu, "");
  for (let i = run.length - 1; i >= 0; i--) {
    const tail = run.slice(i);
    const initials = tail
      .filter((t) => t.cap)
      .map((t) => t.text.replace(/^(al|el)-/i, "")[0]!.toUpperCase())
      .join("");
    if (initials.length < letters.length) continue;
    const sortedA = [...letters].sort().join("");
    const sortedI = [...initials].sort().join("");
    if (
      initials === letters ||
      sortedA === sortedI ||
      (initials.length > letters.length && isSubsequence(letters, initials) && initials.startsWith(letters[0]!))
    )
      return tail;
  }
  // no initials match (an acronym in another language): accept an organisation name as a whole
  return run.some((t) => ORG_HEADS.has(t.lower)) ? run : undefined;
}

function isSubsequence(a: string, b: string): boolean {
  let i = 0;
  for (const ch of b) if (ch === a[i]) i++;
  return i === a.length;
}

const GLOSS_ARMY = new RegExp(`^(?:the\\s+)?(${COUNTRY_ALT}|${DEMONYM_ALT})\\s+(${alternation(ARMY_WORDS)})$`, "i");

/** The actor a gloss names: "Mali army" → the Malian army; a known name → that actor. */
function glossTarget(gloss: string, reg: Registry): Draft | undefined {
  const m = GLOSS_ARMY.exec(gloss);
  if (m) {
    const c = countryOf(m[1]!);
    if (c) return army(reg, c);
  }
  return reg.unique(gloss);
}

// ---------------------------------------------------------------------------------------------------------
// 3. Capitalised runs

const COMPANY_SUFFIXES = new Set([
  "ag",
  "sa",
  "nv",
  "gmbh",
  "spa",
  "plc",
  "llc",
  "inc",
  "ltd",
  "corp",
  "co",
  "bv",
  "ab",
  "asa",
  "oyj",
  "se",
  "sarl",
  "pte",
]);

function isHead(t: Token, isLastOfRun: boolean): boolean {
  if (isLastOfRun && COMPANY_SUFFIXES.has(t.lower) && t.i > 0) return true;
  return t.cap && !t.allCaps && (ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower) || (isLastOfRun && MEDIA_HEADS.has(t.lower)));
}

/** A title at token i, as the number of tokens it spans (0: none). Multi-word titles first. */
function titleAt(ts: Token[], i: number): number {
  if (!TITLE_FIRST.has(ts[i]!.lower)) return 0;
  for (const n of [3, 2, 1]) {
    if (i + n > ts.length) continue;
    const phrase = ts
      .slice(i, i + n)
      .map((t) => t.lower)
      .join(" ");
    if (TITLES.has(phrase)) return n;
  }
  return 0;
}

function capitalisedRuns(
  body: string,
  sentences: Sentence[],
  tokens: Token[][],
  reg: Registry,
  lowerWords: Set<string>,
  capInside: Set<string>,
): Single[] {
  const singles: Single[] = [];
  for (const s of sentences) {
    const ts = tokens[s.index]!;
    let pluralTitle: string | undefined;
    let lastRunEnd = -1;
    for (const [a, b] of capitalRuns(ts)) {
      let run = ts.slice(a, b + 1);
      // a plural title carries over "Presidents A and B" only across "and" or a comma
      if (pluralTitle && lastRunEnd >= 0 && !/^(?:,?\s+and\s+|,\s+)$/.test(body.slice(lastRunEnd, run[0]!.start))) pluralTitle = undefined;
      // sentence-initial capital: drop the first word when it is an ordinary word
      const t0 = run[0]!;
      if (t0.initial) {
        const hit = lexicon(t0.text);
        const speaks = run.length === 1 && SPEECH_AFTER.test(body.slice(t0.end, t0.end + 14));
        const ordinary =
          NOT_NAMES.has(t0.lower) ||
          (lowerWords.has(t0.lower) && !hit) ||
          (run.length === 1 && !hit && !capInside.has(t0.lower) && !t0.allCaps && !speaks);
        if (ordinary && !(hit && hit.type !== "title") && !(hit?.type === "title" && run.length > 1)) {
          run = run.slice(1);
          while (run.length && !run[0]!.cap) run = run.slice(1);
        }
      }
      // weekdays and months end a name
      const parts: Token[][] = [[]];
      for (let x = 0; x < run.length; x++) {
        const t = run[x]!;
        // a month ends a name unless it closes one ("Theresa May"): not first, and no day number after it
        const month = MONTHS.has(t.lower) && (x === 0 || /^\d/.test(ts[t.i + 1]?.text ?? ""));
        if (WEEKDAYS.has(t.lower) || month || (NON_ACTOR_PROPER.has(t.lower) && run.length === 1)) parts.push([]);
        else parts[parts.length - 1]!.push(t);
      }
      for (const p of parts) {
        while (p.length && !p[p.length - 1]!.cap) p.pop();
        while (p.length && !p[0]!.cap) p.shift();
        if (!p.length) continue;
        const t = interpretRun(body, s, { tokens: p, title: pluralTitle }, ts, reg, singles);
        pluralTitle = t;
        lastRunEnd = p[p.length - 1]!.end;
      }
    }
  }
  return singles;
}

/** Interprets one run of capitalised words; returns a plural title that carries to the next run. `before` holds
 * every token of the sentence: what comes before the run is found through the tokens' indexes. */
function interpretRun(body: string, s: Sentence, run: Run, before: Token[], reg: Registry, singles: Single[]): string | undefined {
  const ts = run.tokens;
  const n = ts.length;

  // The second half of "Department of Health and Social Care", known already from the first
  if (/\band\s+$/.test(body.slice(Math.max(0, ts[0]!.start - 5), ts[0]!.start))) {
    const tail = ` and ${spanText(body, ts, 0, n - 1)}`;
    const end = ts[n - 1]!.end;
    const owner = reg.ofKind("government").find((x) => x.name.endsWith(tail) && body.slice(end - x.name.length, end) === x.name);
    if (owner) return undefined;
  }
  // Known already as a whole (an acronym expansion, a byline name)?
  const whole = reg.unique(spanText(body, ts, 0, n - 1));
  if (whole && n > 1) {
    reg.mention(whole, ts[0]!.start, ts[n - 1]!.end, s.index, "name");
    if (whole.kind !== "person") orgApposition(body, s, whole, ts[n - 1]!.end, reg);
    return undefined;
  }

  // Organisation: the first head noun, extended back over its qualifiers and forward to the run end or a title.
  let h = -1;
  for (let x = 0; x < n; x++) {
    if (isHead(ts[x]!, x === n - 1 || ts[x + 1]!.lower === "of")) {
      h = x;
      break;
    }
  }
  if (h >= 0) {
    let from = h;
    while (from > 0 && ts[from - 1]!.cap && !titleAt(ts, from - 1)) from--;
    let to = h;
    while (to + 1 < n && !titleAt(ts, to + 1)) to++;
    while (to > h && !ts[to]!.cap) to--;
    // "the Chairman of the African Union": the organisation starts after "of the"
    if (from > 0) interpretRun(body, s, { tokens: trimConnectors(ts.slice(0, from)) }, before, reg, singles);
    let name = spanText(body, ts, from, to);
    // "Department of Health and Social Care": a body's "of" complement goes on over "and" and capitalised words
    const andTail =
      to === n - 1 && ts.slice(h + 1, to).some((t) => t.lower === "of") ? AND_TAIL.exec(body.slice(ts[to]!.end, ts[to]!.end + 60)) : null;
    if (
      andTail &&
      GOV_HEADS.has(ts[h]!.lower) &&
      andTail[0]
        .slice(5)
        .split(" ")
        .every((w) => PORTFOLIO_WORDS.has(w.toLowerCase()))
    )
      name = `${name}${andTail[0]}`;
    const head = ts[h]!.lower;
    const qualifier = from < h ? countryOf(spanText(body, ts, from, h - 1)) : undefined;
    let d: Draft;
    let owner: Draft | undefined;
    if (
      qualifier &&
      ARMY_WORDS.has(
        ts
          .slice(h, to + 1)
          .map((t) => t.lower)
          .join(" "),
      )
    ) {
      d = army(reg, qualifier);
      reg.alias(d, name);
    } else if (qualifier && head === "government" && to === h) {
      d = government(reg, qualifier);
      reg.alias(d, name);
    } else if (orgKind(name) === "place" && to + 1 < n && titleAt(ts, to + 1)) {
      // "U.S. District Judge X": a jurisdiction qualifying a title, not a place in the story
      interpretRun(body, s, { tokens: trimConnectors(ts.slice(to + 1)) }, before, reg, singles);
      return undefined;
    } else if (from === to && (owner = headOwner(reg, name, orgKind(name)))) {
      // "the Gazette" in a story of the "Riverton Gazette": the one known body whose name ends in the word
      d = owner;
      reg.alias(d, isThePrefixed(body, ts[from]!.start) ? `the ${name}` : name);
    } else {
      d = reg.add(name, orgKind(name));
      const hit = lexicon(name);
      if (hit?.type === "armed") d.kind = "armed-group";
    }
    reg.mention(d, ts[from]!.start, ts[to]!.end, s.index, "name");
    orgApposition(body, s, d, ts[to]!.end, reg);
    if (to + 1 < n) interpretRun(body, s, { tokens: trimConnectors(ts.slice(to + 1)) }, before, reg, singles);
    return undefined;
  }

  // A title: "[qualifier] Title [Name] [of Country]" or "Title of X".
  for (let i = 0; i < n; i++) {
    const tl = titleAt(ts, i);
    if (!tl) continue;
    const titleText = spanText(body, ts, i, i + tl - 1);
    const qualifierTokens = ts.slice(0, i);
    let rest = ts.slice(i + tl);
    // "Secretary of State Antony Blinken": the portfolio belongs to the title, the rest is the person
    if (rest[0]?.lower === "of" && rest.length >= 3) {
      for (const k of [2, 1]) {
        const words = rest.slice(1, 1 + k);
        if (words.length === k && PORTFOLIOS.has(words.map((w) => w.lower).join(" ")) && rest.length > 1 + k && rest[1 + k]!.cap) {
          const title = body.slice(ts[i]!.start, words[k - 1]!.end);
          const person = addPerson(
            body,
            s,
            rest.slice(1 + k),
            reg,
            title,
            qualifierTokens.length ? body.slice(qualifierTokens[0]!.start, qualifierTokens[qualifierTokens.length - 1]!.end) : undefined,
            undefined,
            before,
          );
          return person ? undefined : undefined;
        }
      }
    }
    if (rest[0]?.lower === "of" || rest[0]?.lower === "for") {
      // "Chairman of the African Union": a role phrase; the holder is named elsewhere (apposition)
      const target = trimConnectors(rest);
      if (target.length) interpretRun(body, s, { tokens: target }, before, reg, singles);
      if (qualifierTokens.length) interpretRun(body, s, { tokens: qualifierTokens }, before, reg, singles);
      return undefined;
    }
    if (!rest.length || !rest[0]!.cap) {
      if (qualifierTokens.length) interpretRun(body, s, { tokens: qualifierTokens }, before, reg, singles);
      return /s$/i.test(titleText) ? singular(titleText) : undefined;
    }
    // "Name of Country" at the end
    let ofCountry: Country | undefined;
    const ofAt = indexOfWord(rest, "of");
    if (ofAt > 0) {
      ofCountry = countryOf(body.slice(rest[ofAt + 1]?.start ?? 0, rest[rest.length - 1]!.end));
      const tail = rest.slice(ofAt + 1);
      rest = rest.slice(0, ofAt);
      if (tail.length) interpretRun(body, s, { tokens: trimConnectors(tail) }, before, reg, singles);
    }
    const qualifier = qualifierTokens.length
      ? body.slice(qualifierTokens[0]!.start, qualifierTokens[qualifierTokens.length - 1]!.end)
      : undefined;
    const person = addPerson(body, s, rest, reg, singular(titleText), qualifier, ofCountry, before);
    if (person && qualifier) {
      const qc = countryOf(qualifier);
      const qd = qc ? undefined : reg.unique(qualifier);
      if (qd)
        reg.mention(
          qd,
          qualifierTokens[0]!.start,
          qualifierTokens[qualifierTokens.length - 1]!.end,
          s.index,
          qd.acronym === qualifier ? "acronym" : "name",
        );
      else if (!qc) interpretRun(body, s, { tokens: qualifierTokens, qualifier: true }, before, reg, singles);
    }
    return /s$/i.test(titleText) && !COURTESY.has(titleText.toLowerCase()) ? singular(titleText) : undefined;
  }

  // Lexicon hits, longest first, left to right; what is left is a name.
  let i = 0;
  let nationality: Country | undefined;
  while (i < n) {
    let matched = 0;
    let hit: LexHit | undefined;
    if (!LEXICON_FIRST.has(ts[i]!.lower)) break;
    for (let j = Math.min(n - 1, i + 5); j >= i; j--) {
      if (!ts[j]!.cap) continue;
      hit = lexicon(spanText(body, ts, i, j));
      if (hit && hit.type !== "title") {
        matched = j - i + 1;
        break;
      }
    }
    if (!matched || !hit) break;
    // "Sofia Rossi", "Chad Miller", "Jordan Peterson": a country or capital followed by a plain capitalised
    // word opens a person's name
    const nextTok = ts[i + matched];
    if (
      i === 0 &&
      nextTok &&
      nextTok.cap &&
      !nextTok.allCaps &&
      (hit.type === "country" || hit.type === "capital") &&
      !LEXICON_FIRST.has(nextTok.lower) &&
      !TITLE_FIRST.has(nextTok.lower) &&
      nextTok.lower !== "of"
    )
      break;
    const start = ts[i]!.start;
    const end = ts[i + matched - 1]!.end;
    const written = body.slice(start, end);
    if (hit.type === "demonym") {
      // "Mauritanian Mohamed …": nationality of the person named next; a lone demonym names nobody here
      if (i + matched < n) nationality = hit.country;
      else if (isPluralDemonym(written) && isThePrefixed(body, start)) {
        const d = countryActor(reg, hit.country);
        reg.alias(d, body.slice(body.lastIndexOf(" ", start - 2) + 1, end).replace(/^[^\p{L}]+/u, ""));
        reg.mention(d, start, end, s.index, "alias");
      }
    } else if (hit.type === "country" && i + matched === n && titleFollows(body, end)) {
      // "the US ambassador to …": the country qualifies a role, it is not an actor here
    } else if (matched === 1 && ts[i]!.allCaps && (hit.type === "media" || hit.type === "armed" || hit.type === "org")) {
      // a known acronym ("AP") first looks for its expansion in the article
      singles.push({ token: ts[i]! });
    } else {
      const d = lexiconActor(reg, hit, written, body, start, end, s);
      if (d) reg.mention(d, start, end, s.index, d.name === written ? "name" : "alias");
    }
    i += matched;
    while (i < n && !ts[i]!.cap) i++;
  }
  if (i >= n) return run.title;
  let rest = ts.slice(i);
  let ofCountry: Country | undefined;
  const ofAt = indexOfWord(rest, "of");
  if (ofAt > 0) {
    const tail = trimConnectors(rest.slice(ofAt + 1));
    ofCountry = tail.length ? countryOf(body.slice(tail[0]!.start, tail[tail.length - 1]!.end)) : undefined;
    rest = rest.slice(0, ofAt);
    if (tail.length) interpretRun(body, s, { tokens: tail }, before, reg, singles);
  }
  rest = trimConnectors(rest);
  if (!rest.length) return run.title;
  if (rest.length === 1 && !run.title) {
    singles.push({ token: rest[0]!, nationality });
    return undefined;
  }
  if (allAllCaps(rest)) {
    for (const t of rest) singles.push({ token: t });
    return undefined;
  }
  // "in El Fasher": a name after a place preposition, with no title, is a place
  const prevWord = before[rest[0]!.i - 1];
  if (!run.title && !nationality && prevWord && (!prevWord.cap || prevWord.initial) && PLACE_PREPOSITIONS.has(prevWord.lower)) {
    const name = body.slice(rest[0]!.start, rest[rest.length - 1]!.end);
    const known = reg.lookup(name);
    const d = known.length === 1 ? known[0]! : reg.add(name, "place");
    reg.mention(d, rest[0]!.start, rest[rest.length - 1]!.end, s.index, "name");
    return undefined;
  }
  // "the government of Eastern Valdoria": a name after a polity's lower-case institution noun and "of" is the
  // polity (a place), never a person; "government" also makes that polity's government an actor
  const polityNoun = prevWord && prevWord.lower === "of" && !prevWord.cap ? before[rest[0]!.i - 2] : undefined;
  if (!run.title && polityNoun && !polityNoun.cap && POLITY_NOUNS.has(polityNoun.lower)) {
    const name = body.slice(rest[0]!.start, rest[rest.length - 1]!.end);
    const known = reg.lookup(name);
    const place = known.length === 1 ? known[0]! : reg.add(name, "place");
    reg.mention(place, rest[0]!.start, rest[rest.length - 1]!.end, s.index, "name");
    if (GOV_NOUNS.has(polityNoun.lower)) {
      const g = reg.add(`Government of ${name}`, "government");
      const the = /\bthe\s+$/i.exec(body.slice(Math.max(0, polityNoun.start - 5), polityNoun.start));
      const from = polityNoun.start - (the ? the[0].length : 0);
      reg.alias(g, body.slice(from, rest[rest.length - 1]!.end));
      reg.mention(g, from, rest[rest.length - 1]!.end, s.index, "descriptor");
    }
    return undefined;
  }
  // "Federal Reserve": an institution adjective opens an organisation's name, never a person's; nor does a
  // name with an acronym in it ("Reform UK"), a qualifier of a title, or a name after "at" ("at Goldman Sachs")
  const acronymInside = rest.some((t) => t.allCaps && t.text.replace(/\./g, "").length >= 2);
  const afterAt = prevWord !== undefined && prevWord.lower === "at" && !prevWord.cap;
  const qualifiesTitle = titleFollows(body, rest[rest.length - 1]!.end);
  if (!run.title && (INSTITUTION_ADJECTIVES.has(rest[0]!.lower) || acronymInside || run.qualifier || afterAt || qualifiesTitle)) {
    const name = body.slice(rest[0]!.start, rest[rest.length - 1]!.end);
    const d = reg.add(name, orgKind(name));
    reg.mention(d, rest[0]!.start, rest[rest.length - 1]!.end, s.index, "name");
    return undefined;
  }
  addPerson(body, s, rest, reg, run.title, undefined, ofCountry ?? undefined, before, nationality);
  return run.title;
}

/** A verb of saying right after a name: the name is a speaker, so a person ("Zelenskiy said"). */
const SPEECH_AFTER = /^,?\s+(?:said|says|told|added|wrote|stated|speaking|insisted|argued)\b/;

const AND_TAIL = /^ and (?:\p{Lu}[\p{L}'’-]+)(?: \p{Lu}[\p{L}'’-]+){0,2}(?![\p{L}'’-]| \p{Lu})/u;
/** Words of a ministry's portfolio ("Health and Social Care", "Trade and Industry"): only these carry a body's
 * name on over "and", so "the Ministry of Health and Doctors Without Borders" stays two actors. */
const PORTFOLIO_WORDS = new Set(
  `health social care human services family welfare economic economy affairs trade industry
  energy climate environment food rural culture media sport sports education science technology innovation housing
  communities local government justice security defence defense foreign development labour labor employment transport
  infrastructure agriculture fisheries water tourism finance planning youth women gender equality digital commerce
  investment mines mining petroleum natural resources public works urban land veterans immigration citizenship home
  interior religious endowments skills pensions work research arts heritage wildlife forestry forests communications
  information cooperation integration growth budget treasury revenue customs`.split(/\s+/),
);
const GOV_NOUNS = new Set(["government", "regime", "administration", "authorities", "junta", "cabinet"]);
const POLITY_NOUNS = new Set([
  ...GOV_NOUNS,
  "town",
  "city",
  "village",
  "region",
  "province",
  "district",
  "municipality",
  "commune",
  "governorate",
  "county",
  "island",
  "state",
  "army",
  "military",
  "parliament",
  "people",
  "citizens",
  "capital",
  "president",
  "presidency",
  "territory",
  "borders",
  "independence",
  "sovereignty",
  "constitution",
]);
const PLACE_PREPOSITIONS = new Set(["in", "near", "outside", "across", "around", "into", "inside", "throughout"]);

/** "The Red Lantern Society, a humanitarian group, said": the apposition is the organisation's role. */
function orgApposition(body: string, s: Sentence, d: Draft, end: number, reg: Registry) {
  const a = /^,\s+(?:the|a|an)\s+([^,.;«»"“”()]{2,80}?)(?:,|\.|;|$)/i.exec(body.slice(end, s.end));
  if (!a) return;
  // "an armed group that controls …": the descriptor ends where its relative clause starts
  const phrase = a[1]!.replace(/\s+(?:that|which|who|whose|based|founded|led|backed|set up|formed)\b.*$/i, "").trim();
  const words = phrase.toLowerCase().split(/\s+/);
  if (!ORG_DESCRIPTORS.has(words[words.length - 1]!)) return;
  reg.role(d, phrase);
  if (d.kind === "organization" && ARMED_DESCRIPTOR.test(phrase)) d.kind = "armed-group";
}

/** "an armed group", "a separatist rebel movement", "a militia": an organisation that fights. */
const ARMED_DESCRIPTOR =
  /(?:\b(?:armed|rebel|militant|insurgent|jihadist|paramilitary|separatist|guerrilla)\b.*\b(?:group|movement|coalition|alliance|faction|organi[sz]ation|front)|\bmilitia)$/i;

function titleFollows(body: string, end: number): boolean {
  const m = /^\s+([a-z-]+)(?:\s+([a-z-]+))?/.exec(body.slice(end, end + 40));
  if (!m) return false;
  return TITLES.has(m[1]!) || (!!m[2] && TITLES.has(`${m[1]} ${m[2]}`));
}

function spanText(body: string, ts: Token[], from: number, to: number): string {
  return body.slice(ts[from]!.start, ts[to]!.end);
}

function indexOfWord(ts: Token[], lower: string): number {
  for (let x = 0; x < ts.length; x++) if (ts[x]!.lower === lower) return x;
  return -1;
}

function allAllCaps(ts: Token[]): boolean {
  for (const t of ts) if (!t.allCaps) return false;
  return true;
}

/** The one known actor of this kind with a longer name ending in `word` ("Riverton Gazette" for "Gazette"). */
function headOwner(reg: Registry, word: string, kind: Draft["kind"]): Draft | undefined {
  const tail = ` ${word.toLowerCase()}`;
  const owners = reg.ofKind(kind).filter((x) => x.name.toLowerCase().endsWith(tail));
  return owners.length === 1 ? owners[0] : undefined;
}

function isThePrefixed(body: string, start: number): boolean {
  return /\bthe\s+$/i.test(body.slice(Math.max(0, start - 5), start));
}

function trimConnectors(ts: Token[]): Token[] {
  let a = 0;
  let b = ts.length;
  while (a < b && !ts[a]!.cap) a++;
  while (b > a && !ts[b - 1]!.cap) b--;
  return ts.slice(a, b);
}

function singular(title: string): string {
  return title.replace(/(ent|ter|dor|nor|tor|man|son|ral|ief|der|ary|ker|mir|ing|een|ce|ge)s$/i, "$1");
}

function lexiconActor(
  reg: Registry,
  hit: LexHit,
  written: string,
  body: string,
  start: number,
  end: number,
  s: Sentence,
): Draft | undefined {
  switch (hit.type) {
    case "country":
      return countryActor(reg, hit.country);
    case "capital": {
      // a capital as the subject or object of politics is its government; after "in", "to", "left" a place
      const prev = /(\p{L}+)\s+$/u.exec(body.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase();
      if (
        prev &&
        LOCATIVE.has(prev) &&
        !/\b(?:regime|government|authorities|junta|administration)\s+in\s+$/i.test(body.slice(Math.max(0, start - 30), start))
      ) {
        const d = reg.add(written, "place");
        d.country = hit.country;
        return d;
      }
      const d = government(reg, hit.country);
      reg.alias(d, written);
      return d;
    }
    case "region":
      return reg.add(written, "place");
    case "org":
      return reg.add(written, hit.kind);
    case "seat": {
      const d = government(reg, hit.country);
      reg.alias(d, written);
      return d;
    }
    case "media":
      return reg.add(written, "media");
    case "armed": {
      const groupForm = writtenAsGroup(body, written);
      const d = reg.add(groupForm ? `${written} group` : written, "armed-group");
      if (groupForm) reg.alias(d, written);
      return d;
    }
    case "ethnic": {
      const d = reg.add(hit.group.name, "ethnic-group");
      if (written !== hit.group.name) reg.alias(d, written);
      return d;
    }
    default:
      void s;
      void end;
      return undefined;
  }
}

/** Words no personal name contains ("Will Not Work" in a quote); "May", "Will" as first names stay possible
 * only where the rest of the name is not a function word. */
const FUNCTION_WORDS = new Set([
  "not",
  "no",
  "yes",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "has",
  "have",
  "had",
  "do",
  "does",
  "did",
  "would",
  "could",
  "should",
  "shall",
  "can",
  "cannot",
  "the",
  "a",
  "an",
  "and",
  "or",
  "but",
  "we",
  "you",
  "they",
  "it",
  "he",
  "she",
  "our",
  "your",
  "their",
  "this",
  "that",
  "these",
  "those",
  "never",
  "always",
  "all",
  "every",
  "more",
  "most",
  "very",
  "just",
  "only",
  "here",
  "there",
  "now",
  "then",
  "what",
  "who",
  "why",
  "how",
  "when",
  "where",
  "stop",
  "go",
  "let",
  "make",
  "us",
  "them",
  "him",
  "her",
  "me",
  "my",
  "i",
]);

/** Registers a person from name tokens, with a title, its qualifier ("AMA" in "AMA President"), nationality. */
function addPerson(
  body: string,
  s: Sentence,
  nameTokens: Token[],
  reg: Registry,
  title: string | undefined,
  qualifier: string | undefined,
  ofCountry: Country | undefined,
  before: Token[],
  nationality?: Country,
): Draft | undefined {
  const toks = trimConnectors(nameTokens);
  if (!toks.length) return undefined;
  // ordinary words written in capitals ("Will Not Work" in a quote) are no one's name
  for (const t of toks) if (FUNCTION_WORDS.has(t.lower)) return undefined;
  const start = toks[0]!.start;
  const end = toks[toks.length - 1]!.end;
  const name = body.slice(start, end);
  if (toks.length === 1) {
    // one word after a title: a known person's surname, or a person known by one name
    const known = reg.lookup(name).filter((d) => d.kind === "person");
    if (known.length === 1) {
      reg.mention(known[0]!, start, end, s.index, "surname");
      if (title) addTitle(reg, known[0]!, title, qualifier, body, start);
      return known[0];
    }
    if (!title) return undefined;
  }
  const existing = reg.lookup(name).filter((d) => d.kind !== "person");
  if (existing.length && toks.length === 1) return undefined;
  const d = reg.add(name, "person");
  if (d.kind !== "person") return undefined;
  reg.mention(d, start, end, s.index, "name");
  const last = lastNameOf(name);
  if (last && last !== name) reg.alias(d, last);
  if (ofCountry) {
    d.country ??= ofCountry;
    reg.alias(d, `${name} of ${ofCountry.name}`);
  }
  if (nationality) d.country ??= nationality;
  if (title) addTitle(reg, d, title, qualifier, body, start);
  // a lower-case title right before the name: "spokesman Muhammad …", "ILF president Tomas Reyes"
  const prevT = before.slice(0, toks[0]!.i);
  for (const n of [3, 2, 1]) {
    const words = prevT.slice(-n);
    if (words.length < n || words.some((w) => w.cap && !w.allCaps && n > 1 && w !== words[0])) continue;
    const phrase = words.map((w) => w.lower).join(" ");
    if (TITLES.has(phrase) && words.every((w) => !w.cap) && /^ +$/.test(body.slice(words[words.length - 1]!.end, start))) {
      let qi = prevT.length - n - 1;
      const qEnd = prevT[qi];
      while (
        qi > 0 &&
        prevT[qi - 1]!.cap &&
        /^ +$/.test(prevT[qi]!.gap) &&
        !(prevT[qi - 1]!.initial && NOT_NAMES.has(prevT[qi - 1]!.lower))
      )
        qi--;
      const qual = qEnd?.cap && /^ +$/.test(words[0]!.gap) ? body.slice(prevT[qi]!.start, qEnd.end) : undefined;
      addTitle(reg, d, phrase, qual, body, words[0]!.start);
      break;
    }
  }
  appositionRole(body, s, d, start, end, reg);
  return d;
}

function addTitle(reg: Registry, d: Draft, title: string, qualifier: string | undefined, body: string, at: number) {
  const t = title.toLowerCase();
  if (COURTESY.has(t)) return;
  d.titles.add(t);
  const cap = title;
  let role = cap;
  if (qualifier) {
    const qc = countryOf(qualifier);
    const org = qc ? undefined : reg.unique(qualifier);
    if (qc) {
      d.country ??= qc;
      role = `${cap} of ${qc.name}`;
    } else if (org) {
      role = `${cap} of ${/^\p{Lu}/u.test(org.name) && org.kind !== "person" && org.name.split(" ").length > 1 ? "the " : ""}${org.name}`;
    } else role = `${qualifier} ${title}`;
    reg.alias(d, `${qualifier} ${title}`);
  } else if (HEAD_OF_STATE_TITLES.has(t) && d.country) role = `${cap} of ${d.country.name}`;
  reg.role(d, role);
  void body;
  void at;
  if (!qualifier && /^\p{Lu}/u.test(title)) reg.alias(d, `${cap} ${d.name}`);
}

/** "the head of the internationally-recognized Libyan government, Abdelhamid Dbeibeh" and "Name, the role,". */
function appositionRole(body: string, s: Sentence, d: Draft, start: number, end: number, reg: Registry) {
  const beforeText = body.slice(s.start, start);
  // the last "the <title> …, " right before the name
  let m: RegExpExecArray | null = null;
  const tail = /,\s*(?:\p{Lu}\p{L}+\s+)?$/u.exec(beforeText);
  if (tail) {
    const upto = beforeText.slice(0, tail.index);
    const lowerUpto = upto.toLowerCase();
    const re = /(?:^|[\s(])the\s+(?:(?:current|new)\s+)?([^,;«»"“”()]{2,90})$/giu;
    for (let from = 0; from < upto.length; ) {
      re.lastIndex = 0;
      const cand = re.exec(upto.slice(from));
      if (!cand) break;
      const first = cand[1]!.toLowerCase().split(/\s+/);
      if (TITLES.has(first[0]!) || TITLES.has(first.slice(0, 2).join(" "))) {
        m = cand;
        break;
      }
      const next = lowerUpto.indexOf("the ", from + cand.index + 1);
      if (next < 0) break;
      // always move forward: the next "the" may sit right after the current start
      from = Math.max(from + 1, next - 1);
    }
  }
  // "A police spokesman, Patrick Onyango,": a short lower-case phrase ending in a title
  const short =
    tail && !m ? /(?:^|[\s(])(?:a|an|the)\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)$/iu.exec(beforeText.slice(0, tail.index)) : null;
  if (short && TITLES.has(short[1]!.toLowerCase().split(/\s+/).pop()!) && !/\p{Lu}/u.test(beforeText.slice(tail!.index + 1)))
    reg.role(d, short[1]!.trim());
  if (m) {
    const role = m[1]!.trim();
    const firstWords = role.toLowerCase().split(/\s+/);
    if (TITLES.has(firstWords[0]!) || TITLES.has(firstWords.slice(0, 2).join(" "))) {
      reg.role(d, role);
      if (/^\p{Lu}/u.test(role)) reg.alias(d, `the ${role}`);
      // "the current Chairman of the African Union, Mauritanian X": the nationality sits between
      const nat = /,\s*(\p{Lu}\p{L}+)\s+$/u.exec(beforeText)?.[1];
      const c = nat ? COUNTRY_BY_DEMONYM.get(nat.toLowerCase()) : undefined;
      if (c) d.country ??= c;
    }
  }
  // "President Bola Tinubu's spokesman, Ajuri Ngelale": the owner of the title before the comma
  const own = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})['’]s\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?),\s*$/u.exec(beforeText);
  if (own && TITLES.has(own[2]!.split(/\s+/).pop()!)) {
    const owner = resolvePhrase(reg, own[1]!, 0);
    reg.role(d, `${own[2]} of ${owner ? owner.name : own[1]}`);
  }
  const after = body.slice(end, s.end);
  // "Claire Nicolet, head of emergency response at …,": without an article the role must open with a title
  const bare = /^,\s+([a-z][^,.;«»"“”()]{2,80}?)(?:,|\.|;|$)/.exec(after);
  if (bare && !/^(?:the|a|an)\s/i.test(bare[1]!)) {
    const w = bare[1]!.toLowerCase().split(/\s+/);
    if ((TITLES.has(w[0]!) || TITLES.has(w.slice(0, 2).join(" "))) && !/^\s*\p{Lu}/u.test(after.slice(bare[0].length)))
      reg.role(d, bare[1]!.trim());
  }
  const a = /^,\s+(?:the|a|an)\s+([^,.;«»"“”()]{2,80}?)(?:,|\.|;|$)/i.exec(after);
  // "X, the head of Y, Z": the role belongs to Z, named right after it
  if (a && !/^\s*\p{Lu}/u.test(after.slice(a[0].length))) {
    let role = a[1]!.trim();
    const poss = /^([a-z]+)['’]s\s+(.+)$/i.exec(role);
    if (poss) {
      // "the group's field coordinator": the organisation the descriptor points back to
      const org = orgByDescriptor(reg, poss[1]!);
      role = org ? `${poss[2]} of the ${org.name}` : poss[2]!;
    }
    if (
      role
        .toLowerCase()
        .split(/\s+/)
        .some((w) => TITLES.has(w))
    )
      reg.role(d, role);
  }
}

// ---------------------------------------------------------------------------------------------------------
// 4. Lower-case patterns

// ---------------------------------------------------------------------------------------------------------
// 5. Single capitalised words

function resolveSingles(body: string, sentences: Sentence[], tokens: Token[][], singles: Single[], reg: Registry) {
  void sentences;
  const surnames = new Map<string, Draft[]>();
  for (const d of reg.ofKind("person")) {
    const last = lastNameOf(d.name);
    if (last) surnames.set(last.toLowerCase(), [...(surnames.get(last.toLowerCase()) ?? []), d]);
  }
  const orgs = reg.ofKind("organization", "armed-group", "government", "media");
  for (const { token: t, nationality } of singles) {
    const word = t.text;
    const lower = t.lower;
    if (NON_ACTOR_PROPER.has(lower) || WEEKDAYS.has(lower) || MONTHS.has(lower)) continue;
    if (/-\p{Ll}+$/u.test(word)) continue; // "Republican-led", "Paris-based": an adjective
    if (t.allCaps && GENERIC_ACRONYMS.has(lower)) continue;
    // a name or alias already known
    const known = reg.lookup(word);
    if (known.length === 1) {
      const d = known[0]!;
      reg.mention(
        d,
        t.start,
        t.end,
        t.sentence,
        d.acronym === word ? "acronym" : d.name === word ? "name" : d.kind === "person" ? "surname" : "alias",
      );
      continue;
    }
    if (known.length > 1) continue;
    const sur = surnames.get(lower);
    if (sur?.length === 1) {
      reg.alias(sur[0]!, word);
      reg.mention(sur[0]!, t.start, t.end, t.sentence, "surname");
      continue;
    }
    if (sur && sur.length > 1) continue;
    if (t.allCaps) {
      // an acronym: the organisation whose initials it is, else an organisation known by its acronym
      const letters = word.replace(/[^\p{Lu}]/gu, "");
      const match = orgs.filter((o) => initialsOf(o.name) === letters);
      if (match.length === 1) {
        reg.alias(match[0]!, word);
        match[0]!.acronym ??= word;
        reg.mention(match[0]!, t.start, t.end, t.sentence, "acronym");
        continue;
      }
      if (match.length > 1 || letters.length < 2) continue;
      const d = reg.add(word, MEDIA_NAMES.has(lower) ? "media" : ARMED_GROUPS.has(lower) ? "armed-group" : "organization");
      reg.mention(d, t.start, t.end, t.sentence, "acronym");
      continue;
    }
    // context: "X group", "X region", after a locative preposition
    const ts = tokens[t.sentence]!;
    const idx = ts.indexOf(t);
    const next = ts[idx + 1];
    const prev = ts[idx - 1];
    if (next && !next.cap && ORG_DESCRIPTORS.has(next.lower) && /^['’"]?\s+$/.test(next.gap)) {
      const d = reg.add(`${word} ${next.lower}`, next.lower === "group" && ARMED_GROUPS.has(lower) ? "armed-group" : "organization");
      reg.alias(d, word);
      reg.mention(d, t.start, t.end, t.sentence, "name");
      continue;
    }
    if (next && !next.cap && PLACE_NOUNS.has(next.lower)) continue; // handled by the place patterns
    if (prev && !prev.cap && LOCATIVE.has(prev.lower) && /^\s+$/.test(t.gap)) {
      const d = reg.add(word, "place");
      reg.mention(d, t.start, t.end, t.sentence, "name");
      continue;
    }
    // "in Hartlepool, Sunderland and Durham": a word listed right after a place is a place
    const listed =
      prev && (prev.lower === "and" || prev.lower === "or") && !prev.cap ? ts[idx - 2] : /^,\s+$/.test(t.gap) ? prev : undefined;
    if (listed?.cap && !t.poss && reg.lookup(listed.text).some((d) => d.kind === "place")) {
      const d = reg.add(word, "place");
      reg.mention(d, t.start, t.end, t.sentence, "name");
      continue;
    }
    if (prev?.lower === "of" && /^\s+$/.test(t.gap) && !t.poss) {
      const pp = ts[idx - 2];
      if (pp && !pp.cap && /(s|ion|ment|ence|ance|ity|ry|ies)$/.test(pp.lower) && !TITLES.has(pp.lower)) {
        const d = reg.add(word, "place");
        reg.mention(d, t.start, t.end, t.sentence, "name");
        continue;
      }
    }
    // "Zelenskiy said", "…, said Okonjo": one name as the subject of a verb of saying is a person
    const after = body.slice(t.end + (t.poss ? 2 : 0), t.end + 12);
    const beforeWord = prev && !prev.cap ? prev.lower : "";
    if (!t.poss && (SPEECH_AFTER.test(after) || ((beforeWord === "said" || beforeWord === "says") && /^\s*[.,]/.test(after)))) {
      const d = reg.add(word, "person");
      reg.mention(d, t.start, t.end, t.sentence, "name");
      continue;
    }
    if (nationality) {
      // "Mauritanian Smith": a person known by one name
      const d = reg.add(word, "person");
      d.country = nationality;
      reg.mention(d, t.start, t.end, t.sentence, "name");
    }
    // anything else stays unnamed: a single capitalised word with no evidence is not an actor
  }
  void body;
}

/** A sentence written in capitals ("BREAKING: TROOPS ARE MOVING"): its capital words are not acronyms. */
function shouting(ts: Token[]): boolean {
  let caps = 0;
  let words = 0;
  for (const t of ts) {
    if (t.text.length < 2) continue;
    words++;
    if (t.allCaps) caps++;
  }
  return words >= 4 && caps * 2 > words;
}

function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

// ---------------------------------------------------------------------------------------------------------
// 6. Descriptors and roles

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
