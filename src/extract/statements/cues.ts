// Verbs of saying and claiming: the cue words that make a clause a statement. Every form is listed as written
// (no stemming), with how the verb takes its content:
// - `clause`: a that-clause or a bare clause ("said that the plan failed", "said the plan failed");
// - `object`: an object and its complement ("urged both sides to return", "blamed the army for the attack");
// - `both`: either.
// `short`: the verb can govern a short quoted phrase as the speaker's own words ("said it had “strongly
// responded”", "called the plan “reckless”"), unlike a verb whose object is a target ("blaming “terrorists”").
// `addressee`: the object right after the verb is who was spoken to ("told Yabiladi that …").

export type CueMode = "clause" | "object" | "both";

export interface CueLemma {
  lemma: string;
  mode: CueMode;
  short: boolean;
  addressee: boolean;
  /** Third-person, past / participle and -ing forms. The base form is listed separately: it is only a verb
   * after a plural pronoun or a modal ("They criticize …"), never after a determiner ("a claim"). */
  forms: string[];
  base: string;
  /** Counts only with a that-clause ("indicated that …", "believes that …"): other uses are not speech. */
  thatOnly?: boolean;
}

function regular(base: string, mode: CueMode, opts: { short?: boolean; addressee?: boolean; extra?: string[] } = {}): CueLemma {
  const stem = base.endsWith("e") ? base.slice(0, -1) : base;
  const s = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const ed = base.endsWith("e") ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const ing = base.endsWith("ie") ? `${base.slice(0, -2)}ying` : `${stem}ing`;
  return {
    lemma: base,
    mode,
    short: opts.short ?? false,
    addressee: opts.addressee ?? false,
    forms: [s, ed, ing, ...(opts.extra ?? [])],
    base,
  };
}

function irregular(base: string, forms: string[], mode: CueMode, opts: { short?: boolean; addressee?: boolean } = {}): CueLemma {
  return { lemma: base, mode, short: opts.short ?? false, addressee: opts.addressee ?? false, forms, base };
}

export const CUE_LEMMAS: CueLemma[] = [
  irregular("say", ["says", "said", "saying"], "clause", { short: true }),
  irregular("tell", ["tells", "told", "telling"], "clause", { short: true, addressee: true }),
  irregular("write", ["writes", "wrote", "written", "writing"], "clause", { short: true }),
  irregular("speak", ["speaks", "spoke", "spoken"], "clause"),
  regular("announce", "both", { short: true }),
  regular("confirm", "both", { short: true }),
  regular("claim", "both", { short: true }),
  regular("deny", "both", { short: true }),
  regular("explain", "clause", { short: true }),
  regular("add", "clause", { short: true, extra: ["added"] }),
  regular("insist", "clause", { short: true }),
  regular("argue", "clause", { short: true }),
  regular("state", "clause", { short: true }),
  regular("note", "clause", { short: true }),
  regular("report", "both", { short: true }),
  regular("declare", "clause", { short: true }),
  regular("assert", "clause", { short: true }),
  regular("stress", "clause", { short: true }),
  regular("emphasize", "clause", { short: true }),
  regular("emphasise", "clause", { short: true }),
  regular("reiterate", "clause", { short: true }),
  regular("maintain", "clause", { short: true }),
  regular("acknowledge", "clause", { short: true }),
  regular("admit", "clause", { short: true, extra: ["admitted", "admitting"] }),
  regular("allege", "clause", { short: true }),
  regular("reveal", "clause", { short: true }),
  regular("suggest", "clause"),
  regular("predict", "clause"),
  regular("promise", "both", { short: true }),
  regular("vow", "both", { short: true }),
  regular("pledge", "both", { short: true }),
  regular("tweet", "clause", { short: true }),
  regular("caption", "clause", { short: true }),
  regular("post", "clause", { short: true }),
  regular("reply", "clause", { short: true }),
  regular("respond", "clause", { short: true }),
  irregular("answer", ["answered"], "clause", { short: true }),
  regular("comment", "clause", { short: true }),
  regular("remark", "clause", { short: true }),
  regular("recall", "clause", { short: true }),
  regular("concede", "clause", { short: true }),
  regular("contend", "clause", { short: true }),
  regular("complain", "clause", { short: true }),
  regular("estimate", "clause"),
  regular("warn", "both", { short: true }),
  regular("describe", "object", { short: true }),
  regular("term", "object", { short: true }),
  regular("dub", "object", { short: true, extra: ["dubbed", "dubbing"] }),
  regular("label", "object", { short: true, extra: ["labelled", "labelling"] }),
  regular("brand", "object", { short: true }),
  regular("call", "object", { short: true }),
  regular("accuse", "object"),
  regular("urge", "object"),
  regular("blame", "object"),
  regular("condemn", "object"),
  regular("deplore", "object"),
  regular("denounce", "object"),
  regular("criticize", "object"),
  regular("criticise", "object"),
  regular("ask", "object"),
  regular("request", "object"),
  regular("demand", "object"),
  regular("reject", "object"),
  regular("dismiss", "object", { extra: ["dismissed"] }),
  regular("welcome", "object"),
  regular("praise", "object"),
  regular("cite", "object"),
  regular("outline", "object"),
  regular("hail", "object"),
  regular("threaten", "object"),
  regular("appeal", "object", { extra: ["appealed", "appealing"] }),
  // Verbs whose -s form is more often a noun ("raises questions", "the disputes"): past and -ing forms only.
  irregular("question", ["questioned", "questioning"], "object"),
  irregular("dispute", ["disputed", "disputing"], "object"),
  irregular("caution", ["cautioned", "cautioning"], "both", { short: true }),
  irregular("testify", ["testified", "testifies", "testifying"], "clause", { short: true }),
  irregular("counter", ["countered", "countering"], "clause", { short: true }),
  irregular("mention", ["mentioned"], "clause"),
  irregular("reaffirm", ["reaffirmed", "reaffirms", "reaffirming"], "both", { short: true }),
  irregular("propose", ["proposed", "proposes", "proposing"], "object"),
  irregular("recommend", ["recommended", "recommends", "recommending"], "object"),
  irregular("highlight", ["highlighted", "highlighting"], "object"),
  irregular("underscore", ["underscored", "underscores", "underscoring"], "object"),
  irregular("point out", ["pointed", "points", "pointing"], "clause", { short: true }),
  // How the words were said.
  regular("shout", "clause", { short: true }),
  regular("yell", "clause", { short: true }),
  regular("scream", "clause", { short: true }),
  regular("whisper", "clause", { short: true }),
  regular("exclaim", "clause", { short: true }),
  irregular("quip", ["quips", "quipped", "quipping"], "clause", { short: true }),
  regular("joke", "clause", { short: true }),
  regular("chant", "clause", { short: true }),
  irregular("cry", ["cried"], "clause", { short: true }),
  regular("mutter", "clause", { short: true }),
  regular("continue", "clause", { short: true }),
  regular("conclude", "clause", { short: true }),
  regular("recount", "clause", { short: true }),
  regular("observe", "clause", { short: true }),
  regular("boast", "clause", { short: true }),
  regular("affirm", "clause", { short: true }),
  regular("retort", "clause", { short: true }),
  regular("plead", "clause", { short: true }),
  regular("lament", "clause", { short: true }),
  regular("confide", "clause", { short: true }),
  regular("summarize", "clause", { short: true }),
  regular("summarise", "clause", { short: true }),
  // Stance and report verbs common in translated wire copy: speech only with a that-clause.
  { ...regular("indicate", "clause"), thatOnly: true },
  { ...irregular("specify", ["specified", "specifies", "specifying"], "clause"), thatOnly: true },
  { ...regular("consider", "clause"), thatOnly: true },
  { ...regular("judge", "clause"), thatOnly: true },
  { ...regular("believe", "clause"), thatOnly: true },
  { ...irregular("think", ["thinks", "thought"], "clause"), thatOnly: true },
  { ...regular("fear", "clause"), thatOnly: true },
  { ...regular("hope", "clause"), thatOnly: true },
  { ...irregular("regret", ["regrets", "regretted", "regretting"], "clause"), thatOnly: true },
  regular("inform", "clause", { addressee: true }),
  regular("assure", "clause", { addressee: true }),
  regular("remind", "clause", { addressee: true }),
];

/** Verbs of saying written as a fixed phrase: "made it clear (that) …", "sought to know whether …". The
 * phrase is the cue; its content follows its last word. */
export interface PhraseCue {
  words: string[];
  lemma: CueLemma;
  /** A noun of saying ("the announcement that …"): its speaker is the possessor, if any. */
  nominal?: boolean;
}
const phraseLemma = (lemma: string, short: boolean): CueLemma => ({
  lemma,
  mode: "clause",
  short,
  addressee: false,
  forms: [],
  base: lemma,
});
const MAKE_CLEAR = phraseLemma("make clear", true);
const SEEK_TO_KNOW = phraseLemma("seek to know", false);
export const PHRASE_CUES: PhraseCue[] = [
  ...["made", "makes", "making"].map((w) => ({ words: [w, "it", "clear"], lemma: MAKE_CLEAR })),
  ...["sought", "seeks", "seeking", "wanted", "wants"].flatMap((w) =>
    ["know", "learn"].map((k) => ({ words: [w, "to", k], lemma: SEEK_TO_KNOW })),
  ),
  // "Thursday's announcement that he would leave", "the company's assertion that …".
  ...["announcement", "assertion", "insistence", "pledge", "promise", "warning"].map((w) => ({
    words: [w, "that"],
    lemma: phraseLemma(w, false),
    nominal: true,
  })),
];
const PHRASES_BY_HEAD = new Map<string, PhraseCue[]>();
for (const p of PHRASE_CUES) PHRASES_BY_HEAD.set(p.words[0]!, [...(PHRASES_BY_HEAD.get(p.words[0]!) ?? []), p]);

/** The fixed phrases of saying that open with this (lower-case) word, or undefined. */
export const phraseCuesOf = (lower: string): PhraseCue[] | undefined => PHRASES_BY_HEAD.get(lower);

const FORM_TO_LEMMA = new Map<string, CueLemma>();
const BASE_TO_LEMMA = new Map<string, CueLemma>();
for (const l of CUE_LEMMAS) {
  for (const f of l.forms) FORM_TO_LEMMA.set(f, l);
  BASE_TO_LEMMA.set(l.base, l);
}

/** The cue lemma a word is an inflected form of (not the base form), or undefined. */
const FORM_MIN = Math.min(...[...FORM_TO_LEMMA.keys()].map((w) => w.length));
const FORM_MAX = Math.max(...[...FORM_TO_LEMMA.keys()].map((w) => w.length));
const BASE_MIN = Math.min(...[...BASE_TO_LEMMA.keys()].map((w) => w.length));
const BASE_MAX = Math.max(...[...BASE_TO_LEMMA.keys()].map((w) => w.length));

/** An ASCII word of a length no listed word has cannot be one (lower-casing ASCII keeps the length). */
function lengthRulesOut(word: string, min: number, max: number): boolean {
  if (word.length >= min && word.length <= max) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

export function cueForm(word: string): CueLemma | undefined {
  if (lengthRulesOut(word, FORM_MIN, FORM_MAX)) return undefined;
  return FORM_TO_LEMMA.get(word) ?? (hasUpperOrNonAscii(word) ? FORM_TO_LEMMA.get(word.toLowerCase()) : undefined);
}

/** Whether toLowerCase could change the word (the lists hold lower-case ASCII: a lower-case word is looked up
 * as it is, without a copy). */
function hasUpperOrNonAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

/** The cue lemma a word is the base form of ("criticize"), or undefined. */
export function cueBase(word: string): CueLemma | undefined {
  if (lengthRulesOut(word, BASE_MIN, BASE_MAX)) return undefined;
  return BASE_TO_LEMMA.get(word) ?? (hasUpperOrNonAscii(word) ? BASE_TO_LEMMA.get(word.toLowerCase()) : undefined);
}

/** Matches a text holding any verb of saying (any form) or "according": lines without one and without a
 * quote mark cannot hold a statement and are not tokenized unless a pronoun needs them. */
export const ANY_CUE_WORD = new RegExp(
  `(?<![\\p{L}])(?:${[...FORM_TO_LEMMA.keys(), ...BASE_TO_LEMMA.keys(), ...PHRASE_CUES.map((p) => p.words.join(" ")), "according"].sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}])`,
  "iu",
);

const CUE_WORDS = [...FORM_TO_LEMMA.keys(), ...BASE_TO_LEMMA.keys(), ...PHRASE_CUES.map((p) => p.words.join(" ")), "according"];
/** Single-word cues; a multi-word cue ("point out") by its first word, mapped to the words after it. */
const SINGLE_CUES = new Set(CUE_WORDS.filter((w) => /^[a-z]+$/.test(w)));
const MULTI_CUES = new Map<string, string[]>();
for (const w of CUE_WORDS) {
  if (!/^[a-z]+( [a-z]+)+$/.test(w)) continue;
  const [head, ...rest] = w.split(" ");
  MULTI_CUES.set(head!, [...(MULTI_CUES.get(head!) ?? []), rest.join(" ")]);
}
const ASCII_ONLY_CUES = CUE_WORDS.every((w) => /^[a-z]+( [a-z]+)*$/.test(w));
const IS_LETTER = /^\p{L}$/u;
const isLetterCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && IS_LETTER.test(String.fromCharCode(c)));

/** Same answer as ANY_CUE_WORD.test(text), by looking up each whole word (a run of letters) instead of trying
 * every cue at every position. A run with a non-ASCII letter is left to the regex (case folding: "ſ" is "s"). */
export function hasCueWord(text: string): boolean {
  if (!ASCII_ONLY_CUES) return ANY_CUE_WORD.test(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isLetterCode(c) && !(c >= 0xd800 && c <= 0xdfff)) {
      i++;
      continue;
    }
    let j = i;
    let ascii = true;
    let upper = false;
    while (j < n) {
      c = text.charCodeAt(j);
      if (c >= 97 && c <= 122) j++;
      else if (c >= 65 && c <= 90) {
        upper = true;
        j++;
      } else if (c > 127 && (isLetterCode(c) || (c >= 0xd800 && c <= 0xdfff))) {
        ascii = false;
        j++;
      } else break;
    }
    if (!ascii) return ANY_CUE_WORD.test(text);
    const word = upper ? text.slice(i, j).toLowerCase() : text.slice(i, j);
    if (SINGLE_CUES.has(word)) return true;
    const tails = MULTI_CUES.get(word);
    if (tails)
      for (const tail of tails) {
        const after = j + 1 + tail.length;
        if (/[^\x00-\x7f]/.test(text.slice(j, after + 1))) return ANY_CUE_WORD.test(text);
        if (
          text.charCodeAt(j) === 32 &&
          text.slice(j + 1, after).toLowerCase() === tail &&
          !(after < n && (isLetterCode(text.charCodeAt(after)) || (text.charCodeAt(after) >= 0xd800 && text.charCodeAt(after) <= 0xdfff)))
        )
          return true;
      }
    i = j;
  }
  return false;
}

export const isIngForm = (word: string): boolean => /ing$/i.test(word);
