// Where a verb of saying is used as one: "the reported attack" and "claims of abuse" are nouns or adjectives,
// "was told" is passive (the subject is the addressee), "calling attention to" is an idiom, "They criticize"
// is a base form after a pronoun. Also the two multi-word cues "according to" and "described as".
import { cueBase, cueForm, isIngForm, phraseCuesOf, type CueLemma } from "./cues.js";
import type { Token } from "./tokens.js";
import { ADVERBS, DETERMINERS, PREPOSITIONS, isCapitalized } from "./words.js";

export interface CueUse {
  lemma: CueLemma | null;
  /** Index of the verb token (for "according to": of "according"). */
  index: number;
  /** Index of the last token of the cue ("as" of "described as", "to" of "according to"). */
  last: number;
  /** The cue as written, with a perfect auxiliary ("has written") or "as" ("described as"). */
  text: string;
  start: number;
  end: number;
  according: boolean;
  /** An -ing form opening a participle clause (", calling the attack …"): its subject is the main clause's. */
  participle: boolean;
  /** Coordinated with a verb before it ("said … and accused …"): same subject. */
  coordinated: boolean;
  /** "were told (that) …": someone unnamed said it to the subject. */
  passive: boolean;
  /** "X's announcement that …": a noun of saying; its speaker is the possessor X. */
  nominal: boolean;
}

const PASSIVE = new Set(["was", "were", "is", "are", "be", "been", "being", "get", "got", "gets"]);
const PERFECT = new Set(["has", "have", "had", "having"]);
const MODALS = new Set(["will", "would", "can", "could", "may", "might", "must", "should", "shall", "did", "do", "does", "to"]);
const BASE_SUBJECTS = new Set(["they", "we", "i", "you"]);

const isCapitalizedWord = (t: Token): boolean => t.kind === "word" && isCapitalized(t.text);

function prevWord(tokens: Token[], i: number): { t: Token | undefined; k: number } {
  let k = i - 1;
  while (k >= 0 && tokens[k]!.kind === "word" && ADVERBS.has(tokens[k]!.lower)) k--;
  return { t: tokens[k], k };
}

/** The cue used at token i, or null when the word there is not a verb of saying used as one. */
export function cueAt(tokens: Token[], i: number, body: string): CueUse | null {
  const t = tokens[i];
  if (t?.kind !== "word") return null;
  const next = tokens[i + 1];
  if (t.lower === "according") return next?.lower === "to" ? makeCue(tokens, body, null, i, i, i + 1, { according: true }) : null;
  const phrases = phraseCuesOf(t.lower);
  if (phrases) {
    // "made it clear that …", "sought to know whether …": the whole phrase is the cue.
    const p = phrases.find((x) => x.words.every((w, j) => tokens[i + j]?.lower === w));
    if (p) return makeCue(tokens, body, p.lemma, i, i, i + p.words.length - 1, { nominal: !!p.nominal });
  }
  let lemma = cueForm(t.lower);
  if (!lemma && !cueBase(t.lower)) return null; // the common case, kept cheap
  const { t: before, k: beforeIdx } = prevWord(tokens, i);
  // "the Economic Community of West African States", "United States": a capitalised word after another word
  // is part of a name, not a verb.
  if (isCapitalizedWord(t) && tokens[i - 1]?.kind === "word") return null;
  if (!lemma) {
    // A base form is a verb only after a plural or first-person pronoun or a modal: "They criticize".
    const base = cueBase(t.lower);
    if (!base || !before || (!BASE_SUBJECTS.has(before.lower) && !MODALS.has(before.lower)) || before.lower === "to") return null;
    lemma = base;
  }
  if (before && before.kind === "word" && (DETERMINERS.has(before.lower) || (PREPOSITIONS.has(before.lower) && before.lower !== "to"))) {
    // "the reported attack", "of claims", "before writing"; but "that" opens a clause: "… that he said".
    if (before.lower !== "that" && before.lower !== "which" && before.lower !== "what") return null;
  }
  if (next?.kind === "word" && next.lower === "of" && /s$/.test(t.lower)) return null; // "claims of …"
  // "raised hopes that", "mixed signals that": an -s form of a stance verb after anything but a name or a
  // pronoun is a noun.
  if (
    lemma.thatOnly &&
    /s$/.test(t.lower) &&
    !(before && (isCapitalizedWord(before) || before.text === "," || /^(he|she|it|who|which)$/.test(before.lower)))
  )
    return null;
  const ing = isIngForm(t.lower);
  // "Asked whether …, Alves said": a sentence-initial past participle is a passive clause, not a cue.
  const sentenceStart = !before || (before.kind === "punct" && /^[.!?]$/.test(before.text));
  if (!ing && sentenceStart && /(ed|en|old)$/.test(t.lower) && tokens[i + 1]?.kind === "word") return null;
  // "were told these decisions were final": said by someone the text does not name, to the subject.
  if (before && PASSIVE.has(before.lower) && lemma.lemma === "tell" && next?.kind === "word" && beforeIdx === i - 1)
    return makeCue(tokens, body, lemma, i, i, i, { passive: true });
  if (before && PASSIVE.has(before.lower) && !ing) return null; // "was told", "is called"
  // "the deal, labelled as the Accord, …", "the plan, backed by …": a past participle after a comma, then "as"
  // or "by", is a passive phrase.
  if (!ing && before?.text === "," && /(ed|en)$/.test(t.lower) && (next?.lower === "as" || next?.lower === "by")) return null;
  if ((t.lower === "written" || t.lower === "spoken") && !(before && PERFECT.has(before.lower))) return null;
  if (lemma.lemma === "call") {
    const objectOk = next && (["for", "on", "upon"].includes(next.lower) || next.kind === "word");
    if (!objectOk || next?.lower === "attention" || ["off", "up", "in", "back", "out"].includes(next?.lower ?? "")) return null;
  }
  // "pointed out that …": the particle belongs to the cue; "pointed to", "points" alone are not speech.
  if (lemma.lemma === "point out" && next?.lower !== "out") return null;
  let first = i;
  if (before && PERFECT.has(before.lower) && beforeIdx === i - 1) first = i - 1;
  let last = i;
  if (lemma.lemma === "describe" && next?.lower === "as") last = i + 1;
  if (lemma.lemma === "point out") last = i + 1;
  const participle = ing && (!before || before.kind === "punct") && !(before && PASSIVE.has(before.lower));
  // "… and accused", "… and also accused": adverbs may stand between.
  const coordinated = !!before && (before.lower === "and" || before.lower === "but");
  return makeCue(tokens, body, lemma, i, first, last, { participle, coordinated });
}

function makeCue(
  tokens: Token[],
  body: string,
  lemma: CueLemma | null,
  i: number,
  first: number,
  last: number,
  extra: Partial<CueUse>,
): CueUse {
  return {
    lemma,
    index: i,
    last,
    text: body.slice(tokens[first]!.start, tokens[last]!.end),
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    according: false,
    participle: false,
    coordinated: false,
    passive: false,
    nominal: false,
    ...extra,
  };
}
