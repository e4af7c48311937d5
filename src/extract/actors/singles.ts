// Single capitalised words left over by the capital-run pass, resolved once every longer name is known: a name
// or alias already seen, a surname of a known person, an acronym of a known organisation (or a new one), "X
// group", a place after "in" or listed beside one, a speaker ("Okonjo said"). A word with no evidence is no
// actor. Runs of several words are runs.ts's.
import {
  ARMED_GROUPS,
  GENERIC_ACRONYMS,
  MEDIA_NAMES,
  MONTHS,
  NON_ACTOR_PROPER,
  ORG_DESCRIPTORS,
  PLACE_NOUNS,
  TITLES,
  WEEKDAYS,
} from "../lexicon/words.js";
import type { Registry } from "./registry.js";
import type { Draft } from "./registry.js";
import type { Token } from "./tokens.js";
import type { Sentence } from "../types.js";
import { LOCATIVE, lastNameOf } from "./helpers.js";
import { BODY_APPOSITION, SPEECH_AFTER } from "./run-words.js";
import type { Single } from "./runs.js";

export function resolveSingles(body: string, sentences: Sentence[], tokens: Token[][], singles: Single[], reg: Registry) {
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
    // "D.C.", "B.C.": dotted initials with no expansion known are a place (by the context rules below) or part
    // of a person's name, never an organisation's acronym
    if (t.allCaps && !/^(?:\p{Lu}\.){2,3}$/u.test(word)) {
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
    // "Ofwat, the water regulator, said": one name with an apposition whose head is a body is an organisation
    const apposition = BODY_APPOSITION.exec(body.slice(t.end, t.end + 80));
    if (!t.poss && apposition) {
      const d = reg.add(word, "organization");
      reg.role(d, apposition[1]!);
      reg.mention(d, t.start, t.end, t.sentence, "name");
      continue;
    }
    // "Zelenskiy said", "…, said Okonjo": one name as the subject of a verb of saying is a person
    const after = body.slice(t.end + (t.poss ? 2 : 0), t.end + 12);
    const beforeWord = prev && !prev.cap ? prev.lower : "";
    if (!t.poss && (SPEECH_AFTER.test(after) || ((beforeWord === "said" || beforeWord === "says") && /^\s*[.,]/.test(after)))) {
      const d = reg.add(word, "person");
      reg.mention(d, t.start, t.end, t.sentence, "name");
      continue;
    }
    // "French Development Minister …": a word between a nationality and a title is the title's portfolio
    if (nationality && !(next?.cap && TITLES.has(next.lower))) {
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
export function shouting(ts: Token[]): boolean {
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
