// Persons from name tokens, with their titles ("Secretary of State", "spokesman" before the name), their
// qualifiers ("AMA President"), nationality and "of Country"; roles given by appositions ("X, the head of Y,",
// "the head of Y, X", "Owner's spokesman, X") and an organisation's apposition ("the Red Lantern Society, a
// humanitarian group,"). Which tokens form a name is runs.ts's; single words are singles.ts's.
import { COUNTRY_BY_DEMONYM } from "../lexicon/countries.js";
import type { Country } from "../lexicon/countries.js";
import { COURTESY, HEAD_OF_STATE_TITLES, NOT_NAMES, ORG_DESCRIPTORS, ORG_HEADS, TITLES } from "../lexicon/words.js";
import { countryOf } from "./lexicon-match.js";
import type { Registry } from "./registry.js";
import type { Draft } from "./registry.js";
import type { Token } from "./tokens.js";
import type { Sentence } from "../types.js";
import { lastNameOf } from "./helpers.js";
import { orgByDescriptor, resolvePhrase } from "./resolve.js";
import { trimConnectors } from "./run-words.js";

/** "The Red Lantern Society, a humanitarian group, said": the apposition is the organisation's role. */
export function orgApposition(body: string, s: Sentence, d: Draft, end: number, reg: Registry) {
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
export function addPerson(
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
  // "General Staff", "General Assembly": a title before a collective noun names a body, not a person.
  if (toks.length === 1 && (NOT_NAMES.has(toks[0]!.lower) || ORG_HEADS.has(toks[0]!.lower))) return undefined;
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

/** A post held, right after the name: "to resign as the city's police chief", ", who has served as chief". */
const SERVED_AS =
  /^(?:,\s+who\s+(?:has\s+|had\s+)?)?\s*(?:to\s+)?(?:resign(?:ed|s)?|step(?:ped|s)?\s+down|serve[sd]?|serving|remain(?:s|ed)?)\s+as\s+(?:(?:the|its|their|his|her)\s+)?(?:[a-z]+['’]s\s+)?((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)/;

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
  // "forced Ann Holt to resign as the city's police chief", "Holt, who has served as chief since 2016,"
  const served = SERVED_AS.exec(after)?.[1]?.split(/\s+/) ?? [];
  // the longest of its first words that ends in a title ("fire chief", not "fire chief since")
  for (let k = served.length; k > 0; k--)
    if (TITLES.has(served[k - 1]!)) {
      reg.role(d, served.slice(0, k).join(" "));
      break;
    }
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
