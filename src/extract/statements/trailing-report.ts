// Reported speech whose verb of saying comes last: "Relief convoys reached the villages, officials said.",
// "…, said a union official.", "…, Okafor and Brandt said" (two speakers, none resolved). What it finds is the
// content's token range and the speaker phrase; resolving the speaker is left to the caller.
import type { CueUse } from "./cue-use.js";
import { isVerbAt, phraseAfter, subjectBefore, type Phrase } from "./phrases.js";
import { clauseEnd, looksLikeClause } from "./reported.js";
import { cueForm } from "./cues.js";
import { quoteWordCount } from "./quotes.js";
import type { Token } from "./tokens.js";
import { PREPOSITIONS, SUBORDINATORS, isClaimRelative } from "./words.js";

/** Reported speech with its cue at the end: "Relief convoys reached the villages, officials said." or
 * "…, said a union official." The content is the sentence before the comma, when it reads as a clause and
 * nothing but adjuncts ("in a statement", "on Monday") follows the cue. */
export function trailingReport(
  tokens: Token[],
  cue: CueUse,
  body: string,
): { from: number; comma: number; inverted: Phrase | null; coordinated: string | null } | null {
  if (!cue.lemma || cue.participle || cue.coordinated || cue.passive || cue.nominal || cue.lemma.mode === "object") return null;
  // After the cue: adjuncts only, up to the end of the sentence.
  let k = cue.last + 1;
  // ", witnesses said, hours after …": an attribution set off by commas; what follows is not its content.
  const parenthetical = tokens[k]?.text === ",";
  if (!parenthetical) {
    if (tokens.slice(k).some((t) => t.kind === "quote" || t.text === ":" || t.text === ";")) return null;
    const rest = tokens.slice(k).filter((t) => t.kind === "word");
    if (rest.some((t, i) => t.lower === "that" || isVerbAt(rest, i))) return null;
  }
  let inverted: Phrase | null = null;
  let coordinated: string | null = null;
  let comma: number;
  if (tokens[cue.index - 1]?.text === ",") {
    // ", said a union official."
    inverted = phraseAfter(tokens, cue.last + 1, body);
    if (!inverted) return null;
    comma = cue.index - 1;
  } else {
    const subject = subjectBefore(tokens, cue.index, body);
    if (!subject) return null;
    comma = tokens.findIndex((t) => t.start >= subject.start) - 1;
    // "…, local officials and residents said": a coordinated subject; it names no single speaker.
    if (comma >= 1 && /^(and|or)$/.test(tokens[comma]!.lower)) {
      const other = subjectBefore(tokens, comma, body);
      if (!other) return null;
      comma = tokens.findIndex((t) => t.start >= other.start) - 1;
      coordinated = body.slice(other.start, subject.end);
    } else if (
      subject.tokens.some((t) => t.lower === "and" || t.lower === "or") &&
      !subject.tokens.some((t) => t.lower === "of" || t.text === "&")
    ) {
      // "…, Lena Okafor and Daniel Brandt said": two speakers (a name "X of Y and Z" keeps its "and").
      coordinated = subject.text;
    }
    // "…, a charge Kigali has denied": the clause before is what is denied, not what the subject said.
    if (isClaimRelative(tokens.slice(comma + 1, cue.index))) return null;
    // "… and after talks broke down “refused to release him,” the source said": the comma inside the quote.
    if (comma >= 1 && tokens[comma]?.kind === "quote" && /,\s*\p{Pf}?["'”’]?\s*$/u.test(quoteRaw(body, tokens[comma]!))) comma++;
    else if (comma < 1 || tokens[comma]?.text !== ",") return null;
  }
  const from = datelineEnd(tokens);
  // A quoted statement before the cue is the statement; a scare quote of a few words ("an “ultimatum”") is not,
  // nor is a quote that ends a clause opened in the writer's words (a partial quote inside reported speech).
  const ownWords = tokens[from]?.kind === "word" && tokens[from + 1]?.kind === "word";
  for (k = from; k < comma; k++) {
    const q = tokens[k]!.quote;
    if (tokens[k]!.kind === "quote" && !ownWords && (!q || quoteWordCount(body, q) > 3)) return null;
  }
  // "Asked whether …, X said", "When the storm hit, X said": a subordinate clause is not what was said.
  const head = tokens[from];
  // A participle opening a clause ("Asked whether …", "Told about …") is one; "Disgruntled members" is a subject.
  const after = tokens[from + 1];
  const participleClause =
    /^[a-z]+ed$/.test(head?.lower ?? "") && (after?.kind !== "word" || SUBORDINATORS.has(after.lower) || PREPOSITIONS.has(after.lower));
  if (head?.kind !== "word" || SUBORDINATORS.has(head.lower) || participleClause) return null;
  const end = parenthetical ? splitClauseEnd(tokens, from, comma, cue.last + 2, body) : comma;
  if (!looksLikeClause(tokens, from, end)) return null;
  return { from, comma: end, inverted, coordinated };
}

/** An attribution set off by commas inside what was said: "Classifying it as X, he said, depends on …" (the
 * clause before has no verb; its verb follows) and "The agency sees four a year, he said, noting that …" (a
 * participle of saying goes on). The end of the content, cue included; else `comma`. */
function splitClauseEnd(tokens: Token[], from: number, comma: number, after: number, body: string): number {
  const x = tokens[after];
  if (x?.kind !== "word") return comma;
  if (/ing$/.test(x.lower) && cueForm(x.lower)) return clauseEnd(tokens, after + 1, body);
  // After a subject with no verb, a lower-case -s word ("depends") is the verb as well.
  if (!looksLikeClause(tokens, from, comma) && (isVerbAt(tokens, after) || /^[a-z]{3,}[^su']s$/.test(x.text)))
    return clauseEnd(tokens, after, body);
  return comma;
}

/** The characters of a quote token's span, marks included. */
function quoteRaw(body: string, t: Token): string {
  return body.slice(t.start, t.end);
}

/** "BAMAKO, Mali (AP) — Drone strikes …": the first token after a wire dateline opening the sentence, else 0. */
function datelineEnd(tokens: Token[]): number {
  const first = tokens[0];
  if (first?.kind !== "word" || !/^\p{Lu}{3,}/u.test(first.text) || first.text !== first.text.toUpperCase()) return 0;
  for (let k = 1; k < Math.min(tokens.length, 10); k++) {
    const t = tokens[k]!;
    if (t.kind === "punct" && /^[-–—]$/.test(t.text)) return k + 1;
    if (t.kind === "quote" || (t.kind === "punct" && !/^[,().]$/.test(t.text))) return 0;
  }
  return 0;
}
