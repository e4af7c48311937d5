// Descriptions that point back to an actor ("the army", "the regime", "the Kingdom", "the Algerians",
// "the Mauritanian president", "the US ambassador to Morocco"), definitions that give roles, and kinds fixed last.
import { COUNTRY_BY_DEMONYM, isPluralDemonym } from "../lexicon/countries.js";
import { COURTESY, GOVERNMENT_DESCRIPTORS, HEAD_OF_STATE_TITLES, MILITANT_NOUNS, ORG_DESCRIPTORS, TITLES } from "../lexicon/words.js";
import { alternation, COUNTRY_ALT, countryOf, DEMONYM_ALT, ETHNIC_ALT } from "./lexicon-match.js";
import type { Registry } from "./registry.js";
import type { Mention, Sentence } from "../types.js";
import { countryActor } from "./helpers.js";
import type { Gate } from "./gates.js";
import { orgByDescriptor, militantGroup } from "./resolve.js";

export const orgNoun = new RegExp(
  `\\b([Tt]he|[Oo]ur|[Tt]heir|[Ii]ts)\\s+(?:(?!(?:of|and|or|in|to|for|with|by|on|at)\\s)[a-z][a-z-]*\\s+){0,2}(${alternation([...ORG_DESCRIPTORS, "NGO"])})\\b(?!\\s+(?:of\\b|\\p{Lu}|['’"‘]))`,
  "gu",
);

export const govNoun = new RegExp(`\\b[Tt]he\\s+(${alternation(GOVERNMENT_DESCRIPTORS)})\\b(?!\\s+(?:of|in)\\b)`, "g");

export const armyNoun = /\b[Tt]he\s+(army|military|armed forces)\b(?!\s+(?:of|in|[a-z]+s)\b)/g;

export const kingdom = /\b[Tt]he\s+([Kk]ingdom|[Mm]onarchy|Crown)\b(?!\s+of\b)/g;

export const plural = new RegExp(`\\b[Tt]he\\s+(${DEMONYM_ALT})\\b(?!\\s+[a-z\\p{Lu}])`, "gu");

export const demTitle = new RegExp(
  `\\b[Tt]he\\s+(${DEMONYM_ALT}|${COUNTRY_ALT})\\s+(${alternation([...TITLES].filter((t) => !/s$/.test(t) && !COURTESY.has(t)))})\\b(?:\\s+to\\s+(${COUNTRY_ALT}))?(?!\\s+\\p{Lu})`,
  "gu",
);

export const envoy = new RegExp(
  `\\b(?:the\\s+)?(${COUNTRY_ALT}|${DEMONYM_ALT})\\s+(ambassador|envoy|consul|representative|high commissioner)\\s+to\\s+(${COUNTRY_ALT})\\b`,
  "g",
);

export function descriptors(sentences: Sentence[], reg: Registry, gates: Gate[]) {
  for (const s of sentences) {
    const g = gates[s.index]!;
    let m: RegExpExecArray | null;
    orgNoun.lastIndex = 0;
    while (g.orgNoun && (m = orgNoun.exec(s.text))) {
      // "The rebel movement, the Northern Front (NF), said": the apposition names it
      const named = appositionOrg(reg, s, m.index + m[0].length);
      const d = named ?? orgByDescriptor(reg, m[2]!, { start: s.start + m.index, sentence: s.index });
      if (!d) continue;
      // an alias joins only where the text ties it (the apposition, or the noun in the name or a role); found by
      // nearness alone, the description is a mention of the actor, never one of its names
      const noun = m[2]!.toLowerCase();
      if (named || d.name.toLowerCase().split(/\s+/).includes(noun) || d.roles.some((r) => r.toLowerCase().split(/\s+/).includes(noun)))
        reg.alias(d, m[0]);
      if (/^(ngo|charity)$/i.test(m[2]!)) reg.role(d, m[2]!.toUpperCase() === "NGO" ? "NGO" : m[2]!);
      reg.mention(d, s.start + m.index, s.start + m.index + m[0].length, s.index, "descriptor");
    }
    govNoun.lastIndex = 0;
    while (g.gov && (m = govNoun.exec(s.text))) {
      const govs = reg.ofKind("government").filter((g) => /^Government of /.test(g.name));
      if (govs.length !== 1) continue;
      reg.alias(govs[0]!, m[0]);
      reg.mention(govs[0]!, s.start + m.index, s.start + m.index + m[0].length, s.index, "descriptor");
    }
    armyNoun.lastIndex = 0;
    while (g.army && (m = armyNoun.exec(s.text))) {
      // "the Malian army" is matched elsewhere; here only the bare "the army"
      const armies = reg.ofKind("armed-group").filter((a) => / army$/i.test(a.name));
      if (armies.length !== 1) continue;
      reg.alias(armies[0]!, m[0].replace(/^The/, "the"));
      reg.mention(armies[0]!, s.start + m.index, s.start + m.index + m[0].length, s.index, "descriptor");
    }
    kingdom.lastIndex = 0;
    while (g.kingdom && (m = kingdom.exec(s.text))) {
      const kings = reg.ofKind("country").filter((c) => c.country?.monarchy);
      if (kings.length !== 1) continue;
      reg.alias(kings[0]!, m[0].replace(/^The/, "the"));
      reg.mention(kings[0]!, s.start + m.index, s.start + m.index + m[0].length, s.index, "descriptor");
    }
    plural.lastIndex = 0;
    while (g.demonym && (m = plural.exec(s.text))) {
      if (!isPluralDemonym(m[1]!)) continue;
      const c = COUNTRY_BY_DEMONYM.get(m[1]!.toLowerCase());
      if (!c) continue;
      const d = countryActor(reg, c);
      reg.alias(d, m[0]);
      reg.mention(d, s.start + m.index, s.start + m.index + m[0].length, s.index, "descriptor");
    }
    demTitle.lastIndex = 0;
    while (g.country && g.title && (m = demTitle.exec(s.text))) {
      const c = countryOf(m[1]!);
      const title = m[2]!.toLowerCase();
      if (!c || m[3]) continue;
      const people = reg
        .ofKind("person")
        .filter((p) => p.country === c && (p.titles.has(title) || p.roles.some((r) => r.toLowerCase().startsWith(title))));
      if (people.length === 1) {
        reg.alias(people[0]!, m[0].replace(/^The/, "the"));
        if (HEAD_OF_STATE_TITLES.has(title)) reg.role(people[0]!, `${title[0]!.toUpperCase()}${title.slice(1)} of ${c.name}`);
        reg.mention(people[0]!, s.start + m.index, s.start + m.index + m[0].length, s.index, "title");
      } else if (people.length === 0 && !reg.ofKind("person").some((p) => p.titles.has(title) && !p.country)) {
        const name = m[0].replace(/^[Tt]he\s+/, "");
        const d = reg.add(name, "person");
        d.country = c;
        d.titles.add(title);
        reg.role(d, name);
        reg.mention(d, s.start + m.index, s.start + m.index + m[0].length, s.index, "title");
      }
    }
    envoy.lastIndex = 0;
    while (g.country && g.envoy && (m = envoy.exec(s.text))) {
      const name = m[0].replace(/^the\s+/i, "");
      const d = reg.add(name, "person");
      d.titles.add(m[2]!.toLowerCase());
      reg.role(d, name);
      reg.mention(d, s.start + m.index, s.start + m.index + m[0].length, s.index, "title");
    }
  }
}

/** "The coordination is an alliance that …": a definition gives the subject a role. */
export function copularRoles(sentences: Sentence[], reg: Registry) {
  const byStart = new Map<number, Mention>();
  for (const d of reg.drafts.values()) for (const m of d.mentions) if (!byStart.has(m.start)) byStart.set(m.start, m);
  for (const s of sentences) {
    const lead = /^(?:the\s+)?/i.exec(s.text)![0].length;
    const m0 = byStart.get(s.start) ?? byStart.get(s.start + lead);
    if (!m0) continue;
    const rest = reg.body.slice(m0.end, s.end);
    const m = /^,?\s+(?:is|was|remains)\s+(?:an?|the)\s+([^.;:«»"“”]{3,160})[.;]?$/.exec(rest);
    if (!m) continue;
    const d = reg.get(m0.actorKey);
    if (!d || (d.kind !== "organization" && d.kind !== "armed-group" && d.kind !== "media")) continue;
    const role = m[1]!.replace(/^(?:one of the|key|major)\s+/, "").trim();
    if (role.split(/\s+/).length <= 20) reg.role(d, role);
  }
}

/** "Former Tuareg separatists": the one organisation of the article whose roles or name carry that people. */
export const MILITANT_RE = new RegExp(
  `\\b(?:(?:[Tt]he|[Ff]ormer|[Tt]he\\s+former)\\s+)?(${ETHNIC_ALT})\\s+(${alternation(MILITANT_NOUNS)})\\b(\\s+in\\s+(?:(?:north|south|east|west|central)(?:ern)?\\s+)?\\p{Lu}[\\p{L}-]+)?`,
  "gu",
);

export function militantDescriptors(sentences: Sentence[], reg: Registry, gates: Gate[]) {
  const re = MILITANT_RE;
  for (const s of sentences) {
    if (!gates[s.index]!.ethnic) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text))) {
      const d = militantGroup(reg, m[1]!);
      if (!d) continue;
      if (d.kind === "organization") d.kind = "armed-group"; // called separatists, rebels, militants: it fights
      reg.alias(d, m[0]);
      if (m[3]) reg.alias(d, m[0].slice(0, m[0].length - m[3].length));
      reg.alias(d, `${m[1]} ${m[2]}`);
      reg.mention(d, s.start + m.index, s.start + m.index + m[0].length, s.index, "descriptor");
    }
  }
}

export function fixKinds(reg: Registry) {
  for (const d of reg.drafts.values()) {
    if (d.kind === "organization" && d.roles.some((r) => /\b(armed|militia|separatist|rebel|insurgent|mercenar|jihadist)/i.test(r)))
      d.kind = "armed-group";
    // "Scotland Yard police said": a name written before "police" is a police force, never a person
    else if (d.kind === "person" && !d.unnamed && d.mentions.some((m) => /^\s+police\b/.test(reg.body.slice(m.end, m.end + 8))))
      d.kind = "government";
  }
}

/** The organisation named right after a description and a comma ("the group, the Northern Front,"). */
function appositionOrg(reg: Registry, s: Sentence, endInSentence: number) {
  const app = /^,\s+(?:the\s+)?(?=\p{Lu})/u.exec(s.text.slice(endInSentence, endInSentence + 8));
  if (!app) return undefined;
  const at = s.start + endInSentence + app[0].length;
  for (const d of reg.ofKind("organization", "armed-group", "government", "media"))
    if (d.mentions.some((x) => x.start === at && x.via !== "descriptor")) return d;
  return undefined;
}
