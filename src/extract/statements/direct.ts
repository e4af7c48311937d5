// Direct quotes: which quoted spans are statements (not scare quotes), and the verb of saying that governs
// each: an inverted or trailing cue right after the quote ("«…», explains Raha", "“…,” she said", "…”,
// according to X"), else the last verb of saying before it in its sentence ("condemns «…»", "He said: «…»").
import { cueAt, type CueUse } from "./cue-use.js";
import { invertedSpeaker, isVerbAt, phraseAfter, type Phrase } from "./phrases.js";
import { quoteText, quoteWordCount, type QuoteSpan } from "./quotes.js";
import type { Token } from "./tokens.js";
import { DETERMINERS, PREPOSITIONS, SUBORDINATORS, isCapitalized, isClaimRelative } from "./words.js";

/** A cue after the quote: the phrase written as the speaker, and the cue. */
export interface TrailingCue {
  cue: CueUse;
  speaker: Phrase | null;
  addressee: Phrase | null;
}

const NP_PUNCT = new Set(["(", ")", "'", "’", "&"]);
const LEAD_PUNCT = new Set([",", ";", "—", "–", "-"]);

/** Tokens of a paragraph from the quote token on: the cue that follows the quote in its sentence. `idx` is the
 * quote's token, `limit` the first token past its sentence. */
export function trailingCue(tokens: Token[], idx: number, limit: number, body: string): TrailingCue | null {
  const q = tokens[idx]!.quote;
  if (!q) return null;
  const inner = quoteText(body, q);
  const innerRaw = body.slice(q.pieces[q.pieces.length - 1]!.start, q.pieces[q.pieces.length - 1]!.end).trimEnd();
  let k = idx + 1;
  const leading = tokens[k];
  if (leading && leading.kind === "punct" && LEAD_PUNCT.has(leading.text)) k++;
  else if (/[.]$/.test(innerRaw) && leading && isCapitalized(leading.text) && !/^(He|She|They|It)$/.test(leading.text))
    return null; // a new sentence
  else if (!inner) return null;
  if (k >= limit) return null;
  const first = tokens[k]!;
  // Inverted: "explains Raha", "said the minister", "according to the ministry".
  const inverted = cueAt(tokens, k, body);
  if (inverted && !inverted.participle && !inverted.passive && !inverted.nominal) {
    const speaker = invertedSpeaker(tokens, inverted.last + 1, body);
    const head = speaker?.tokens[0];
    if (speaker && head && (inverted.according || !PREPOSITIONS.has(head.lower))) return { cue: inverted, speaker, addressee: null };
  }
  if (first.kind !== "word" || SUBORDINATORS.has(first.lower)) return null;
  // Subject then cue: "AMA President told Yabiladi", "she said in a statement".
  for (let m = k; m < Math.min(limit, k + 10); m++) {
    const t = tokens[m]!;
    if (t.kind === "quote") return null;
    if (t.text === "," && m > k) return appositiveCue(tokens, k, m, limit, body);
    if (t.kind === "punct" && !NP_PUNCT.has(t.text)) return null;
    const c = cueAt(tokens, m, body);
    if (c && m > k) {
      if (c.participle || c.according || c.passive || c.nominal) return null;
      if (isClaimRelative(tokens.slice(k, m))) return null;
      const subjectTokens = tokens.slice(k, m).filter((x) => !/^(also|later|then|has|had|have|again|earlier)$/.test(x.lower));
      if (!subjectTokens.length) return null;
      const speaker = phraseOf(subjectTokens, body);
      const addressee = c.lemma?.addressee ? phraseAfter(tokens, c.last + 1, body) : letterTo(tokens, c.last + 1, limit, body);
      return { cue: c, speaker, addressee };
    }
    if (t.kind === "word" && m > k && SUBORDINATORS.has(t.lower) && t.lower !== "and") return null;
    if (m > k && isVerbAt(tokens, m) && !cueAt(tokens, m + 1, body)) return null;
  }
  return null;
}

/** "“…,” Joana Pires, head of the Dockers' Union, told Reuters": a name (capitalised words from `k` to the
 * comma at `comma`), an apposition closed by a second comma, then the cue. A list ("A, B and C said") is not
 * an apposition: the words between the commas hold no "and"/"or", no quote and no other punctuation. */
function appositiveCue(tokens: Token[], k: number, comma: number, limit: number, body: string): TrailingCue | null {
  const name = tokens.slice(k, comma);
  if (!name.every((x) => x.kind === "word" && isCapitalized(x.text)) || name.length > 4) return null;
  for (let m = comma + 1; m < Math.min(limit, comma + 16); m++) {
    const t = tokens[m]!;
    if (t.kind === "quote") return null;
    if (t.kind === "word" && /^(and|or|but|nor)$/.test(t.lower)) return null;
    if (t.text === ",") {
      if (m === comma + 1) return null;
      const c = cueAt(tokens, m + 1, body);
      if (!c || c.participle || c.according) return null;
      const addressee = c.lemma?.addressee ? phraseAfter(tokens, c.last + 1, body) : letterTo(tokens, c.last + 1, limit, body);
      return { cue: c, speaker: phraseOf(name, body), addressee };
    }
    if (t.kind === "punct" && !NP_PUNCT.has(t.text)) return null;
  }
  return null;
}

function phraseOf(t: Token[], body: string): Phrase | null {
  if (!t.length) return null;
  const start = t[0]!.start;
  const end = t[t.length - 1]!.end;
  return { text: body.slice(start, end), start, end, tokens: t, alternatives: [] };
}

/** "… in a letter to X", "wrote to X": who the words were addressed to. */
export function letterTo(tokens: Token[], from: number, limit: number, body: string): Phrase | null {
  for (let m = from; m < Math.min(limit, from + 6); m++) {
    const t = tokens[m]!;
    if (t.kind !== "word") return null;
    if (t.lower === "with") {
      const between = tokens
        .slice(from, m)
        .map((x) => x.lower)
        .join(" ");
      if (/^(in|during) (a|an|the) (\w+ )?(interview|conversation|phone call|call|meeting|exchange)$/.test(between))
        return phraseAfter(tokens, m + 1, body);
      return null;
    }
    if (t.lower === "to") {
      const between = tokens.slice(from, m).map((x) => x.lower);
      if (
        between.length === 0 ||
        /^(in|on|via|by) (a|an|the|his|her|its|their) (letter|message|statement|note|email|e-mail|call|phone call|video|post)$/.test(
          between.join(" "),
        )
      ) {
        return phraseAfter(tokens, m + 1, body);
      }
      return null;
    }
  }
  return null;
}

/** The last verb of saying before the quote token `idx`, in the same sentence (tokens from `sentStart`). */
export function leadingCue(tokens: Token[], idx: number, sentStart: number, body: string): CueUse | null {
  for (let m = idx - 1; m >= sentStart; m--) {
    const t = tokens[m]!;
    if (t.kind === "punct" && (t.text === ";" || t.text === ".")) return null;
    // ", where protesters held signs reading “…”": a new clause between the verb and the quote.
    if (t.text === "," && SUBORDINATORS.has(tokens[m + 1]?.lower ?? "") && tokens[m + 1]?.lower !== "that") return null;
    if (t.kind !== "word") continue;
    const c = cueAt(tokens, m, body);
    if (c && !c.nominal) return c; // a noun of saying names nobody: the verb before it governs the quote
    if (t.lower === "to" && tokens[m - 1]?.lower === "according") return cueAt(tokens, m - 1, body);
  }
  return null;
}

/** How a quote stands in its sentence. */
export type QuoteRole =
  | { statement: false }
  | { statement: true; via: "trailing"; trailing: TrailingCue }
  | { statement: true; via: "leading"; cue: CueUse }
  /** No verb of saying; `opensSentence`: the quote starts its sentence (it may continue the speaker before). */
  | { statement: true; via: "none"; opensSentence: boolean };

/** Words that introduce a name or a title, not speech: "a report titled “…”", "an operation known as “…”". */
const TITLE_INTRO =
  /^(titled|entitled|headlined|captioned|named|nicknamed|codenamed|code-named|callsign|reading|slogan|hashtag|motto|banner|sign|signs|placard|placards|book|novel|film|movie|song|album|documentary|series|show|play|poem|article|editorial|column|report|study|operation|campaign|programme|program|project|plan|initiative)$/;

/** Nouns for what someone or something is called: a quote after "NOUN was" is a name, not speech. */
const NAME_NOUNS = /^(callsign|call-sign|nickname|codename|code-name|alias|moniker|pseudonym|handle|nom)$/;

const NAMING = new Set(["describe", "term", "dub", "label", "brand", "call"]);

/** Decides whether a quote is a statement and which cue governs it. Short quotes (1–3 words) after a
 * determiner or preposition ("a “hacking attempt”", "for “security” reasons") are scare quotes unless named
 * by a verb of saying ("described as «genocide»"); a short quote counts when a verb of saying that can take
 * someone's own words governs it ("announced it had “strongly responded”") or when it stands alone as a
 * sentence. `tokens`/`idx`: where the quote opens; `trailing`: the cue after its end. */
export function quoteRole(tokens: Token[], idx: number, sentStart: number, body: string, trailing: TrailingCue | null): QuoteRole {
  const q = tokens[idx]!.quote as QuoteSpan;
  const words = quoteWordCount(body, q);
  if (words === 0) return { statement: false };
  const leading = leadingCue(tokens, idx, sentStart, body);
  const opensSentence = tokens.slice(sentStart, idx).every((t) => t.kind === "punct");
  // A title or a sign's words: "a report titled “…”", "known as “…”", "the slogan “…”".
  let p = idx - 1;
  if (tokens[p]?.text === "," || tokens[p]?.text === ":") p--;
  const intro = tokens[p];
  if (
    intro?.kind === "word" &&
    !trailing &&
    (TITLE_INTRO.test(intro.lower) || (/^(as)$/.test(intro.lower) && /^(known|billed|styled|referred)$/.test(tokens[p - 1]?.lower ?? "")))
  ) {
    return { statement: false };
  }
  // A name: "whose callsign was “Pond”", "his nickname is “the Hammer”"
  const named = intro?.kind === "word" && /^(is|was)$/.test(intro.lower) ? tokens[p - 1] : undefined;
  if (words <= 3 && named?.kind === "word" && NAME_NOUNS.test(named.lower)) return { statement: false };
  if (words >= 4) {
    if (trailing) return { statement: true, via: "trailing", trailing };
    if (leading) return { statement: true, via: "leading", cue: leading };
    return { statement: true, via: "none", opensSentence };
  }
  const prev = tokens[idx - 1];
  const prevIsWord = prev?.kind === "word";
  if (prevIsWord && prev.lower === "as") {
    const c = cueAt(tokens, idx - 2, body);
    if (c?.lemma && NAMING.has(c.lemma.lemma)) return { statement: true, via: "leading", cue: c };
    if (leading?.lemma && NAMING.has(leading.lemma.lemma) && tokens.slice(leading.last + 1, idx).every((t) => t.kind === "word")) {
      return { statement: true, via: "leading", cue: leading };
    }
    return { statement: false };
  }
  if (prevIsWord && DETERMINERS.has(prev.lower) && leading?.lemma) {
    // "said the plan was a “betrayal”", "called the plan a “disaster”": a predicate noun in someone's words.
    const before = tokens[idx - 2];
    const copula = before?.kind === "word" && /^(is|was|are|were|be|been|being|remains|became|become)$/.test(before.lower);
    const naming =
      NAMING.has(leading.lemma.lemma) && before?.kind === "word" && !PREPOSITIONS.has(before.lower) && !DETERMINERS.has(before.lower);
    if ((copula && leading.lemma.short) || naming) return { statement: true, via: "leading", cue: leading };
  }
  if (prevIsWord && (DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower))) return { statement: false };
  if (trailing?.speaker) return { statement: true, via: "trailing", trailing };
  if (leading?.lemma?.short) return { statement: true, via: "leading", cue: leading };
  // A short quote that is a sentence of its own: «Never.»
  const inner = quoteText(body, q);
  const raw = q.pieces
    .map((p) => body.slice(p.start, p.end))
    .join(" ")
    .trim();
  if (opensSentence && /^\p{Lu}/u.test(inner) && /[.!?]$/.test(raw)) return { statement: true, via: "none", opensSentence };
  return { statement: false };
}
