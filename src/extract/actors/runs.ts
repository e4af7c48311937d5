// Runs of capitalised words in each sentence, split into titles, qualifiers, organisations (a head noun such as
// "Ministry", "Council" with its qualifiers), lexicon hits (countries, capitals, known groups) and personal names.
// Persons and their appositional roles are registered by persons.ts; a run of one word is handed on as a Single
// to singles.ts, which decides it once every longer name is known; lower-case phrases are patterns.ts's.
import { isPluralDemonym } from "../lexicon/countries.js";
import type { Country } from "../lexicon/countries.js";
import {
  COURTESY,
  DOCUMENT_NAME_HEADS,
  INSTITUTION_ADJECTIVES,
  MONTHS,
  NON_ACTOR_PROPER,
  NOT_NAMES,
  PORTFOLIOS,
  WEEKDAYS,
} from "../lexicon/words.js";
import { countryOf, lexicon, LEXICON_FIRST } from "./lexicon-match.js";
import type { LexHit } from "./lexicon-match.js";
import type { Registry } from "./registry.js";
import type { Draft } from "./registry.js";
import { capitalRuns } from "./tokens.js";
import type { Token } from "./tokens.js";
import type { Sentence } from "../types.js";
import { GOV_HEADS, TITLE_FIRST, ARMY_WORDS, army, government, countryActor, orgKind } from "./helpers.js";
import {
  BODY_APPOSITION,
  SPEECH_AFTER,
  AND_TAIL,
  PORTFOLIO_WORDS,
  GOV_NOUNS,
  POLITY_NOUNS,
  PLACE_PREPOSITIONS,
  isHead,
  titleAt,
  titleFollows,
  spanText,
  indexOfWord,
  allAllCaps,
  headOwner,
  isThePrefixed,
  trimConnectors,
  singular,
} from "./run-words.js";
import { addPerson, orgApposition } from "./persons.js";
import { lexiconActor } from "./lexicon-actor.js";

export interface Run {
  tokens: Token[];
  /** Set by a plural title ("Presidents A and B") for the runs that follow in the coordination. */
  title?: string;
  /** The run qualifies a title ("Liberal Democrat leader"): it names a body or a place, not a person. */
  qualifier?: boolean;
}

export interface Single {
  token: Token;
  nationality?: Country;
}

export function capitalisedRuns(
  body: string,
  sentences: Sentence[],
  tokens: Token[][],
  reg: Registry,
  lowerWords: Set<string>,
  capInside: Set<string>,
): Single[] {
  const singles: Single[] = [];
  inRegionNames(body, sentences, reg);
  // spans an earlier pass named as a whole ("International Association of Machinists and Aerospace Workers
  // (IAMAW)"): their pieces are not actors of their own
  const covered = reg.namedSpans();
  const isCovered = (p: Token[]) =>
    covered.some(([a, b]) => p[0]!.start >= a && p[p.length - 1]!.end <= b && b - a > p[p.length - 1]!.end - p[0]!.start);
  for (const s of sentences) {
    const ts = tokens[s.index]!;
    let pluralTitle: string | undefined;
    let lastRunEnd = -1;
    const initialsCut = initialsBeforeName(body, ts, tokens[s.index + 1]);
    if (initialsCut) addPerson(body, s, initialsCut, reg, undefined, undefined, undefined, ts);
    for (const [a, b] of capitalRuns(ts)) {
      let run = ts.slice(a, b + 1);
      if (initialsCut && run[run.length - 1] === initialsCut[0]) run = run.slice(0, -1);
      if (!run.length) continue;
      // a plural title carries over "Presidents A and B" only across "and" or a comma
      if (pluralTitle && lastRunEnd >= 0 && !/^(?:,?\s+and\s+|,\s+)$/.test(body.slice(lastRunEnd, run[0]!.start))) pluralTitle = undefined;
      // sentence-initial capital: drop the first word when it is an ordinary word
      const t0 = run[0]!;
      if (t0.initial) {
        const hit = lexicon(t0.text);
        const speaks =
          run.length === 1 && (SPEECH_AFTER.test(body.slice(t0.end, t0.end + 14)) || BODY_APPOSITION.test(body.slice(t0.end, t0.end + 80)));
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
        if (!p.length || isCovered(p)) continue;
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
      // "the Assembly": a body named by its head noun alone is written with its article
      if (from === to && isThePrefixed(body, ts[from]!.start)) reg.alias(d, `the ${name}`);
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
  // (dotted initials, "K.P. Smith", are a person's)
  const acronymInside = rest.some((t) => t.allCaps && !INITIALS.test(t.text) && t.text.replace(/\./g, "").length >= 2);
  const afterAt = prevWord !== undefined && prevWord.lower === "at" && !prevWord.cap;
  const qualifiesTitle = titleFollows(body, rest[rest.length - 1]!.end);
  if (!run.title && (INSTITUTION_ADJECTIVES.has(rest[0]!.lower) || acronymInside || run.qualifier || afterAt || qualifiesTitle)) {
    const name = body.slice(rest[0]!.start, rest[rest.length - 1]!.end);
    const d = reg.add(name, orgKind(name));
    reg.mention(d, rest[0]!.start, rest[rest.length - 1]!.end, s.index, "name");
    return undefined;
  }
  // "the Tarrow Accord", "the Patriot Act": the name of a document, not of anyone
  if (!run.title && rest.length > 1 && DOCUMENT_NAME_HEADS.has(rest[rest.length - 1]!.lower)) return undefined;
  addPerson(body, s, rest, reg, run.title, undefined, ofCountry ?? undefined, before, nationality);
  return run.title;
}

/** Initials that end a sentence only because the splitter took their full stop for one ("secretary K.P." /
 * "Munusamy said …"): the initials and the capitalised words that open the next sentence are one name. */
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;
function initialsBeforeName(body: string, ts: Token[], next: Token[] | undefined): Token[] | undefined {
  const last = ts[ts.length - 1];
  const first = next?.[0];
  if (!last || !first || !INITIALS.test(last.text) || !first.cap || first.allCaps || NOT_NAMES.has(first.lower)) return undefined;
  if (body.slice(last.end, first.start) !== " ") return undefined;
  const name = [last, first];
  for (let i = 1; i < next!.length && next![i]!.cap && next![i]!.gap === " " && !next![i - 1]!.poss; i++) name.push(next![i]!);
  return name;
}

/** "Al-Qaeda in the Islamic Maghreb", "Al-Qaeda in the Arabian Peninsula": a known group or organisation, then
 * "in the" and a capitalised region, is one organisation's name (the branch), not the group and a place. */
const IN_REGION = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+in\s+the\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})/gu;
function inRegionNames(body: string, sentences: Sentence[], reg: Registry) {
  for (const s of sentences) {
    if (!s.text.includes(" in the ")) continue;
    IN_REGION.lastIndex = 0;
    for (let m = IN_REGION.exec(s.text); m; m = IN_REGION.exec(s.text)) {
      const hit = lexicon(m[1]!);
      if (!hit || (hit.type !== "armed" && hit.type !== "org")) continue;
      const start = s.start + m.index;
      const d = reg.add(m[0], hit.type === "armed" ? "armed-group" : "organization");
      reg.mention(d, start, start + m[0].length, s.index, "name");
    }
  }
  void body;
}
