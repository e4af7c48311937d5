// Noun phrases around a verb of saying, found by plain token scanning: the subject before the verb, the
// main-clause subject of a sentence, the phrase after an inverted verb ("explains Raha") or after "told".
import { cueBase, cueForm } from "./cues.js";
import { isName } from "./name-shape.js";
import type { Token } from "./tokens.js";
import {
  ADVERBIAL_OPENERS,
  ADVERBS,
  AUXILIARIES,
  COMMON_VERBS_S,
  DETERMINERS,
  IRREGULAR_PAST,
  PREPOSITIONS,
  RELATIVES,
  SUBORDINATORS,
  TIME_WORDS,
  TITLE_WORDS,
  WEEKDAYS,
  MONTHS,
  isCapitalized,
} from "./words.js";

export interface Phrase {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  /** Other readings to try when `text` names no actor, best first (the name of an appositive pair). */
  alternatives: Phrase[];
}

const NOT_ADVERBS = new Set(["family", "ally", "assembly", "rally", "supply", "anomaly", "monopoly", "italy", "july", "only"]);
const PARTICLES = new Set(["al", "el", "bin", "ben", "ibn", "de", "da", "di", "du", "van", "von", "der", "la", "le", "ould", "abu", "ag"]);
const NP_PUNCT = new Set(["(", ")", "&", "-", "'", "’"]);

export function phrase(tokens: Token[], body: string, alternatives: Phrase[] = []): Phrase | null {
  // Trim edge punctuation and unbalanced brackets.
  let a = 0;
  let b = tokens.length;
  while (a < b && tokens[a]!.kind !== "word") a++;
  while (b > a && tokens[b - 1]!.kind !== "word" && tokens[b - 1]!.text !== ")") b--;
  const t = tokens.slice(a, b);
  if (!t.length) return null;
  const start = t[0]!.start;
  const end = t[t.length - 1]!.end;
  return { text: body.slice(start, end), start, end, tokens: t, alternatives };
}

const isAdverb = (t: Token): boolean =>
  t.kind === "word" && (ADVERBS.has(t.lower) || (/^[a-z]{3,}ly$/.test(t.text) && !NOT_ADVERBS.has(t.lower)));

/** Whether token i is a finite verb or the verb of a clause (ends a subject read forwards). */
export function isVerbAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== "word") return false;
  if (isCapitalized(t.text) && i > 0) return false;
  const w = t.lower;
  if (cueForm(w) || AUXILIARIES.has(w) || IRREGULAR_PAST.has(w) || COMMON_VERBS_S.has(w)) return true;
  if (/[a-z]ed$/.test(w)) {
    const next = tokens[i + 1];
    if (next?.kind !== "word") return true;
    if (
      DETERMINERS.has(next.lower) ||
      PREPOSITIONS.has(next.lower) ||
      ADVERBS.has(next.lower) ||
      next.lower === "that" ||
      /^\d/.test(next.text) ||
      /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens|hundreds|thousands|several|both)$/.test(next.lower) ||
      ["him", "her", "them", "it", "us", "me"].includes(next.lower)
    )
      return true;
    // "issued new guidance": after a noun and before adjective + noun it is a verb; "the Russian armed
    // group Wagner", "by armed men" are adjectives.
    const prev = tokens[i - 1];
    const after = tokens[i + 2];
    // "The Commission fined Brightline": between two names it is a verb.
    if (prev && prev.kind === "word" && isCapitalized(prev.text) && i > 1 && isCapitalized(next.text)) return true;
    return (
      !!prev &&
      prev.kind === "word" &&
      !DETERMINERS.has(prev.lower) &&
      !PREPOSITIONS.has(prev.lower) &&
      !isAdverb(prev) &&
      !isCapitalized(next.text) &&
      (after?.kind !== "word" || !isCapitalized(after.text))
    );
  }
  return false;
}

/** A token that ends a noun phrase read backwards from its verb. */
function endsPhraseBackward(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.kind === "quote") return true;
  if (t.kind === "punct") return !NP_PUNCT.has(t.text);
  if (t.lower === "and" || t.lower === "&") {
    const before = tokens[j - 1];
    const after = tokens[j + 1];
    return !(before && after && isCapitalized(before.text) && isCapitalized(after.text));
  }
  if (SUBORDINATORS.has(t.lower)) return true;
  if (cueForm(t.lower) || AUXILIARIES.has(t.lower) || IRREGULAR_PAST.has(t.lower)) return true;
  return false;
}

/** Collects a noun phrase backwards ending at token `last` (inclusive). Returns the first index and the phrase. */
function collectBackward(tokens: Token[], last: number, max = 12): number {
  let j = last;
  while (j >= 0 && last - j < max && !endsPhraseBackward(tokens, j)) j--;
  return j + 1;
}

/** Drops a leading prepositional phrase glued to a subject ("In his letter AMA President …"). */
function dropLeadingPreposition(t: Token[]): Token[] {
  // "Meanwhile a local official said": a sentence adverb is not part of the subject.
  if (t.length > 1 && LEADING_ADVERBS.has(t[0]!.lower)) t = t.slice(1);
  if (!t.length || !PREPOSITIONS.has(t[0]!.lower)) return t;
  for (let k = 1; k < t.length; k++) if (isCapitalized(t[k]!.text) && !isCapitalized(t[k - 1]!.text)) return t.slice(k);
  return [];
}

/** Skips auxiliaries, adverbs and a time phrase between a subject and its verb ("X on Friday said"). */
function skipBetweenSubjectAndVerb(tokens: Token[], i: number): number {
  while (i >= 0) {
    const t = tokens[i]!;
    if (t.kind !== "word") break;
    if (AUXILIARIES.has(t.lower) || isAdverb(t)) {
      i--;
      continue;
    }
    // "X, the spokesman, in the statement said": a document adjunct between the subject and its verb.
    if (DOCUMENT_ADJUNCT.has(t.lower)) {
      let k = i - 1;
      while (k > i - 4 && tokens[k]?.kind === "word" && !/^(in|on|via|through)$/.test(tokens[k]!.lower)) k--;
      if (k > i - 4 && tokens[k]?.kind === "word" && /^(in|on|via|through)$/.test(tokens[k]!.lower) && k < i - 1) {
        i = k - 1;
        continue;
      }
    }
    const prev = tokens[i - 1];
    if (
      prev &&
      ["on", "in", "last", "this", "late", "early"].includes(prev.lower) &&
      (WEEKDAYS.has(t.lower) || TIME_WORDS.has(t.lower) || /^\d{4}$/.test(t.text))
    ) {
      i -= 2;
      continue;
    }
    break;
  }
  return i;
}

/** The subject of the verb at token `cue`: the noun phrase right before it (or its antecedent for "who said",
 * or the name before an appositive: "Amira Haddad, the coordinator, said"). */
export function subjectBefore(tokens: Token[], cue: number, body: string): Phrase | null {
  const i = skipBetweenSubjectAndVerb(tokens, cue - 1);
  if (i < 0) return null;
  const t = tokens[i]!;
  if (t.kind === "word" && RELATIVES.has(t.lower)) {
    // "…, the group's leader, who said" → the antecedent.
    let k = i - 1;
    if (tokens[k]?.text === ",") k--;
    return k >= 0 ? appositivePhrase(tokens, k, body, true) : null;
  }
  if (t.text === ",") {
    // "The source, requesting anonymity as they were not allowed to speak, said": a participle clause set off by
    // commas between the subject and its verb.
    for (let k = i - 2; k >= Math.max(1, i - 25); k--) {
      const x = tokens[k]!;
      if (x.kind === "quote" || (x.kind === "punct" && x.text !== "," && !NP_PUNCT.has(x.text))) break;
      if (x.text !== ",") continue;
      const opener = tokens[k + 1]!;
      if (opener.kind === "word" && /^[a-z]+ing$/.test(opener.text) && !/^(including|according|during)$/.test(opener.text))
        return appositivePhrase(tokens, k - 1, body, true);
      break;
    }
    // "Khartoum, for its part, accuses …": a parenthetical adjunct between the subject and its verb.
    let c0 = i - 1;
    while (c0 >= 0 && i - c0 < 8 && tokens[c0]!.kind === "word") c0--;
    const opener = tokens[c0 + 1];
    if (
      c0 >= 1 &&
      tokens[c0]!.text === "," &&
      opener &&
      c0 + 1 < i &&
      (PREPOSITIONS.has(opener.lower) ||
        isAdverb(opener) ||
        /^(however|meanwhile|though|too|instead|therefore|moreover)$/.test(opener.lower))
    ) {
      return appositivePhrase(tokens, c0 - 1, body);
    }
    return appositivePhrase(tokens, i - 1, body, true);
  }
  if (endsPhraseBackward(tokens, i)) return null;
  return appositivePhrase(tokens, i, body);
}

const ROLE_NOUNS = new Set([
  "member",
  "councillor",
  "councilor",
  "trustee",
  "supervisor",
  "manager",
  "activist",
  "lawyer",
  "analyst",
  "resident",
  "researcher",
  "scientist",
  "economist",
  "doctor",
  "nurse",
  "teacher",
  "officer",
]);

/** Where the name starts in "Board member Tom Reilly" / "union leader Ana Ruiz": after a lower-case title or role
 * noun that follows only capitalised or title words; 0 when the phrase is not of that shape. */
function titledNameStart(t: Token[]): number {
  let k = t.length;
  while (k > 0 && t[k - 1]!.kind === "word" && isCapitalized(t[k - 1]!.text)) k--;
  if (k === 0 || k === t.length) return 0;
  const title = t[k - 1]!;
  if (title.kind !== "word" || isCapitalized(title.text) || !(TITLE_WORDS.has(title.lower) || ROLE_NOUNS.has(title.lower))) return 0;
  for (let j = 0; j < k - 1; j++) {
    const w = t[j]!;
    if (w.kind !== "word" || ADVERBIAL_OPENERS.has(w.lower) || PREPOSITIONS.has(w.lower) || DETERMINERS.has(w.lower)) return 0;
    if (!isCapitalized(w.text) && !TITLE_WORDS.has(w.lower) && !ROLE_NOUNS.has(w.lower)) return 0;
  }
  return k;
}

/** The phrase ending at `last`; when it is an appositive ("the group's coordinator") after a name and a
 * comma, the name comes first and the appositive is the alternative. */
function appositivePhrase(tokens: Token[], last: number, body: string, apposition = false): Phrase | null {
  if (last < 0 || endsPhraseBackward(tokens, last)) return null;
  const first = collectBackward(tokens, last);
  const own = phrase(dropLeadingPreposition(tokens.slice(first, last + 1)), body);
  if (!own) return null;
  const before = tokens[first - 1];
  const head = own.tokens[0]!;
  if (apposition) {
    // "Harbour Holdings, which has 40,000 members, said": the phrase before the relative clause.
    for (let k = last; k >= 0 && last - k < 25; k--) {
      const t = tokens[k]!;
      if (t.kind === "quote" || (t.kind === "punct" && t.text !== "," && !NP_PUNCT.has(t.text))) break;
      if (t.text === ",") {
        if (RELATIVES.has(tokens[k + 1]?.lower ?? "")) return appositivePhrase(tokens, k - 1, body, true);
        break;
      }
    }
  }
  const tail = own.tokens[own.tokens.length - 1]!;
  const titled = !isCapitalized(tail.text) && (TITLE_WORDS.has(tail.lower) || ROLE_NOUNS.has(tail.lower));
  // "Ana Ruiz, the party's treasurer and the deputy mayor, said": an apposition of two coordinated titles.
  let comma = first - 1;
  if (apposition && before?.lower === "and" && (DETERMINERS.has(head.lower) || titled)) {
    for (let k = first - 2; k >= Math.max(1, first - 20); k--) {
      const x = tokens[k]!;
      if (x.kind === "quote" || (x.kind === "punct" && x.text !== "," && !NP_PUNCT.has(x.text))) break;
      if (x.kind === "word" && (isVerbAt(tokens, k) || RELATIVES.has(x.lower))) break;
      if (x.text === ",") {
        if (DETERMINERS.has(tokens[k + 1]?.lower ?? "")) comma = k;
        break;
      }
    }
  }
  if (
    apposition &&
    tokens[comma]?.text === "," &&
    (comma < first - 1 || DETERMINERS.has(head.lower) || !isCapitalized(head.text) || titled)
  ) {
    const nameFirst = collectBackward(tokens, comma - 1, 12);
    let nameTokens = tokens.slice(nameFirst, comma);
    // "Board member Tom Reilly, the lone vote against, said": a lower-case title before the name is dropped.
    const nameStart = titledNameStart(nameTokens);
    if (nameStart > 0) nameTokens = nameTokens.slice(nameStart);
    const opener = nameTokens[0];
    const timeLike = (x: Token) => WEEKDAYS.has(x.lower) || MONTHS.has(x.lower);
    if (opener && !ADVERBIAL_OPENERS.has(opener.lower) && !nameTokens.some(timeLike) && isName(nameTokens)) {
      const name = phrase(nameTokens, body, [own]);
      if (name) return name;
    }
  }
  return own;
}

/** The subject of a sentence's main clause: after a leading adverbial ("On Thursday, …"), the words up to the
 * first verb. Null when no verb is found within a dozen words. */
export function mainSubject(tokens: Token[], body: string, limit = tokens.length): Phrase | null {
  let k = 0;
  const first = tokens[0];
  if (first && first.kind === "word" && ADVERBIAL_OPENERS.has(first.lower)) {
    const comma = tokens.findIndex((t, idx) => idx < limit && t.text === ",");
    if (comma < 0) return null;
    k = comma + 1;
  }
  const start = k;
  for (; k < limit && k - start <= 12; k++) {
    const t = tokens[k]!;
    if (t.kind === "quote") return null;
    if (t.text === "," && k > start) {
      // "Jones, however, was …", "Jones, the union leader, said …": skip the parenthetical to the verb.
      let c = k + 1;
      while (c < limit && c - k <= 10 && tokens[c]!.text !== "," && tokens[c]!.kind !== "quote") c++;
      let v = c + 1;
      while (v < limit && isAdverb(tokens[v]!)) v++;
      if (tokens[c]?.text === "," && v < limit && (isVerbAt(tokens, v) || cueForm(tokens[v]!.lower)))
        return phrase(tokens.slice(start, k), body);
      return null;
    }
    if (t.kind === "punct" && !NP_PUNCT.has(t.text)) return null;
    if (isVerbAt(tokens, k) || (cueBase(t.lower) && k > start)) return phrase(tokens.slice(start, k), body);
    if (k > start && t.kind === "word" && SUBORDINATORS.has(t.lower) && t.lower !== "and") return null;
  }
  return null;
}

/** A phrase read forwards after an inverted cue; "its director-general, Tedros Adhanom" gives the name as
 * the first reading and the title phrase as the alternative. */
export function invertedSpeaker(tokens: Token[], i: number, body: string): Phrase | null {
  const p = phraseAfter(tokens, i, body);
  if (!p) return null;
  const head = p.tokens[0]!;
  let k = tokens.findIndex((t) => t.start >= p.end);
  if (k < 0 || tokens[k]!.text !== "," || !(DETERMINERS.has(head.lower) || !isCapitalized(head.text))) return p;
  k++;
  const name: Token[] = [];
  while (tokens[k] && tokens[k]!.kind === "word" && (isCapitalized(tokens[k]!.text) || PARTICLES.has(tokens[k]!.lower.replace(/-.*/, ""))))
    name.push(tokens[k++]!);
  const after = tokens[k];
  if (!name.length || (after && after.kind === "word")) return p;
  return phrase(name, body, [p]) ?? p;
}

/** A noun phrase read forwards from token `i` up to punctuation, a clause word or a preposition that starts
 * an adjunct ("said Amira Haddad, the …", "told Yabiladi in …", "according to the ministry."). */
export function phraseAfter(tokens: Token[], i: number, body: string, max = 10): Phrase | null {
  const out: Token[] = [];
  for (let k = i; k < tokens.length && out.length < max; k++) {
    const t = tokens[k]!;
    if (t.kind === "quote") break;
    if (t.kind === "punct" && !NP_PUNCT.has(t.text)) break;
    if (t.kind === "word") {
      if (
        out.length &&
        (t.lower === "that" || SUBORDINATORS.has(t.lower)) &&
        !(t.lower === "and" && isCapitalized(tokens[k + 1]?.text ?? ""))
      )
        break;
      if (
        out.length &&
        [
          "in",
          "on",
          "at",
          "during",
          "after",
          "before",
          "outside",
          "inside",
          "near",
          "via",
          "through",
          "to",
          "when",
          "last",
          "this",
          "earlier",
        ].includes(t.lower)
      )
        break;
      if (out.length && (cueForm(t.lower) || isVerbAt(tokens, k))) break;
      // "told Radio Nord the line was …": a determiner right after a noun starts the next phrase.
      const prev = out[out.length - 1];
      if (prev && DETERMINERS.has(t.lower) && !PREPOSITIONS.has(prev.lower) && !DETERMINERS.has(prev.lower) && prev.lower !== "and") break;
    }
    out.push(t);
  }
  return phrase(out, body);
}

const LEADING_ADVERBS = new Set([
  "meanwhile",
  "however",
  "but",
  "and",
  "also",
  "earlier",
  "later",
  "separately",
  "still",
  "yet",
  "instead",
  "now",
  "then",
  "moreover",
  "separately",
]);

const DOCUMENT_ADJUNCT = new Set(["statement", "interview", "letter", "post", "video", "message", "release", "communique", "tweet"]);
