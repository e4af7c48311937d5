// From a noun phrase as written to the one actor it names, or undefined: names and aliases, "representatives
// of X", "the regime in <capital>", "the <demonym> <title>", "<people> separatists", head nouns ("the coordination"),
// and title phrases read by their head. Never guesses between two; pronouns are not resolved here.
import { COUNTRY_BY_CAPITAL } from "../lexicon/countries.js";
import { ETHNIC_BY_FORM, MILITANT_NOUNS, ORG_DESCRIPTORS, TITLES } from "../lexicon/words.js";
import { alternation, CAPITAL_ALT, COUNTRY_ALT, countryOf, DEMONYM_ALT, ETHNIC_ALT } from "./lexicon-match.js";
import { normKey, type Registry } from "./registry.js";
import type { Draft } from "./registry.js";
import type { Mention } from "../types.js";
import type { ActorKind } from "../../model/schema.js";

export function salientOrg(reg: Registry, ...kinds: ActorKind[]): Draft | undefined {
  const orgs = reg.ofKind(...kinds).sort((a, b) => b.mentions.length - a.mentions.length);
  if (!orgs.length) return undefined;
  if (orgs.length > 1 && orgs[0]!.mentions.length === orgs[1]!.mentions.length) return undefined;
  return orgs[0];
}

/** The organisation a head noun refers back to ("the coordination"), or the article's most salient one. */
/** Words in the name of a trade union that does not call itself one. */
const LABOUR_NAME = /\b(?:Workers|Employees|Machinists|Teamsters|Labou?r|Nurses|Teachers|Trades?)\b/;

export function orgByDescriptor(reg: Registry, noun: string, at?: { start: number; sentence: number }): Draft | undefined {
  const n = normKey(noun);
  const byName = reg.ofKind("organization", "armed-group", "government", "media").filter((d) => {
    const words = normKey(d.name).split(" ");
    return words.includes(n) || d.roles.some((r) => normKey(r).split(" ").includes(n));
  });
  if (byName.length === 1) return byName[0];
  if (byName.length > 1) return undefined;
  if (/^(ngo|charity|association|foundation)$/.test(n)) return salientOrg(reg, "organization");
  // "the union": the one organisation whose name says it is workers' ("… Machinists and Aerospace Workers")
  if (n === "union") {
    const labour = reg.ofKind("organization").filter((d) => LABOUR_NAME.test(d.name));
    return labour.length === 1 ? labour[0] : undefined;
  }
  if (/^(group|organisation|organization|movement|body|alliance|coalition)$/.test(n)) {
    // the organisation that opens the nearest sentence before (its subject, usually), looking back two
    // sentences; else the article's most salient one
    if (at !== undefined) {
      const firstIn = new Map<number, Mention>();
      for (const d of reg.ofKind("organization", "armed-group"))
        for (const m of d.mentions) {
          if (m.end > at.start || m.sentence < at.sentence - 2) continue;
          const cur = firstIn.get(m.sentence);
          if (!cur || m.start < cur.start) firstIn.set(m.sentence, m);
        }
      for (let k = at.sentence; k >= at.sentence - 2; k--) {
        const m = firstIn.get(k);
        if (m) return reg.get(m.actorKey);
      }
    }
    return salientOrg(reg, "organization", "armed-group");
  }
  return undefined;
}

export function militantGroup(reg: Registry, ethnicWord: string): Draft | undefined {
  const g = ETHNIC_BY_FORM.get(ethnicWord.toLowerCase());
  if (!g) return undefined;
  const forms = new Set(g.forms.map((f) => f.toLowerCase()));
  const cands = reg.ofKind("organization", "armed-group").filter((d) =>
    [d.name, ...d.roles].some((x) =>
      x
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .some((w) => forms.has(w)),
    ),
  );
  return cands.length === 1 ? cands[0] : undefined;
}

export const RESOLVE_REGIME = new RegExp(
  `^(?:the\\s+)?(?:[a-z-]+\\s+)?(regime|government|authorities|junta|administration)\\s+in\\s+(${CAPITAL_ALT})$`,
  "i",
);

export const RESOLVE_DEM_TITLE = new RegExp(`^(?:the\\s+)?(${DEMONYM_ALT}|${COUNTRY_ALT})\\s+([a-z][a-z -]*)$`, "i");

export const RESOLVE_MILITANT = new RegExp(`^(?:(?:the|former)\\s+)*(${ETHNIC_ALT})\\s+(${alternation(MILITANT_NOUNS)})\\b`, "i");

export const RESOLVE_ORG_NOUN = new RegExp(`^(?:the|our|their|its)\\s+(?:[a-z][a-z-]*\\s+){0,2}(${alternation(ORG_DESCRIPTORS)})$`, "i");

export function resolvePhrase(reg: Registry, phrase: string, depth: number): Draft | undefined {
  const p = phrase
    .trim()
    .replace(/^[«“"‘']+|[»”"’']+$/g, "")
    .replace(/['’]s$/, "")
    .trim();
  if (!p || depth > 3) return undefined;
  const direct = reg.lookup(p);
  if (direct.length === 1) return direct[0];
  if (direct.length > 1) return undefined;
  const stripped = p.replace(/^(?:(?:the|a|an|our|their|its|his|her|former|current|then)\s+)+/i, "");
  if (stripped !== p) {
    const d = reg.lookup(stripped);
    if (d.length === 1) return d[0];
    if (d.length > 1) return undefined;
  }
  let m = /^(?:the\s+)?(?:representatives|members|elements|leaders|supporters|fighters|officials|delegation|delegates)\s+of\s+(.+)$/i.exec(
    p,
  );
  if (m) return resolvePhrase(reg, m[1]!, depth + 1);
  m = RESOLVE_REGIME.exec(p);
  if (m) {
    const c = COUNTRY_BY_CAPITAL.get(m[2]!.toLowerCase());
    return c ? reg.get(normKey(`Government of ${c.name}`)) : undefined;
  }
  m = RESOLVE_DEM_TITLE.exec(p);
  if (m && TITLES.has(m[2]!.toLowerCase())) {
    const c = countryOf(m[1]!);
    const t = m[2]!.toLowerCase();
    const people = reg
      .ofKind("person")
      .filter((x) => x.country === c && (x.titles.has(t) || x.roles.some((r) => r.toLowerCase().startsWith(t))));
    return people.length === 1 ? people[0] : undefined;
  }
  // "Tuareg separatists"
  m = RESOLVE_MILITANT.exec(p);
  if (m) return militantGroup(reg, m[1]!);
  // "the coordination", "the NGO"
  m = RESOLVE_ORG_NOUN.exec(p);
  if (m) return orgByDescriptor(reg, m[1]!);
  m = /^the\s+(army|military)$/i.exec(p);
  if (m) {
    const armies = reg.ofKind("armed-group").filter((a) => / army$/i.test(a.name));
    return armies.length === 1 ? armies[0] : undefined;
  }
  // a role held by one person: "the head of the … government"
  const n = normKey(stripped);
  const byRole = reg.ofKind("person").filter((x) => x.roles.some((r) => normKey(r) === n));
  if (byRole.length === 1) return byRole[0];
  // the head of the phrase is its last name: "spokesman Muhammad …", "AMA President Rachid Raha of Morocco",
  // "the United Nations refugee agency UNHCR"; what comes before only qualifies it
  const words = normKey(p).split(" ");
  const inside = namesInside(reg, words);
  // "Amina Yusuf of the University of Lagos": a person followed by "of" heads the phrase
  const personOf = inside.find((x) => x.d.kind === "person" && words[x.to] === "of");
  if (personOf) return words.slice(0, personOf.from).some((w) => BLOCKING_WORDS.has(w)) ? undefined : personOf.d;
  const last = inside[inside.length - 1];
  if (!last) return undefined;
  const endsPhrase = last.to === words.length || (words[last.to] === "of" && last.d.kind === "person");
  if (!endsPhrase) return undefined;
  const prefix = words.slice(0, last.from);
  if (prefix.some((w) => BLOCKING_WORDS.has(w))) return undefined; // "Kyiv with Danish Prime Minister X"
  if (last.d.kind !== "person" && prefix.some((w) => TITLES.has(w))) return undefined; // "the head of the government"
  return last.d;
}

/** Words that, before a name, show that the phrase is not a title phrase for that name. */
export const BLOCKING_WORDS = new Set([
  "with",
  "to",
  "by",
  "and",
  "or",
  "from",
  "at",
  "in",
  "on",
  "after",
  "before",
  "against",
  "between",
  "than",
  "about",
  "for",
  "like",
  "without",
  "while",
  "when",
]);

/** Known names and aliases that occur as whole words inside a phrase, longest first. */
export function namesInside(reg: Registry, words: string[]): { d: Draft; from: number; to: number }[] {
  const out: { d: Draft; from: number; to: number }[] = [];
  let i = 0;
  while (i < words.length) {
    let found = 0;
    for (let j = Math.min(words.length, i + 8); j > i; j--) {
      const keys = reg.index.get(words.slice(i, j).join(" "));
      if (keys && keys.size === 1) {
        const d = reg.get([...keys][0]!);
        if (d) out.push({ d, from: i, to: j });
        found = j - i;
        break;
      }
    }
    i += found || 1;
  }
  return out;
}
