// Matching the lexicons against token runs and plain text: regex alternations built once, longest first.
import { COUNTRY_BY_CAPITAL, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, type Country } from "../lexicon/countries.js";
import {
  ARMED_GROUPS,
  ETHNIC_BY_FORM,
  KNOWN_ORGS,
  MEDIA_NAMES,
  REGIONS,
  SEATS_OF_POWER,
  TITLES,
  type EthnicGroup,
} from "../lexicon/words.js";

export type LexHit =
  | { type: "country"; country: Country }
  | { type: "capital"; country: Country }
  | { type: "demonym"; country: Country }
  | { type: "region" }
  | { type: "media" }
  | { type: "armed" }
  | { type: "ethnic"; group: EthnicGroup }
  | { type: "title" }
  | { type: "org"; kind: "organization" | "armed-group" | "government" | "media" }
  | { type: "seat"; country: Country };

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A regex alternation of phrases, longest first, as a capturing group source. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join("|");
}

/** Lower-case keys of country names written in capitals ("us", "uk"): the text must write them in capitals too. */
const CAPS_ONLY = new Set<string>();
for (const c of COUNTRY_BY_NAME.values())
  for (const o of [c.name, ...c.otherNames]) if (o === o.toUpperCase()) CAPS_ONLY.add(o.toLowerCase());

/** Looks up a phrase (as written, capitalised) in the lexicons. All-capital forms must match exactly. */
export function lexicon(phrase: string): LexHit | undefined {
  const lower = phrase.toLowerCase();
  const country = COUNTRY_BY_NAME.get(lower);
  if (country && (!CAPS_ONLY.has(lower) || phrase === phrase.toUpperCase())) return { type: "country", country };
  const seat = SEATS_OF_POWER.get(lower);
  if (seat) {
    const c = COUNTRY_BY_NAME.get(seat.toLowerCase());
    if (c) return { type: "seat", country: c };
  }
  const org = KNOWN_ORGS.get(lower);
  if (org && (phrase.length > 3 || phrase === phrase.toUpperCase())) return { type: "org", kind: org };
  const capital = COUNTRY_BY_CAPITAL.get(lower);
  if (capital) return { type: "capital", country: capital };
  if (REGIONS.has(lower)) return { type: "region" };
  if (MEDIA_NAMES.has(lower) && (phrase.length > 3 || phrase === phrase.toUpperCase())) return { type: "media" };
  if (ARMED_GROUPS.has(lower) && (phrase.length > 4 || phrase === phrase.toUpperCase())) return { type: "armed" };
  const group = ETHNIC_BY_FORM.get(lower);
  if (group) return { type: "ethnic", group };
  const dem = COUNTRY_BY_DEMONYM.get(lower);
  if (dem) return { type: "demonym", country: dem };
  if (TITLES.has(lower)) return { type: "title" };
  return undefined;
}

// Alternations for regex patterns over sentence text.
const demonyms: string[] = [];
for (const c of COUNTRY_BY_DEMONYM.values()) for (const d of c.demonyms) demonyms.push(d);
const names: string[] = [];
const capitals: string[] = [];
for (const c of COUNTRY_BY_NAME.values()) names.push(c.name, ...c.otherNames);
for (const c of COUNTRY_BY_CAPITAL.values()) capitals.push(...c.capitals);

export const DEMONYM_ALT = alternation(demonyms);
export const COUNTRY_ALT = alternation(names);
export const CAPITAL_ALT = alternation(capitals);
export const ETHNIC_ALT = alternation([...ETHNIC_BY_FORM.values()].flatMap((g) => g.forms));

export function countryOf(word: string): Country | undefined {
  const l = word.toLowerCase();
  return COUNTRY_BY_NAME.get(l) ?? COUNTRY_BY_DEMONYM.get(l) ?? COUNTRY_BY_CAPITAL.get(l);
}

/** First words (lower-case) of every lexicon entry except titles: a word not in here starts no lexicon hit. */
export const LEXICON_FIRST = new Set<string>();
{
  const add = (phrase: string) => LEXICON_FIRST.add(phrase.toLowerCase().split(" ")[0]!);
  for (const k of COUNTRY_BY_NAME.keys()) add(k);
  for (const k of COUNTRY_BY_DEMONYM.keys()) add(k);
  for (const k of COUNTRY_BY_CAPITAL.keys()) add(k);
  for (const k of REGIONS) add(k);
  for (const k of MEDIA_NAMES) add(k);
  for (const k of ARMED_GROUPS) add(k);
  for (const k of ETHNIC_BY_FORM.keys()) add(k);
  for (const k of KNOWN_ORGS.keys()) add(k);
  for (const k of SEATS_OF_POWER.keys()) add(k);
}
