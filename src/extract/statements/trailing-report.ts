// Reported speech whose verb of saying comes last: "Relief convoys reached the villages, officials said.",
// "…, said a union official.", "…, Okafor and Brandt said" (two speakers, none resolved). What it finds is the
// content's token range and the speaker phrase; resolving the speaker is left to the caller.
import type { CueUse } from "./cue-use.js";
import { isVerbAt, phraseAfter, subjectBefore, type Phrase } from "./phrases.js";
import { looksLikeClause } from "./reported.js";
import type { Token } from "./tokens.js";
import { SUBORDINATORS, isClaimRelative } from "./words.js";

/** Reported speech with its cue at the end: "Relief convoys reached the villages, officials said." or
 * "…, said a union official." The content is the sentence before the comma, when it reads as a clause and
 * nothing but adjuncts ("in a statement", "on Monday") follows the cue. */
export function trailingReport(
  tokens: Token[],
  cue: CueUse,
  body: string,
): { comma: number; inverted: Phrase | null; coordinated: string | null } | null {
  if (!cue.lemma || cue.participle || cue.coordinated || cue.lemma.mode === "object") return null;
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
    if (comma < 1 || tokens[comma]?.text !== ",") return null;
  }
  for (k = 0; k < comma; k++) if (tokens[k]!.kind === "quote") return null;
  // "Asked whether …, X said", "When the storm hit, X said": a subordinate clause is not what was said.
  const head = tokens[0];
  if (head?.kind !== "word" || SUBORDINATORS.has(head.lower) || /^[a-z]+ed$/.test(head.lower)) return null;
  if (!looksLikeClause(tokens, 0, comma)) return null;
  return { comma, inverted, coordinated };
}
