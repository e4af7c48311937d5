// Unnamed and descriptive sources: "a police spokesman", "a source close to the minister", "a spokesman for
// Interpol in Ghana", "one passenger", "a local NGO official", and plural groups that speak ("local officials
// said", "according to residents"). Each is an actor of kind person, marked unnamed, named by its phrase
// without the article ("police spokesman") with the phrase as written as an alias; a later "the spokesman",
// "the source" in the same article that speaks refers back to the one unnamed source with that head noun.
// Named people in apposition ("a police spokesman, Ama Boateng,") are persons.ts's: no unnamed actor then.
// Organisations written as common nouns ("the company", "the agency") are descriptors.ts's.
import { normKey, type Registry } from "./registry.js";
import type { Draft } from "./registry.js";
import type { Sentence } from "../types.js";
import type { Token } from "./tokens.js";

/** Head nouns of a person who is a source without a name. */
const SINGULAR_HEADS =
  "source|spokesman|spokeswoman|spokesperson|official|officer|politician|resident|witness|neighbou?r|passenger|student|sophomore|freshman|diplomat|representative|aide|employee|worker|doctor|nurse|medic|relative|survivor|eyewitness|insider|negotiator|commander|activist|lawmaker|staffer|commuter|villager|farmer|trader|fisherman|shopkeeper|driver";
const PLURAL_HEADS =
  "sources|officials|officers|residents|witnesses|neighbou?rs|passengers|students|diplomats|leaders|activists|doctors|medics|relatives|survivors|eyewitnesses|lawmakers|workers|commuters|villagers|farmers|traders|fishermen|shopkeepers|drivers";
/** The same alternation with each word capitalised: "Officials said" opens a sentence. */
function CAPITAL_FIRST(alt: string): string {
  return alt.replace(/(^|\|)([a-z])/g, (_, bar: string, c: string) => bar + c.toUpperCase());
}
/** A modifier before the head: a lower-case word that is no function word or verb, or a capitalised word. */
const MOD = String.raw`(?:(?!(?:said|says|told|and|or|but|who|which|that|was|were|is|are|has|had|have|will|would|the|his|her|their|its|with|from|into|onto|when|while|as|at|in|on|of|for|to|by|not|no)\b)[a-z][a-z-]+|\p{Lu}[\p{L}’'-]*)`;
const MODS = String.raw`(?:${MOD}\s+){0,3}`;
/** "close to X", "for Interpol in Ghana", "familiar with the talks": a complement that names whose source it is. */
const CAPS = String.raw`(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}’'.-]*){0,4}`;
const COMPLEMENT = String.raw`(?:\s+(?:close\s+to|familiar\s+with|for|with|at|in|from)\s+${CAPS}|\s+(?:close\s+to|familiar\s+with)\s+(?:the\s+)?${MOD}(?:\s+${MOD}){0,2}|\s+(?:involved|working|based|stationed)\s+(?:in|at|with|on)\s+(?:the\s+)?${MOD}(?:\s+${MOD}){0,3}){0,2}`;
const SPEECH_VERBS = "said|says|say|told|added|confirmed|reported|explained|stated|insisted|claimed|described|spoke";
const SPEECH = String.raw`(?:,[^,]{1,60},)?\s+(?:${SPEECH_VERBS})\b`;

const SINGULAR = new RegExp(
  String.raw`(?<![\p{L}])(a|an|one|another|A|An|One|Another)\s+(${MODS}(?:${SINGULAR_HEADS}))(?![\p{L}-])(${COMPLEMENT})`,
  "gu",
);
const PLURAL = new RegExp(
  String.raw`(?<![\p{L}’'-])((?:${MOD}\s+(?:and\s+)?){0,3}(?:${PLURAL_HEADS}|${CAPITAL_FIRST(PLURAL_HEADS)}))(?![\p{L}-])(${COMPLEMENT})(?=${SPEECH})`,
  "gu",
);
const ACCORDING_PLURAL = new RegExp(
  String.raw`[Aa]ccording\s+to\s+((?:${MOD}\s+(?:and\s+)?){0,3}(?:${PLURAL_HEADS}))(?![\p{L}-])(${COMPLEMENT})`,
  "gu",
);
const BACK = new RegExp(String.raw`(?<![\p{L}])(?:the|The)\s+(${MODS}(?:${SINGULAR_HEADS}))(?![\p{L}-])(?=${SPEECH})`, "gu");

/** The verbs of SPEECH as whole words: a sentence without one cannot match the patterns that end in SPEECH. */
const SPEECH_WORD = new RegExp(String.raw`\b(?:${SPEECH_VERBS})\b`);

/** Whether some singular head has a determiner ("a", "one", "another") at most three words before it: what
 * SINGULAR needs, tested on a short stretch before each head instead of at every position of the sentence. */
const SINGULAR_AT = new RegExp(`\\b(?:${SINGULAR_HEADS})\\b`, "g");
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}’'-]+\s+){0,3}$/u;
function determinerBeforeHead(t: string): boolean {
  SINGULAR_AT.lastIndex = 0;
  for (let m = SINGULAR_AT.exec(t); m; m = SINGULAR_AT.exec(t))
    if (DETERMINER_BEFORE.test(t.slice(Math.max(0, m.index - 120), m.index))) return true;
  return false;
}

/** "a police spokesman, Ama Boateng," names the person: the phrase is a role, not an unnamed source. */
const NAMED_AFTER = /^,?\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+/u;

/** The head nouns as lower-case words, both spellings of "neighbo(u)r", to test a sentence's tokens. */
const headWords = (alt: string) =>
  new Set(alt.split("|").flatMap((w) => (w.includes("u?") ? [w.replace("u?", "u"), w.replace("u?", "")] : [w])));
const SINGULAR_SET = headWords(SINGULAR_HEADS);
const PLURAL_SET = headWords(PLURAL_HEADS);

/** `tokens`: each sentence's words (the actor pass's tokens), for the cheap first test. */
export function unnamedSources(sentences: Sentence[], reg: Registry, tokens: readonly (readonly Token[])[]): void {
  const byHead = new Map<string, Draft[]>();
  const add = (s: Sentence, phraseStart: number, phraseEnd: number, name: string, written: string) => {
    const clean = name.replace(/\s+/g, " ").trim();
    const display = clean;
    const existing = reg.lookup(display);
    if (existing.some((d) => !d.unnamed)) return;
    const d = reg.add(display, "person");
    d.unnamed = true;
    // as written, article included ("the student"): the registry's alias() folds a leading article away
    if (written !== display && !d.aliases.includes(written)) d.aliases.push(written);
    reg.mention(d, phraseStart, phraseEnd, s.index, "descriptor");
    const head = headOf(display);
    const list = byHead.get(head) ?? [];
    if (!list.includes(d)) list.push(d);
    byHead.set(head, list);
  };
  for (const s of sentences) {
    const t = s.text;
    // most sentences name no such source: cheap whole-word tests first
    let singular = false;
    let plural = false;
    for (const w of tokens[s.index] ?? []) {
      if (SINGULAR_SET.has(w.lower)) singular = true;
      else if (PLURAL_SET.has(w.lower)) plural = true;
    }
    if (!singular && !plural) continue;
    // the plural and back-reference patterns need a verb of saying after the phrase, the third "according to"
    const speaks = SPEECH_WORD.test(t);
    const according = t.includes("ccording to");
    for (const re of [SINGULAR, PLURAL, ACCORDING_PLURAL]) {
      if (re === SINGULAR ? !singular || !determinerBeforeHead(t) : !plural || (re === PLURAL ? !speaks : !according)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(t); m; m = re.exec(t)) {
        const end = m.index + m[0].length;
        if (NAMED_AFTER.test(t.slice(end, end + 60))) continue;
        const det = re === SINGULAR ? m[1]! : "";
        const core = re === SINGULAR ? m[2]! + m[3]! : m[1]! + m[2]!;
        const at = m.index + m[0].length - core.length;
        const name = /^(?:one|another)$/i.test(det) ? `${det.toLowerCase()} ${core}` : core;
        add(s, s.start + at, s.start + end, name, re === SINGULAR ? `${det} ${core}` : core);
      }
    }
    // "the spokesman said": the one unnamed source with that head noun, else a source of its own
    BACK.lastIndex = 0;
    for (let m = speaks && singular ? BACK.exec(t) : null; m; m = BACK.exec(t)) {
      const head = headOf(m[1]!);
      const prior = byHead.get(head);
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (prior?.length === 1) {
        if (!prior[0]!.aliases.includes(m[0])) prior[0]!.aliases.push(m[0]);
        reg.mention(prior[0]!, start, end, s.index, "descriptor");
      } else if (!prior && !reg.lookup(m[1]!).length && !namedHolder(reg, head)) add(s, start, end, m[1]!, m[0]);
    }
  }
}

/** A named person who holds the title ("spokesman Ama Boateng"): "the spokesman" is theirs, not a new source. */
function namedHolder(reg: Registry, head: string): boolean {
  return reg
    .ofKind("person")
    .some((d) => !d.unnamed && ([...d.titles].some((t) => t.endsWith(head)) || d.roles.some((r) => r.toLowerCase().endsWith(head))));
}

function headOf(phrase: string): string {
  const words = normKey(
    phrase.replace(/\s+(?:close\s+to|familiar\s+with|for|with|at|in|from|involved|working|based|stationed)\s.*$/i, ""),
  ).split(" ");
  return words[words.length - 1]!.replace(/s$/, "");
}
