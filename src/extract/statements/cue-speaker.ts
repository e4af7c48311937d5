// The speaker of a verb of saying inside a sentence: after "according to", the phrase after it; for a
// participle or a coordinated verb, the speaker of the clause before (or the main-clause subject); for a
// document that speaks ("X issued a statement saying …", "X sent a letter that said …"), the subject of the
// verb that put the document out; else the subject right before the verb. Resolution to an actor is left to
// ./speaker.ts.
import type { CueUse } from "./cue-use.js";
import { isVerbAt, mainSubject, phrase, phraseAfter, subjectBefore, type Phrase } from "./phrases.js";
import { resolveSpeaker, type Speaker, type SpeakerContext } from "./speaker.js";
import type { Token } from "./tokens.js";
import { DOCUMENT_HEADS, PREPOSITIONS, isCapitalized } from "./words.js";

const DOC_DETERMINERS = new Set(["a", "an", "the", "its", "his", "her", "their", "our", "another"]);
/** Verbs that put a document out; its words are then its author's. */
const ISSUING =
  /^(issued|released|sent|published|posted|put|read|shared|circulated|distributed|emailed|e-mailed|tweeted|signed|delivered|made|gave)$/;

/** "X issued a (short) statement saying / that said …": the index of the issuing verb, or -1. `at` is the
 * index of the verb of saying. */
export function issuingVerb(tokens: Token[], at: number): number {
  let j = at - 1;
  if (tokens[j]?.text === ",") j--;
  if (tokens[j]?.lower === "that" || tokens[j]?.lower === "which") j--;
  if (tokens[j]?.text === ",") j--;
  const head = tokens[j];
  if (head?.kind !== "word" || !DOCUMENT_HEADS.has(head.lower)) return -1;
  let d = j - 1;
  // Adjectives before the document noun: "a brief written statement".
  while (d >= 0 && j - d <= 4 && tokens[d]?.kind === "word" && !DOC_DETERMINERS.has(tokens[d]!.lower)) d--;
  if (!DOC_DETERMINERS.has(tokens[d]?.lower ?? "")) return -1;
  let v = d - 1;
  if (tokens[v]?.lower === "out" && tokens[v - 1]?.lower === "put") v--; // "put out a statement"
  return tokens[v]?.kind === "word" && ISSUING.test(tokens[v]!.lower) ? v : -1;
}

export function speakerOfCue(ctx: SpeakerContext, s: number, tokens: Token[], at: number, cue: CueUse, pos: number): Speaker {
  const sentTokens = ctx.tokensOf(s);
  if (cue.according) {
    const who = phraseAfter(tokens, cue.last + 1, ctx.body);
    // "according to state and local leaders": a coordination that names one actor as a whole.
    const next = who ? tokens.findIndex((t) => t.start >= who.end) : -1;
    if (who && tokens[next]?.lower === "and") {
      const rest = phraseAfter(tokens, next + 1, ctx.body);
      const both =
        rest && phrase(tokens.slice(tokens.indexOf(who.tokens[0]!), tokens.indexOf(rest.tokens[rest.tokens.length - 1]!) + 1), ctx.body);
      const whole = both && resolveSpeaker(ctx, both, s);
      if (whole?.key) return whole;
    }
    return resolveSpeaker(ctx, who, s);
  }
  if (cue.passive) return { key: null, text: null }; // "were told …": the subject is who heard it
  // "Brown's announcement that …": whose announcement it was is often not who is reported (it can sit inside
  // someone else's words), so a noun of saying names nobody.
  if (cue.nominal) return { key: null, text: null };
  const issuing = issuingVerb(tokens, at);
  if (issuing > 0) return resolveSpeaker(ctx, subjectBefore(tokens, issuing, ctx.body), s);
  if (cue.participle || cue.coordinated) {
    const before = ctx.inSentence(s).filter((st) => st.span.start < pos);
    const last = before[before.length - 1];
    if (last) return { key: last.speakerKey, text: last.speakerText };
    const limit = sentTokens.findIndex((t) => t.start >= cue.start);
    return resolveSpeaker(ctx, mainSubject(sentTokens, ctx.body, limit < 0 ? sentTokens.length : limit), s);
  }
  // "Meyer was quoted as saying …": the subject of "was quoted".
  // "… was quoted by the Reuters news agency as saying …": the agent phrase is skipped.
  if (tokens[at - 1]?.lower === "as") {
    for (let k = at - 2; k >= Math.max(0, at - 10); k--) {
      const t = tokens[k]!;
      if (t.kind !== "word") break;
      if (/^(quoted|cited|reported|heard)$/.test(t.lower)) return resolveSpeaker(ctx, subjectBefore(tokens, k, ctx.body), s);
    }
  }
  const subject = subjectBefore(tokens, at, ctx.body);
  // "The regimes in A, B, and C have announced": the last member of a coordinated subject is not the speaker.
  if (subject && coordinated(tokens, subject.start)) return { key: null, text: subject.text };
  return (subject && jointSpeaker(ctx, subject, s)) ?? resolveSpeaker(ctx, subject, s);
}

/** "He and Okafor asked …", "Both Ruiz and Holm said …": a joint statement of two actors is given to the first
 * named (the convention lists the other as a co-speaker). A name with "and" inside ("Marks and Spencer") is
 * that one actor; a longer list, or a pair that does not name two, gives nobody. Null when the phrase holds
 * no "and". */
export function jointSpeaker(ctx: SpeakerContext, p: Phrase, s: number): Speaker | null {
  const words = p.tokens;
  const and = words.findIndex((t) => t.lower === "and");
  if (and < 1) return null;
  const nobody = { key: null, text: p.text };
  // The whole phrase names one actor ("Marks and Spencer", "the Framework for Peace, Security and Development
  // (CSP)") when the actor it resolves to is the one mentioned where the phrase starts.
  const whole = resolveSpeaker(ctx, p, s);
  if (whole.key && ctx.mentionIndex.overlapping(p.start, p.start + 1).some((x) => x.actorKey === whole.key)) return whole;
  if (words.some((t, i) => (i > and && t.lower === "and") || t.text === "," || t.lower === "of")) return nobody;
  // "A, B and C said": a list longer than two (a name ends right before the comma).
  const before = ctx.body.slice(Math.max(0, p.start - 3), p.start);
  if (/,\s*$/.test(before) && ctx.mentionIndex.overlapping(p.start - 4, p.start - 1).length) return nobody;
  const from = words[0]!.lower === "both" ? 1 : 0;
  const left = phrase(words.slice(from, and), ctx.body);
  const right = phrase(words.slice(and + 1), ctx.body);
  if (!left || !right) return nobody;
  const a = resolveSpeaker(ctx, left, s);
  const b = resolveSpeaker(ctx, right, s);
  // The other may be a name the actors did not find (a misspelling): a capitalised name is enough.
  const other = b.key ? b.key !== a.key : right.tokens.every((t) => t.kind !== "word" || isCapitalized(t.text));
  return a.key && other ? { key: a.key, text: p.text } : nobody;
}

/** Whether the phrase starting at body offset `start` is the last member of a list ("…, B and C said"). */
function coordinated(tokens: Token[], start: number): boolean {
  let i = tokens.length - 1;
  while (i >= 0 && tokens[i]!.start > start) i--;
  if (tokens[i]?.start !== start) return false;
  const and = tokens[i - 1];
  if (!and || (and.lower !== "and" && and.lower !== "or") || i < 2) return false;
  // "…, and a retired official told AFP": after a comma, a verb before it (back to the previous comma) makes
  // the "and" join two clauses, not the members of a list.
  if (tokens[i - 2]?.text === ",") for (let k = i - 3; k >= 0 && tokens[k]!.text !== ","; k--) if (isVerbAt(tokens, k)) return false;
  return true;
}

/** "The last message from the group was: “…”": a quote after a document's copula and a colon is the words
 * of the document's author. `qIndex` is the quote's token in `tokens` (sentence `s`). */
export function documentCopulaSpeaker(ctx: SpeakerContext, s: number, tokens: Token[], qIndex: number): Speaker | null {
  if (tokens[qIndex - 1]?.text !== ":" || !/^(was|were|is|are|read|reads)$/.test(tokens[qIndex - 2]?.lower ?? "")) return null;
  const subject = mainSubject(tokens, ctx.body, qIndex - 1);
  if (!subject) return null;
  const words = subject.tokens.filter((t) => t.kind === "word");
  const cut = words.findIndex((t, i) => i > 0 && PREPOSITIONS.has(t.lower));
  const head = words[(cut > 0 ? cut : words.length) - 1];
  if (!head || !DOCUMENT_HEADS.has(head.lower)) return null;
  return resolveSpeaker(ctx, subject, s);
}
