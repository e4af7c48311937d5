// The small vocabulary and token helpers the capital-run pass shares with persons.ts and singles.ts: company
// suffixes and head nouns, titles at a token, portfolio words of a ministry, nouns of a polity, place
// prepositions, the speech verb that makes a lone name a person. It finds nothing by itself.
import { MEDIA_HEADS, ORG_DESCRIPTORS, ORG_HEADS, TITLES } from "../lexicon/words.js";
import type { Registry } from "./registry.js";
import type { Draft } from "./registry.js";
import type { Token } from "./tokens.js";
import { TITLE_FIRST, PLACE_HEADS } from "./helpers.js";

export const COMPANY_SUFFIXES = new Set([
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

export function isHead(t: Token, isLastOfRun: boolean): boolean {
  if (isLastOfRun && COMPANY_SUFFIXES.has(t.lower) && t.i > 0) return true;
  return t.cap && !t.allCaps && (ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower) || (isLastOfRun && MEDIA_HEADS.has(t.lower)));
}

/** A title at token i, as the number of tokens it spans (0: none). Multi-word titles first. */
export function titleAt(ts: Token[], i: number): number {
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

/** ", the energy regulator,": an apposition of at most three lower-case words and a head naming a body. */
export const BODY_APPOSITION = new RegExp(
  `^,\\s+(?:the|an?)\\s+((?:[a-z-]+\\s+){0,3}(?:${[...ORG_DESCRIPTORS, "regulator", "watchdog", "broadcaster", "airline", "carrier", "insurer", "retailer", "supermarket", "operator", "ministry", "department", "bank", "lender", "utility"].join("|")}))\\s*,`,
);

/** A verb of saying right after a name: the name is a speaker, so a person ("Zelenskiy said"). */
export const SPEECH_AFTER = /^,?\s+(?:said|says|told|added|wrote|stated|speaking|insisted|argued)\b/;

export const AND_TAIL = /^ and (?:\p{Lu}[\p{L}'’-]+)(?: \p{Lu}[\p{L}'’-]+){0,2}(?![\p{L}'’-]| \p{Lu})/u;
/** Words of a ministry's portfolio ("Health and Social Care", "Trade and Industry"): only these carry a body's
 * name on over "and", so "the Ministry of Health and Doctors Without Borders" stays two actors. */
export const PORTFOLIO_WORDS = new Set(
  `health social care human services family welfare economic economy affairs trade industry
  energy climate environment food rural culture media sport sports education science technology innovation housing
  communities local government justice security defence defense foreign development labour labor employment transport
  infrastructure agriculture fisheries water tourism finance planning youth women gender equality digital commerce
  investment mines mining petroleum natural resources public works urban land veterans immigration citizenship home
  interior religious endowments skills pensions work research arts heritage wildlife forestry forests communications
  information cooperation integration growth budget treasury revenue customs`.split(/\s+/),
);
export const GOV_NOUNS = new Set(["government", "regime", "administration", "authorities", "junta", "cabinet"]);
export const POLITY_NOUNS = new Set([
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
export const PLACE_PREPOSITIONS = new Set(["in", "near", "outside", "across", "around", "into", "inside", "throughout"]);

export function titleFollows(body: string, end: number): boolean {
  const m = /^\s+([a-z-]+)(?:\s+([a-z-]+))?/.exec(body.slice(end, end + 40));
  if (!m) return false;
  return TITLES.has(m[1]!) || (!!m[2] && TITLES.has(`${m[1]} ${m[2]}`));
}

export function spanText(body: string, ts: Token[], from: number, to: number): string {
  return body.slice(ts[from]!.start, ts[to]!.end);
}

export function indexOfWord(ts: Token[], lower: string): number {
  for (let x = 0; x < ts.length; x++) if (ts[x]!.lower === lower) return x;
  return -1;
}

export function allAllCaps(ts: Token[]): boolean {
  for (const t of ts) if (!t.allCaps) return false;
  return true;
}

/** The one known actor of this kind with a longer name ending in `word` ("Riverton Gazette" for "Gazette"). */
export function headOwner(reg: Registry, word: string, kind: Draft["kind"]): Draft | undefined {
  const tail = ` ${word.toLowerCase()}`;
  const owners = reg.ofKind(kind).filter((x) => x.name.toLowerCase().endsWith(tail));
  return owners.length === 1 ? owners[0] : undefined;
}

export function isThePrefixed(body: string, start: number): boolean {
  return /\bthe\s+$/i.test(body.slice(Math.max(0, start - 5), start));
}

export function trimConnectors(ts: Token[]): Token[] {
  let a = 0;
  let b = ts.length;
  while (a < b && !ts[a]!.cap) a++;
  while (b > a && !ts[b - 1]!.cap) b--;
  return ts.slice(a, b);
}

export function singular(title: string): string {
  return title.replace(/(ent|ter|dor|nor|tor|man|son|ral|ief|der|ary|ker|mir|ing|een|ce|ge)s$/i, "$1");
}
