// Which pattern families a sentence can match at all, from its words: most sentences skip most regexes.
import { COUNTRY_BY_CAPITAL, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from "../lexicon/countries.js";
import { ARMED_GROUP_CUES, ETHNIC_BY_FORM, GOVERNMENT_DESCRIPTORS, INSTITUTION_NOUNS, ORG_DESCRIPTORS } from "../lexicon/words.js";
import type { Token } from "./tokens.js";
import { TITLE_FIRST } from "./helpers.js";

// Which pattern families a sentence can match at all, from its words: most sentences skip most regexes.
export interface Gate {
  country: boolean;
  ethnic: boolean;
  armed: boolean;
  place: boolean;
  told: boolean;
  orgNoun: boolean;
  gov: boolean;
  army: boolean;
  kingdom: boolean;
  demonym: boolean;
  inst: boolean;
  compass: boolean;
  title: boolean;
  envoy: boolean;
}

export const firstWords = (phrases: Iterable<string>) => new Set([...phrases].map((p) => p.toLowerCase().split(/[\s-]+/)[0]!));

export const COUNTRY_WORDS = firstWords([...COUNTRY_BY_NAME.keys(), ...COUNTRY_BY_DEMONYM.keys(), ...COUNTRY_BY_CAPITAL.keys()]);

export const ETHNIC_WORDS = firstWords(ETHNIC_BY_FORM.keys());

export const ARMED_WORDS = new Set([...ARMED_GROUP_CUES].flatMap((c) => c.split(" ")));

export const PLACE_WORDS = new Set([
  "city",
  "town",
  "village",
  "region",
  "province",
  "district",
  "municipality",
  "commune",
  "governorate",
  "state",
  "county",
  "oblast",
  "prefecture",
]);

export const TOLD_WORDS = new Set(["told", "telling", "speaking", "spoke", "interview", "interviewed", "according"]);

export const GOV_WORDS = new Set([...GOVERNMENT_DESCRIPTORS].flatMap((c) => c.split(" ")));

// One lookup per word: a bit mask of the pattern families the word can open.
export const G_COUNTRY = 1,
  G_ETHNIC = 2,
  G_ARMED = 4,
  G_PLACE = 8,
  G_TOLD = 16,
  G_ORG = 32,
  G_GOV = 64,
  G_ARMY = 128,
  G_KINGDOM = 256;

export const G_DEMONYM = 512,
  G_INST = 1024,
  G_COMPASS = 2048,
  G_TITLE = 4096,
  G_ENVOY = 8192;

export const GATE_BITS = new Map<string, number>();

{
  const or = (words: Iterable<string>, bit: number) => {
    for (const w of words) GATE_BITS.set(w, (GATE_BITS.get(w) ?? 0) | bit);
  };
  or(COUNTRY_WORDS, G_COUNTRY);
  or(ETHNIC_WORDS, G_ETHNIC);
  or(ARMED_WORDS, G_ARMED);
  or(PLACE_WORDS, G_PLACE);
  or(TOLD_WORDS, G_TOLD);
  or(ORG_DESCRIPTORS, G_ORG);
  or(GOV_WORDS, G_GOV);
  or(["army", "military", "armed"], G_ARMY);
  or(["kingdom", "monarchy", "crown"], G_KINGDOM);
  or(firstWords(COUNTRY_BY_DEMONYM.keys()), G_DEMONYM);
  or(
    INSTITUTION_NOUNS.flatMap(([n]) => n.split(" ")).concat([
      "government",
      "army",
      "military",
      "regime",
      "junta",
      "authorities",
      "council",
    ]),
    G_INST,
  );
  or(
    [
      "north",
      "south",
      "east",
      "west",
      "central",
      "northern",
      "southern",
      "eastern",
      "western",
      "north-east",
      "north-west",
      "south-east",
      "south-west",
      "northeast",
      "northwest",
      "southeast",
      "southwest",
      "north-eastern",
      "north-western",
      "south-eastern",
      "south-western",
      "northeastern",
      "northwestern",
      "southeastern",
      "southwestern",
    ],
    G_COMPASS,
  );
  or(TITLE_FIRST, G_TITLE);
  or(["ambassador", "envoy", "consul", "representative", "high"], G_ENVOY);
}

export const CAP_ONLY_BITS = G_COUNTRY | G_ETHNIC | G_DEMONYM;

export function gateOf(ts: Token[]): Gate {
  let bits = 0;
  for (const t of ts) {
    const b = GATE_BITS.get(t.lower);
    if (b !== undefined) bits |= t.cap ? b : b & ~CAP_ONLY_BITS;
  }
  return {
    country: (bits & G_COUNTRY) !== 0,
    ethnic: (bits & G_ETHNIC) !== 0,
    armed: (bits & G_ARMED) !== 0,
    place: (bits & G_PLACE) !== 0,
    told: (bits & G_TOLD) !== 0,
    orgNoun: (bits & G_ORG) !== 0,
    gov: (bits & G_GOV) !== 0,
    army: (bits & G_ARMY) !== 0,
    kingdom: (bits & G_KINGDOM) !== 0,
    demonym: (bits & G_DEMONYM) !== 0,
    inst: (bits & G_INST) !== 0,
    compass: (bits & G_COMPASS) !== 0,
    title: (bits & G_TITLE) !== 0,
    envoy: (bits & G_ENVOY) !== 0,
  };
}
