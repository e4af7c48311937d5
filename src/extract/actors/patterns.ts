// Lower-case patterns around names: "the Malian army", "the government of Mali", "the city of Bir",
// "Tuareg refugees", "the Russian armed group Wagner", "told Yabiladi".
import { adjectiveOf, COUNTRY_BY_DEMONYM } from "../lexicon/countries.js";
import {
  ARMED_GROUP_CUES,
  ETHNIC_BY_FORM,
  GOVERNMENT_DESCRIPTORS,
  INSTITUTION_NOUNS,
  MEDIA_HEADS,
  MEDIA_NAMES,
  MONTHS,
  NOT_NAMES,
  PEOPLE_NOUNS,
  WEEKDAYS,
} from "../lexicon/words.js";
import { alternation, CAPITAL_ALT, COUNTRY_ALT, countryOf, DEMONYM_ALT, ETHNIC_ALT, lexicon } from "./lexicon-match.js";
import type { Registry } from "./registry.js";
import type { Draft } from "./registry.js";
import type { Sentence } from "../types.js";
import { ARMY_WORDS, ADJ_MODIFIER, ADJ_STOP, army, government, countryActor, lastNameOf, writtenAsGroup } from "./helpers.js";
import type { Gate } from "./gates.js";

export const inst = alternation(INSTITUTION_NOUNS.map(([n]) => n));

export const kindOf = new Map(INSTITUTION_NOUNS);

// The core of each pattern comes first (a capital letter or a fixed word), so the regex engine skips quickly;
// "the" and adjectives before it are found by looking back (prefixStart).
export const demInst = new RegExp(`\\b(?=\\p{Lu})(${DEMONYM_ALT}|${COUNTRY_ALT})(['’]s)?\\s+(${inst})\\b`, "gu");

export const instOf = new RegExp(
  `\\b(government|army|armed forces|military|regime|junta|authorities|military council|[Pp]olice)\\s+(?:of|in)\\s+(${COUNTRY_ALT}|${CAPITAL_ALT})\\b`,
  "g",
);

export const PREFIX = /(?:^|[^\p{L}])([Tt]he)\s+((?:[a-z][a-z-]*\s+){0,2})$/u;

/** Where a noun phrase ending at `idx` starts: at "the" when "the" and only adjectives come before it. */
export function prefixStart(text: string, idx: number): number {
  const from = Math.max(0, idx - 60);
  const win = text.slice(from, idx);
  const m = PREFIX.exec(win);
  if (!m) return idx;
  const mods = m[2]!.trim().split(/\s+/).filter(Boolean);
  for (const w of mods) if (ADJ_STOP.has(w) || !ADJ_MODIFIER.test(w)) return idx;
  return from + m.index + m[0].indexOf(m[1]!);
}

export const placeOf =
  /\bthe\s+(city|town|village|region|province|district|municipality|commune|governorate|state)\s+of\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu;

export const placeNoun =
  /\b(?:(the)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(region|province|district|governorate|county|oblast|prefecture)\b/gu;

export const compass = new RegExp(
  `\\b((?:north|south|east|west|central|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)(?:ern)?)\\s+(${COUNTRY_ALT})\\b`,
  "g",
);

export const ethnic = new RegExp(
  `\\b(?:(${DEMONYM_ALT})\\s+)?(${ETHNIC_ALT})(?:\\s+and\\s+(${ETHNIC_ALT}))?\\s+(${alternation(PEOPLE_NOUNS)})(\\s+(?:of|in)\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)?`,
  "gu",
);

export const demEthnic = new RegExp(`\\b(${DEMONYM_ALT})\\s+(${ETHNIC_ALT})\\b(?!\\s+\\p{Lu})`, "gu");

export const armedCue = new RegExp(
  `\\b(?:(the)\\s+)?(?:(${DEMONYM_ALT}|${ETHNIC_ALT})\\s+)?((?:${alternation(ARMED_GROUP_CUES)})(?:\\s+(?:${alternation(ARMED_GROUP_CUES)}))?)\\s+(?:from\\s+the\\s+)?['’"‘]?(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)*)['’"]?(\\s+group)?`,
  "gu",
);

export const told =
  /\b(?:told|telling|speaking to|spoke to|in an interview with|interviewed by|according to)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/gu;

export function lowerCasePatterns(sentences: Sentence[], reg: Registry, gates: Gate[]) {
  for (const s of sentences) {
    const g = gates[s.index]!;
    let m: RegExpExecArray | null;

    demInst.lastIndex = 0;
    while (g.country && g.inst && (m = demInst.exec(s.text))) {
      const c = countryOf(m[1]!);
      if (!c) continue;
      const noun = m[3]!;
      const end = m.index + m[0].length;
      const startIdx = m[2] ? m.index : prefixStart(s.text, m.index);
      const written = s.text.slice(startIdx, end);
      let d: Draft;
      if (ARMY_WORDS.has(noun)) d = army(reg, c);
      else if (GOVERNMENT_DESCRIPTORS.has(noun)) d = government(reg, c);
      else {
        d = reg.add(`${adjectiveOf(c)} ${noun}`, kindOf.get(noun) ?? "government");
        d.country = c;
      }
      reg.alias(d, written);
      if (/^the /.test(written)) reg.alias(d, written.replace(/^the /, ""));
      reg.mention(d, s.start + startIdx, s.start + end, s.index, "descriptor");
    }

    instOf.lastIndex = 0;
    while (g.country && g.inst && (m = instOf.exec(s.text))) {
      const c = countryOf(m[2]!);
      if (!c) continue;
      const startIdx = prefixStart(s.text, m.index);
      const end = m.index + m[0].length;
      let d: Draft;
      if (m[1]!.toLowerCase() === "police") {
        // "Police in Ghana said": the country's police, the same actor as "the Ghanaian police".
        d = reg.add(`${adjectiveOf(c)} police`, "government");
        d.country = c;
      } else d = ARMY_WORDS.has(m[1]!) ? army(reg, c) : government(reg, c);
      reg.alias(d, s.text.slice(startIdx, end));
      reg.mention(d, s.start + startIdx, s.start + end, s.index, "descriptor");
    }

    placeOf.lastIndex = 0;
    while (g.place && (m = placeOf.exec(s.text))) {
      const name = m[2]!;
      if (countryOf(name)?.name === name) continue;
      const d = reg.unique(name) ?? reg.add(name, "place");
      if (d.kind !== "place" && d.kind !== "country") continue;
      reg.alias(d, m[0]);
      const st = m.index + m[0].lastIndexOf(name);
      reg.mention(d, s.start + st, s.start + st + name.length, s.index, "name");
    }

    placeNoun.lastIndex = 0;
    while (g.place && (m = placeNoun.exec(s.text))) {
      const name = m[2]!;
      const first = name.split(/\s+/)[0]!.toLowerCase();
      if (NOT_NAMES.has(first) || countryOf(name) || COUNTRY_BY_DEMONYM.has(first)) continue;
      const full = `${name} ${m[3]!}`;
      const known = reg.lookup(name).find((d) => d.kind === "place");
      const d = known ?? reg.add(full, "place");
      if (known) reg.alias(known, full);
      if (m[1]) reg.alias(d, `the ${full}`);
      const st = m.index + (m[1] ? 4 : 0);
      reg.mention(d, s.start + st, s.start + m.index + m[0].length, s.index, "name");
    }

    compass.lastIndex = 0;
    while (g.country && g.compass && (m = compass.exec(s.text))) {
      const c = countryOf(m[2]!);
      if (!c) continue;
      const d = countryActor(reg, c);
      reg.alias(d, m[0]);
    }

    ethnic.lastIndex = 0;
    while (g.ethnic && (m = ethnic.exec(s.text))) {
      const noun = m[4]!;
      const tail = m[5] ?? "";
      for (const form of [m[2], m[3]]) {
        if (!form) continue;
        const g = ETHNIC_BY_FORM.get(form.toLowerCase());
        if (!g) continue;
        const d = reg.add(g.name, "ethnic-group");
        if (form !== g.name) reg.alias(d, form);
        reg.alias(d, `${form} ${noun}`);
        if (tail) reg.alias(d, `${form} ${noun}${tail}`);
        if (m[1] && form === m[2]) reg.alias(d, `${m[1]} ${form}`);
      }
    }

    demEthnic.lastIndex = 0;
    while (g.ethnic && g.demonym && (m = demEthnic.exec(s.text))) {
      const g = ETHNIC_BY_FORM.get(m[2]!.toLowerCase());
      if (!g) continue;
      const d = reg.add(g.name, "ethnic-group");
      reg.alias(d, m[0]);
    }

    armedCue.lastIndex = 0;
    while (g.armed && (m = armedCue.exec(s.text))) {
      const name = m[4]!;
      const lex = lexicon(name);
      if (lex && lex.type !== "armed") continue;
      if (NOT_NAMES.has(name.toLowerCase()) || WEEKDAYS.has(name.toLowerCase()) || MONTHS.has(name.toLowerCase())) continue;
      const groupForm = !!m[5] || writtenAsGroup(reg.body, name);
      const existing = reg.lookup(name).find((d) => d.kind !== "person" && d.kind !== "place");
      const d = existing ?? reg.add(groupForm ? `${name} group` : name, "armed-group");
      if (d.kind === "organization") d.kind = "armed-group";
      if (d.kind === "person" && d.titles.size === 0) {
        // a capitalised pair taken for a person's name is the armed group the descriptor names
        d.kind = "armed-group";
        const last = lastNameOf(d.name);
        d.aliases = d.aliases.filter((x) => x !== last);
      }
      reg.alias(d, name);
      const cue = m[3]!;
      const role = `${m[2] ? m[2] + " " : ""}${cue
        .split(/\s+/)
        .map((w) => w.replace(/(ia|ary|ist|group|movement|company)s$/, "$1"))
        .join(" ")}`;
      if (!/^(fighters|separatists|rebels|insurgents|jihadists)$/.test(cue)) reg.role(d, role);
      reg.alias(d, m[0].replace(/^the /, ""));
      const st = m.index + m[0].indexOf(name, m[0].length - name.length - (m[5]?.length ?? 0) - 2);
      reg.mention(d, s.start + st, s.start + st + name.length, s.index, "name");
    }

    told.lastIndex = 0;
    while (g.told && (m = told.exec(s.text))) {
      let name = m[1]!.replace(/['’]s$/, "").replace(/[.'’-]+$/, "");
      const words = name.split(/\s+/);
      while (
        words.length > 1 &&
        (WEEKDAYS.has(words[words.length - 1]!.toLowerCase()) || NOT_NAMES.has(words[words.length - 1]!.toLowerCase()))
      )
        words.pop();
      name = words.join(" ");
      if (NOT_NAMES.has(name.toLowerCase()) || WEEKDAYS.has(name.toLowerCase()) || MONTHS.has(name.toLowerCase())) continue;
      if (lexicon(name) && lexicon(name)!.type !== "media") continue;
      const known = reg.lookup(name);
      if (known.length) continue;
      const isMediaName =
        words.length === 1 || MEDIA_HEADS.has(words[words.length - 1]!.toLowerCase()) || MEDIA_NAMES.has(name.toLowerCase());
      if (!isMediaName) continue;
      if (words.length === 1 && /^according/.test(m[0])) continue;
      const d = reg.add(name, "media");
      const st = m.index + m[0].lastIndexOf(name);
      reg.mention(d, s.start + st, s.start + st + name.length, s.index, "name");
    }
  }
}
