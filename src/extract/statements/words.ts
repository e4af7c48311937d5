// Small closed-class word lists the statement rules lean on: determiners, prepositions, auxiliaries,
// pronouns, subordinators, titles. General English, nothing article-specific.

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

export const DETERMINERS = set(
  "a an the this that these those its his her their our my your some any no every each another such so-called what whose which",
);
export const PREPOSITIONS = set(
  "of in on at for from by with about against to into onto over under after before during since until between among amid through across toward towards within without upon via per like than despite",
);
export const AUXILIARIES = set(
  "is are was were be been being am has have had having will would can could may might must shall should do does did cannot can't won't don't doesn't didn't isn't wasn't aren't weren't hasn't haven't hadn't wouldn't couldn't shouldn't mustn't can’t won’t don’t doesn’t didn’t isn’t wasn’t aren’t weren’t hasn’t haven’t hadn’t wouldn’t couldn’t shouldn’t",
);
export const ADVERBS = set(
  "also again always long even just only first later earlier previously then now still already not never repeatedly reportedly separately too once further publicly privately recently yesterday today tonight openly firmly strongly initially subsequently allegedly",
);
export const SUBORDINATORS = set(
  "that who whom which what how why when while because after before if since although though but as where whereas so unless whether whereby and or nor yet",
);
export const RELATIVES = set("who which");
export const PERSON_PRONOUNS = set("he she");
export const GROUP_PRONOUNS = set("they it");
/** Pronouns that never name a speaker on their own outside a quote (the writer, the reader). */
export const NON_SPEAKER_PRONOUNS = set("i we you me us one");
export const WEEKDAYS = set("monday tuesday wednesday thursday friday saturday sunday");
export const MONTHS = set("january february march april may june july august september october november december");
export const TIME_WORDS = set("yesterday today tonight morning afternoon evening night week month year weekend");
/** Words that open a sentence-initial adverbial ("On Thursday, …", "For its part, …"). */
export const ADVERBIAL_OPENERS = set(
  "on in for at after before during since while when although though however meanwhile earlier later last also but and yet despite following amid in addition speaking asked according as by with under",
);
/** Heads of a noun phrase that speak for the body named after them ("a spokesman for the army"). */
export const REPRESENTATIVE_HEADS = set(
  "spokesman spokeswoman spokesperson spokespeople representative representatives official officials delegation delegates envoy envoys sources source member members staff command headquarters",
);
/** Documents that speak for their author ("a statement from the ministry", "Smith's letter"). */
export const DOCUMENT_HEADS = set(
  "statement statements letter report filing post tweet message communique communiqué release document note memo tally count",
);
/** Title words that precede a name ("President", "Minister"): stripped to reach the name itself. */
export const TITLE_WORDS = set(
  "president vice prime minister secretary general gen chairman chairwoman chair head chief executive director spokesman spokeswoman spokesperson leader commander governor mayor senator ambassador king queen prince sheikh colonel col captain capt major lieutenant lt sergeant dr mr mrs ms prof professor judge justice lawmaker deputy mp coordinator founder ceo editor reporter correspondent official opposition provincial regional national foreign defence defense interior finance former acting interim",
);
/** Common irregular past forms: a word of these ends a subject noun phrase. */
export const IRREGULAR_PAST = set(
  "went came took made gave held left led met sent began brought bought fought found kept lost paid put ran saw sat set stood struck sought spent thought won wrote told said rose fell fled drew drove broke chose became knew got grew hit hung heard laid meant overtook overran shot shut spoke stole swore threw took understood undertook withdrew",
);
/** Common present-tense verbs that end a subject noun phrase ("X hosts", "X is"). */
export const COMMON_VERBS_S = set(
  "is has does hosts remains seems wants needs plans faces holds leads runs includes continues insists hopes expects believes",
);

const UPPER_FIRST = /^\p{Lu}/u;

/** Whether a word opens with a capital letter (ASCII answered without the Unicode regex). */
export const isCapitalized = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  return UPPER_FIRST.test(w);
};

/** Nouns for something said that an object relative clause can follow without "that": "a charge Kigali
 * denied", "a claim the company disputes". Such a phrase is not the subject of the verb after it. */
export const CLAIM_NOUNS = set(
  "charge charges claim claims allegation allegations accusation accusations assertion assertions account version figure figures estimate estimates toll assessment characterisation characterization description suggestion view accusation",
);

/** "a charge Kigali (has) denied": a determiner, a claim noun, then more words before the verb — the phrase is
 * the object of a relative clause whose subject comes after the noun, so it speaks for nobody. */
export function isClaimRelative(words: readonly { lower: string; kind: string }[]): boolean {
  for (let i = 0; i + 2 <= words.length; i++) {
    const d = words[i]!;
    const n = words[i + 1]!;
    if (d.kind === "word" && DETERMINERS.has(d.lower) && CLAIM_NOUNS.has(n.lower)) {
      const after = words[i + 2];
      return !!after && after.kind === "word" && !PREPOSITIONS.has(after.lower);
    }
  }
  return false;
}
