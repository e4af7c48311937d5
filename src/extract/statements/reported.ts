// Reported speech: the content a verb of saying introduces. A that-clause ("announced that …"), a bare clause
// ("said the plan was …"), or an object with its complement ("urged both sides to …", "blamed X for Y"), up to
// the end of the clause: the sentence end, a semicolon, colon or dash, a participle clause (", deepening …"),
// a coordinated verb of saying (" and accused …"), or a trailing ", according to …".
import { cueAt, type CueUse } from "./cue-use.js";
import { cueForm } from "./cues.js";
import { isVerbAt, phrase, phraseAfter, type Phrase } from "./phrases.js";
import type { Token } from "./tokens.js";
import { AUXILIARIES, DETERMINERS, MONTHS, PREPOSITIONS, TIME_WORDS, WEEKDAYS } from "./words.js";

export interface Content {
  /** Token range [from, to) of the content. */
  from: number;
  to: number;
  start: number;
  end: number;
  addressee: Phrase | null;
}

const STOP_PUNCT = new Set([";", ":", "—", "–", ".", "!", "?"]);

/** Where the clause that starts at token `from` ends (exclusive token index). */
export function clauseEnd(tokens: Token[], from: number, body: string): number {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct" && STOP_PUNCT.has(t.text)) return k;
    if (t.kind === "punct" && t.text === "-" && /\s/.test(body[t.start - 1] ?? "") && /\s/.test(body[t.end] ?? "")) return k;
    const next = tokens[k + 1];
    if (t.text === "," && next?.kind === "word") {
      // "said the deal, labelled as the Accord, had ended": a participle phrase inside the subject.
      const resume = reducedRelativeEnd(tokens, from, k);
      if (resume > k) {
        k = resume;
        continue;
      }
      if (/ing$/.test(next.lower) && !/^(during|including|according|regarding|concerning|following|notwithstanding)$/.test(next.lower))
        return k;
      if (next.lower === "according") return k;
      // "the plane refueled, took off and returned": a series of predicates of one subject goes on.
      if (isVerbAt(tokens, k - 1) && isVerbAt(tokens, k + 1) && predicateSeries(tokens, k + 1)) continue;
      // "who has denied wrongdoing, arrived at …": the relative clause ends, the main verb follows.
      if (isVerbAt(tokens, k + 1) || /^(where|while|whereas|although|though)$/.test(next.lower)) return k;
      // ", officials said" / ", she added": a trailing cue ends the content.
      for (let m = k + 1; m < Math.min(tokens.length, k + 7); m++) {
        const x = tokens[m]!;
        if (x.kind !== "word") break;
        const c = cueAt(tokens, m, body);
        if (c && !c.participle) {
          const after = tokens[c.last + 1];
          if (!after || after.kind === "punct") return k;
          break;
        }
        if (isVerbAt(tokens, m)) break;
      }
    }
    if (t.kind === "word" && (t.lower === "and" || t.lower === "but") && k > from) {
      let m = k + 1;
      while (tokens[m]?.kind === "word" && ["also", "then", "later"].includes(tokens[m]!.lower)) m++;
      const c = cueAt(tokens, m, body);
      if (c?.lemma) return k;
      // ", and a retired official told AFP …": a second speaker and verb of saying start a new statement.
      const subj = tokens[m];
      const opensSubject =
        subj?.kind === "word" && (DETERMINERS.has(subj.lower) || /^(he|she|they|it|we|i)$/.test(subj.lower) || /^\p{Lu}/u.test(subj.text));
      if (tokens[k - 1]?.text === "," && opensSubject)
        for (let j = m + 1; j < Math.min(tokens.length, m + 7); j++) {
          const x = tokens[j]!;
          if (x.kind !== "word") break;
          const c2 = cueAt(tokens, j, body);
          if (c2?.lemma && !c2.participle && !c2.passive) return k - 1;
          if (isVerbAt(tokens, j)) break;
        }
    }
  }
  return tokens.length;
}

/** Whether the verb at `at` is followed, within a few words and before any other punctuation than a comma,
 * by "and" and another verb: the middle of "refueled, took off and returned". */
function predicateSeries(tokens: Token[], at: number): boolean {
  for (let m = at + 1; m < Math.min(tokens.length - 1, at + 8); m++) {
    const t = tokens[m]!;
    if (t.kind === "punct" && t.text !== ",") return false;
    if (t.kind === "word" && t.lower === "and") return isVerbAt(tokens, m + 1);
  }
  return false;
}

/** For a comma at `comma` inside a clause from `from` that has no verb yet, followed by a past participle
 * ("the deal, labelled as the Accord, had ended"): the index of the comma that closes the participle phrase
 * when a verb follows it, else -1. */
function reducedRelativeEnd(tokens: Token[], from: number, comma: number): number {
  const p = tokens[comma + 1];
  if (p?.kind !== "word" || !/^[a-z]+(ed|en)$/.test(p.text) || comma - from > 6) return -1;
  for (let m = from; m < comma; m++) if (tokens[m]!.kind !== "word" || isVerbAt(tokens, m)) return -1;
  for (let m = comma + 2; m < Math.min(tokens.length, comma + 14); m++) {
    const t = tokens[m]!;
    if (t.text === ",") return isVerbAt(tokens, m + 1) ? m : -1;
    if (t.kind === "punct" && t.text !== "(" && t.text !== ")") return -1;
  }
  return -1;
}

/** "about 300 people", "at least 15 people", "more than 40 ships": a number phrase, not a prepositional one. */
function approximator(tokens: Token[], k: number): boolean {
  return [1, 2].some(
    (d) =>
      /^\d/.test(tokens[k + d]?.text ?? "") ||
      /^(least|most|many|much|dozens|hundreds|thousands|millions)$/.test(tokens[k + d]?.lower ?? ""),
  );
}

/** "that" opening a clause ("that the army left", "that it would", "that Smith lied") rather than a
 * determiner ("dismissed that claim"). */
function isComplementizer(tokens: Token[], i: number): boolean {
  const n = tokens[i + 1];
  if (!n) return false;
  if (n.kind === "quote") return true;
  if (n.kind !== "word") return false;
  if (/^\p{Lu}/u.test(n.text) || /^\d/.test(n.text)) return true;
  if (
    /^(it|they|he|she|we|i|you|there|this|these|those|the|a|an|his|her|its|their|our|all|some|no|many|most|more|few|only|any|every|each|such|both|neither|none|nobody|nothing|everyone|everything|one|two|three|several)$/.test(
      n.lower,
    )
  )
    return true;
  // "that water levels had fallen": a verb follows within a few words.
  // "that foreign military instructors in Mali do not belong": a longer subject, up to seven words.
  for (let k = i + 2; k < Math.min(tokens.length, i + 9); k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    if (isVerbAt(tokens, k) || /^(would|could|will|should|had|has|have|was|were|is|are|must|may|might|can|did|does|do)$/.test(t.lower))
      return true;
  }
  return false;
}

/** Whether the tokens [from, to) read as a clause: a pronoun or a noun phrase followed by a verb. */
export function looksLikeClause(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first) return false;
  if (first.kind === "word" && /^(it|they|he|she|we|i|you|there|this|these|those)$/.test(first.lower)) return true;
  for (let k = from + 1; k < Math.min(to, from + 12); k++) if (isVerbAt(tokens, k) || presentVerbAt(tokens, k)) return true;
  return false;
}

/** "The union represents about 100 workers", "The agency sees “three or four” a year": a lower-case -s word
 * after a noun and before a determiner, a number, an approximator or a quote reads as a present-tense verb. */
function presentVerbAt(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (t.kind !== "word" || !/^[a-z]{3,}[^su']s$/.test(t.text) || prev?.kind !== "word" || DETERMINERS.has(prev.lower)) return false;
  if (PREPOSITIONS.has(prev.lower) || !next) return false;
  if (next.kind === "quote") return true;
  return (
    next.kind === "word" &&
    (DETERMINERS.has(next.lower) ||
      /^\d/.test(next.text) ||
      /^(approximately|about|around|nearly|almost|some|more|fewer|no|its|their|his|her)$/.test(next.lower))
  );
}

/** Where the content ending at `to` ends when a participle or a coordinated verb of saying continues it
 * (", accusing the rebels of …", " and also cited …"): the end of that clause, else `to`. */
function sayingContinues(tokens: Token[], to: number, body: string): number {
  const t = tokens[to];
  let m = to + 1;
  if (t?.text === ",") {
    const p = tokens[m];
    if (p?.kind !== "word" || !/ing$/.test(p.lower) || !cueForm(p.lower)) return to;
  } else if (t?.lower === "and" || t?.lower === "but") {
    while (tokens[m]?.kind === "word" && ["also", "then", "later"].includes(tokens[m]!.lower)) m++;
    // "… and pointed out that …": a verb with a clause of its own is a statement of its own.
    const c = cueAt(tokens, m, body);
    if (!c?.lemma || c.lemma.mode === "clause") return to;
    m = c.last;
  } else return to;
  return Math.max(to, clauseEnd(tokens, m + 1, body));
}

/** "said Monday it would …", "said on Tuesday the talks …": the date after the verb is not part of what was
 * said; the index of the first token after it. */
function skipDate(tokens: Token[], k: number): number {
  for (;;) {
    const t = tokens[k];
    const n = tokens[k + 1];
    if ((t && WEEKDAYS.has(t.lower)) || (t && /^(yesterday|today|tonight|earlier|later)$/.test(t.lower))) k++;
    else if (t && n && /^(on|late|early|last)$/.test(t.lower) && WEEKDAYS.has(n.lower)) k += 2;
    else return k;
    if (tokens[k]?.text === ",") k++;
  }
}

/** "said since Saturday, 378 people arrived": a short time phrase closed by a comma, then a clause ("posted on
 * its website, X said …" is no such phrase). */
function frontedAdverbial(tokens: Token[], k: number, end: number): boolean {
  let time = false;
  for (let m = k + 1; m < Math.min(end, k + 6); m++) {
    const t = tokens[m]!;
    if (t.text === ",") return time && looksLikeClause(tokens, m + 1, end);
    if (t.kind !== "word") return false;
    if (WEEKDAYS.has(t.lower) || MONTHS.has(t.lower) || TIME_WORDS.has(t.lower) || /^\d{4}$/.test(t.text)) time = true;
  }
  return false;
}

const ANONYMITY = /^(not to be (named|identified|quoted)|(for )?anonymity|to remain anonymous|that (his|her|their) names? (not )?be)/;

/** The content of the verb of saying `cue` in `tokens` (one sentence), or null when it has none. */
export function reportedContent(tokens: Token[], cue: CueUse, body: string): Content | null {
  const lemma = cue.lemma;
  let k = cue.last + 1;
  let addressee: Phrase | null = null;
  if (cue.according) return null; // handled by the caller: its content is the rest of the sentence
  if (!lemma) return null;
  if (lemma.addressee && !cue.passive) {
    addressee = phraseAfter(tokens, k, body);
    if (!addressee) return null;
    // "told AFP he had counted …": a subject pronoun starts the content, it is not part of the addressee.
    const cut = addressee.tokens.findIndex((t, j) => j > 0 && /^(he|she|they|it|we|i)$/.test(t.lower));
    if (cut > 0) addressee = phrase(addressee.tokens.slice(0, cut), body);
    if (!addressee) return null;
    while (tokens[k] && tokens[k]!.end <= addressee.end) k++;
  }
  if (lemma.lemma === "call") {
    if (!["for", "on", "upon"].includes(tokens[k]?.lower ?? "")) return null; // naming ("called it …") needs a quote
    k++;
  }
  // "said on Facebook that", "told X in a letter that": the clause after "that".
  let that = -1;
  for (let m = k; m < Math.min(tokens.length, k + 10); m++) {
    const t = tokens[m]!;
    if (t.kind === "word" && t.lower === "that") {
      if (isComplementizer(tokens, m)) that = m;
      break;
    }
    if (t.kind !== "word" || (m > k && (isVerbAt(tokens, m) || cueForm(t.lower)))) break;
  }
  if (lemma.thatOnly && that < 0) return null;
  let objectRead = false;
  if (
    that >= 0 &&
    (that === k ||
      lemma.mode !== "object" ||
      tokens
        .slice(k, that)
        .every(
          (t) =>
            /^(in|on|at|a|an|the|to|via|with|statement|letter|interview|message|post|facebook|twitter|x|reporters|monday|tuesday|wednesday|thursday|friday|saturday|sunday|also|again|earlier|later|repeatedly|publicly)$/.test(
              t.lower,
            ) || /^\p{Lu}/u.test(t.text),
        ))
  ) {
    k = that + 1;
  } else if (lemma.mode !== "clause") {
    objectRead = lemma.mode === "object" || !looksLikeClause(tokens, k, clauseEnd(tokens, k, body));
    // "Media reports said …": a verb right after is no object; the word before it was a noun.
    if (isVerbAt(tokens, k)) return null;
  } else {
    // "said on Saturday they had …": the date is skipped before the clause is judged.
    k = skipDate(tokens, k);
    const end = clauseEnd(tokens, k, body);
    const head = tokens[k];
    if (
      !looksLikeClause(tokens, k, end) ||
      isVerbAt(tokens, k) ||
      (head && PREPOSITIONS.has(head.lower) && !approximator(tokens, k) && !frontedAdverbial(tokens, k, end))
    )
      return null;
  }
  k = skipDate(tokens, k);
  const first = tokens[k];
  if (!first || (first.kind === "punct" && first.text !== "(")) return null;
  let to = clauseEnd(tokens, k, body);
  if (to <= k) return null;
  if (objectRead) {
    // "asked for an extension but were told …": a coordinated predicate is the subject's doing, not the object.
    for (let m = k + 2; m < to; m++) {
      const w = tokens[m]!;
      if (w.lower !== "and" && w.lower !== "but") continue;
      if ((AUXILIARIES.has(tokens[m + 1]?.lower ?? "") || isVerbAt(tokens, m + 1)) && !cueAt(tokens, m + 1, body)) {
        to = m;
        break;
      }
    }
    // "condemned the killings, accusing the rebels of …", "denied the claim, saying that …", "accused the
    // partners of failing … and cited hostility by …": an object is only the topic; the participle or the
    // coordinated verb of saying that follows spells out what was said, and belongs to it.
    to = sayingContinues(tokens, to, body);
  }
  // "asked X to …", "asked for …", "asked whether …" say something; "asked X about Y" only reports a question.
  if (lemma.lemma === "ask" && !tokens.slice(k, to).some((t) => /^(to|for|that|whether|if)$/.test(t.lower) || t.kind === "quote"))
    return null;
  // "who asked not to be named", "requested anonymity": a source's terms, not what the source said.
  if (
    ANONYMITY.test(
      tokens
        .slice(k, Math.min(to, k + 5))
        .map((t) => t.lower)
        .join(" "),
    )
  )
    return null;
  const last = tokens[to - 1]!;
  return { from: k, to, start: first.start, end: last.end, addressee };
}
