// Statements of one article: direct quotes and reported speech, each with its speaker (or null when the text
// does not make it clear), the verb of saying, the addressee, the actors it mentions, and its citation.
// Deterministic plain string scanning; the rules live in ./statements/.
import type { CleanArticle } from "../corpus/types.js";
import { sentenceAt } from "./sentences.js";
import { cueAt, type CueUse } from "./statements/cue-use.js";
import { leadingCue, letterTo, quoteRole, trailingCue, type QuoteRole } from "./statements/direct.js";
import { phraseAfter, type Phrase } from "./statements/phrases.js";
import { findQuotes, quoteSpan, quoteText, quoteWordCount, trimEdges, withoutDateline, type QuoteSpan } from "./statements/quotes.js";
import { clauseEnd, reportedContent } from "./statements/reported.js";
import { trailingReport } from "./statements/trailing-report.js";
import { indexMentions, type MentionIndex } from "./statements/mention-index.js";
import { resolveCached, resolveSpeaker, type Speaker, type SpeakerContext } from "./statements/speaker.js";
import { documentCopulaSpeaker, speakerOfCue } from "./statements/cue-speaker.js";
import { hasCueWord } from "./statements/cues.js";
import { countWords, maskQuotes, tokenize, type Token } from "./statements/tokens.js";
import type { ArticleActors, LocalActor, LocalStatement, Sentence } from "./types.js";

/** One paragraph line of the body; its tokens are read on first use. */
class Line {
  private cached: Token[] | undefined;
  constructor(
    readonly start: number,
    readonly end: number,
    private readonly masked: string,
    private readonly quotes: readonly QuoteSpan[],
  ) {}
  get tokens(): Token[] {
    this.cached ??= tokenize(this.masked, this.start, this.end, this.quotes);
    return this.cached;
  }
  /** Whether the line can hold a statement: a quote or a verb of saying. */
  get relevant(): boolean {
    const text = this.masked.slice(this.start, this.end);
    return text.includes("\u0001") || hasCueWord(text);
  }
}

const NO_LINE = new Line(0, 0, "", []);

/** First index in a sorted array for which `pred` holds (pred is false then true), or the length. */
function firstIndex<T>(a: readonly T[], pred: (x: T) => boolean): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(a[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

interface Ctx extends SpeakerContext {
  mentionIndexCache: MentionIndex | undefined;
  /** A sentence's line, its token range [from, to) in that line, and those tokens. */
  where(s: number): { line: Line; from: number; to: number; tokens: Token[] };
  whereCache: Map<number, { line: Line; from: number; to: number; tokens: Token[] }>;
  roles: Map<QuoteSpan, QuoteRole>;
  bySentence: Map<number, LocalStatement[]>;
  add(st: LocalStatement): void;
  /** Span starts of the direct statements found, to skip quotes already done. */
  directStarts: Set<number>;
  /** Start offsets of the cues that follow a quote ("«…», explains Raha"): their content is the quote. */
  trailingCues: Set<number>;
}

export function extractStatements(doc: CleanArticle, sentences: Sentence[], actors: ArticleActors): LocalStatement[] {
  const body = doc.body;
  const quotes = findQuotes(body).filter((q) => q.depth === 0);
  const masked = maskQuotes(body, quotes);
  const lines: Line[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) lines.push(new Line(m.index, m.index + m[0].length, masked, quotes));

  const ctx: Ctx = {
    body,
    sentences,
    actors,
    actorByKey: new Map<string, LocalActor>(actors.actors.map((a) => [a.key, a])),
    mentionIndexCache: undefined as MentionIndex | undefined,
    get mentionIndex(): MentionIndex {
      this.mentionIndexCache ??= indexMentions(actors.mentions);
      return this.mentionIndexCache;
    },
    found: [],
    bySentence: new Map(),
    inSentence(k: number) {
      return this.bySentence.get(k) ?? [];
    },
    add(st: LocalStatement) {
      this.found.push(st);
      // A quote of two sentences belongs to both: “… . Is this fair?” he asked. — "he" looks back to it.
      const last = Math.max(st.sentence, sentenceAt(sentences, st.span.end - 1));
      for (let k = st.sentence; k <= last; k++) {
        const list = this.bySentence.get(k);
        if (list) list.push(st);
        else this.bySentence.set(k, [st]);
      }
      if (st.kind === "direct") this.directStarts.add(st.span.start);
    },
    directStarts: new Set(),
    whereCache: new Map(),
    where(k: number) {
      let w = this.whereCache.get(k);
      if (!w) {
        const s = sentences[k];
        const line = s ? (lines[firstIndex(lines, (l) => l.end > s.start)] ?? NO_LINE) : NO_LINE;
        const from = s ? firstIndex(line.tokens, (t) => t.end > s.start) : 0;
        const to = s ? firstIndex(line.tokens, (t) => t.start >= s.end) : 0;
        w = { line, from, to, tokens: line.tokens.slice(from, to) };
        this.whereCache.set(k, w);
      }
      return w;
    },
    tokensOf(k: number) {
      return this.where(k).tokens;
    },
    roles: new Map(),
    trailingCues: new Set(),
    quoted: (pos: number) => masked.charCodeAt(pos) === 1,
  };
  const relevant = lines.filter((l) => l.relevant);

  // First pass: what each quote is (a statement or a scare quote) and its cue; this does not depend on speakers.
  const firstToken = new Map<QuoteSpan, { line: Line; idx: number }>();
  for (const line of relevant) {
    line.tokens.forEach((t, idx) => {
      if (t.kind !== "quote" || !t.quote) return;
      if (t.start === t.quote.open) firstToken.set(t.quote, { line, idx });
      if (t.end === t.quote.end || (t.end >= t.quote.end - 1 && !t.quote.closed)) {
        const first = firstToken.get(t.quote);
        if (!first) return;
        const endSentence = sentenceAt(sentences, t.quote.end - 1);
        let trailing = trailingCue(line.tokens, idx, ctx.where(endSentence).to, body);
        if (!trailing && /[?!]\s*$/.test(body.slice(t.quote.open, t.quote.end - 1))) {
          // “Who pays?” Reyes asked. — the splitter ends the sentence after ?” ; the cue is in the next one.
          const next = ctx.where(endSentence + 1);
          if (next.line === line && next.from === idx + 1) trailing = trailingCue(line.tokens, idx, next.to, body);
        }
        const openSentence = sentenceAt(sentences, t.quote.open);
        const sentStart = ctx.where(openSentence).line === first.line ? ctx.where(openSentence).from : 0;
        const role = quoteRole(first.line.tokens, first.idx, sentStart, body, trailing);
        ctx.roles.set(t.quote, role);
        if (role.statement && role.via === "trailing") ctx.trailingCues.add(role.trailing.cue.start);
      }
    });
  }

  // Second pass, in text order: statements and their speakers (pronouns and continuations look back).
  for (const line of relevant) {
    line.tokens.forEach((t, idx) => {
      if (t.kind === "quote" && t.quote && t.end === t.quote.end) direct(ctx, t.quote);
      else if (t.kind === "word") {
        const cue = cueAt(line.tokens, idx, body);
        if (cue && cue.index === idx) reported(ctx, line, idx, cue);
      }
    });
  }
  // Quotes never closed end with their paragraph: their token ends at the line end, not at q.end.
  for (const q of quotes) if (!q.closed && ctx.roles.has(q) && !ctx.directStarts.has(quoteSpan(body, q).start)) direct(ctx, q);

  const seen = new Set<string>();
  return ctx.found
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
    .filter((s) => {
      const id = `${s.kind}:${s.span.start}:${s.span.end}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
}

function mentionKeys(ctx: Ctx, start: number, end: number): string[] {
  return [...new Set(ctx.mentionIndex.overlapping(start, end).map((m) => m.actorKey))];
}

function addresseeOf(ctx: Ctx, p: Phrase | null): { addressee: string | null; addresseeKey: string | null } {
  if (!p) return { addressee: null, addresseeKey: null };
  return { addressee: p.text, addresseeKey: resolveCached(ctx, p.text)?.key ?? null };
}

function direct(ctx: Ctx, q: QuoteSpan): void {
  const role = ctx.roles.get(q);
  if (!role?.statement) return;
  const body = ctx.body;
  const span = quoteSpan(body, q);
  const text = quoteText(body, q);
  if (!text) return;
  const s = sentenceAt(ctx.sentences, span.start);
  let speaker: Speaker = { key: null, text: null };
  let cue: string | null = null;
  let addressee: Phrase | null = null;
  if (role.via === "trailing") {
    const tr = role.trailing;
    cue = tr.cue.text;
    // “First sentence. Second one?” he asked.: a pronoun looks back from where the quote opens, not from a
    // sentence inside it.
    const openS = sentenceAt(ctx.sentences, q.open);
    if (tr.speaker) speaker = resolveSpeaker(ctx, tr.speaker, openS);
    addressee = tr.addressee;
  } else if (role.via === "leading") {
    const c = role.cue;
    cue = c.text;
    const openS = sentenceAt(ctx.sentences, q.open);
    const tokens = ctx.where(openS).line.tokens;
    speaker = speakerOfCue(ctx, openS, tokens, c.index, c, q.open);
    if (c.lemma?.addressee) addressee = phraseAfter(tokens, c.last + 1, body);
    else addressee = letterTo(tokens, c.last + 1, tokens.length, body);
  } else if (colonCue(ctx, q)) {
    // "He added:" closing the sentence or paragraph before the quote.
    const { cue: c, s: prevS } = colonCue(ctx, q)!;
    cue = c.text;
    const w = ctx.where(prevS);
    speaker = speakerOfCue(ctx, prevS, w.line.tokens, c.index, c, q.open);
    if (c.lemma?.addressee) addressee = phraseAfter(w.line.tokens, c.last + 1, body);
  } else if (documentCopula(ctx, q, s)) {
    speaker = documentCopula(ctx, q, s)!;
  } else {
    // No verb of saying: the speaker of the statements just before, in this or the previous sentence, when
    // they all have one and the same speaker.
    const before =
      role.via === "none" && role.opensSentence
        ? [...ctx.inSentence(s - 1), ...ctx.inSentence(s)].filter((st) => st.span.start < q.open)
        : [];
    const keys = new Set(before.map((st) => st.speakerKey));
    const only = before[before.length - 1];
    // No words name the speaker here: speakerText stays null.
    if (only && keys.size === 1 && only.speakerKey) speaker = { key: only.speakerKey, text: null };
  }
  ctx.add({
    speakerKey: speaker.key,
    speakerText: speaker.text,
    kind: "direct",
    text,
    cue,
    ...addresseeOf(ctx, addressee),
    mentionKeys: mentionKeys(ctx, span.start, span.end),
    sentence: s,
    span,
  });
}

/** A verb of saying in the sentence just before the quote when that sentence ends with a colon. */
function colonCue(ctx: Ctx, q: QuoteSpan): { cue: CueUse; s: number } | null {
  const s = sentenceAt(ctx.sentences, q.open);
  const sent = ctx.sentences[s];
  const prev = ctx.sentences[s - 1];
  if (!sent || !prev || sent.start !== q.open || !prev.text.endsWith(":")) return null;
  const w = ctx.where(s - 1);
  const c = leadingCue(w.line.tokens, w.to, w.from, ctx.body);
  return c ? { cue: c, s: s - 1 } : null;
}

/** Words of the content that are inside quotes which are statements of their own. */
function quotedShare(ctx: Ctx, tokens: Token[], from: number, to: number): number {
  let quoted = 0;
  let total = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === "quote" && t.quote) {
      const n = quoteWordCount(ctx.body, t.quote);
      total += n;
      if (ctx.roles.get(t.quote)?.statement) quoted += n;
    } else if (t.kind === "word") total++;
  }
  return total ? quoted / total : 0;
}

function reported(ctx: Ctx, line: Line, idx: number, cue: CueUse): void {
  const body = ctx.body;
  const s = sentenceAt(ctx.sentences, line.tokens[idx]!.start);
  const w = ctx.where(s);
  const tokens = w.tokens;
  const at = idx - w.from;
  if (at < 0 || at >= tokens.length) return;
  // Right after a quote ("«…», explains Raha"): the quote is the statement.
  const p1 = tokens[at - 1];
  const p2 = tokens[at - 2];
  // Unless a that-clause follows: "Dubbing him “a manager,” Okafor told reporters that it was absurd …".
  if (
    (p1?.kind === "quote" || (p1?.text === "," && p2?.kind === "quote") || ctx.trailingCues.has(cue.start)) &&
    !thatFollows(tokens, at) &&
    // "Members of the guard sealed off the palace and “refused to release him,” the source said": the quote
    // ends a clause opened in the writer's words; that clause is reported speech too.
    !(ctx.trailingCues.has(cue.start) && opensInOwnWords(tokens, 0))
  )
    return;
  // "condemned the killings, accusing …", "accused X of … and cited …": the object's content already runs
  // over this participle or coordinated verb (./statements/reported.ts); it is one statement.
  if (
    (cue.participle || cue.coordinated) &&
    ctx.inSentence(s).some((st) => st.kind === "indirect" && st.span.start < cue.start && st.span.end >= cue.end)
  )
    return;
  // A noun of saying ("the announcement that …") after a verb of saying in its sentence is that verb's content.
  if (
    cue.nominal &&
    tokens.slice(0, at).some((t, k) => t.kind === "word" && cueAt(tokens, k, body)?.lemma && !cueAt(tokens, k, body)?.nominal)
  )
    return;
  const local: CueUse = { ...cue, index: at, last: cue.last - idx + at };
  let from: number;
  let to: number;
  let addressee: Phrase | null = null;
  if (cue.according) {
    const who = phraseAfter(tokens, local.last + 1, body);
    if (!who) return;
    const afterWho = tokens.findIndex((t, k) => k > local.last && t.start >= who.end);
    if (at === 0 || (at > 0 && tokens.slice(0, at).every((t) => t.kind !== "word"))) {
      if (tokens[afterWho]?.text !== ",") return;
      from = afterWho + 1;
      to = clauseEnd(tokens, from, body);
    } else if (tokens[at - 1]?.text === ",") {
      from = 0;
      to = at - 1;
    } else return;
  } else {
    const content = reportedContent(tokens, local, body);
    if (content) {
      from = content.from;
      to = content.to;
      addressee = content.addressee ?? (cue.lemma?.lemma === "write" ? letterTo(tokens, local.last + 1, tokens.length, body) : null);
    } else {
      const before = trailingReport(tokens, local, body);
      if (!before) return;
      from = before.from;
      to = before.comma;
      if (before.inverted) {
        const sp = resolveSpeaker(ctx, before.inverted, s);
        return pushIndirect(ctx, tokens, from, to, s, sp, cue, addressee);
      }
      if (before.coordinated) return pushIndirect(ctx, tokens, from, to, s, { key: null, text: before.coordinated }, cue, addressee);
    }
  }
  return pushIndirect(ctx, tokens, from, to, s, null, cue, addressee, at, local);
}

function pushIndirect(
  ctx: Ctx,
  tokens: Token[],
  from: number,
  to: number,
  s: number,
  known: Speaker | null,
  cue: CueUse,
  addressee: Phrase | null,
  at = 0,
  local: CueUse = cue,
): void {
  const body = ctx.body;
  if (to <= from) return;
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  const raw = withoutDateline(body.slice(start, end));
  const text = trimEdges(raw);
  if (!text || countWords(text) < 1) return;
  // The content is a quote: the direct statement says it. A clause that opens in the writer's words and ends
  // in a quote ("writing there was “never a …”") is reported speech with a partial quote, listed as both.
  if (quotedShare(ctx, tokens, from, to) >= 0.7 && !opensInOwnWords(tokens, from)) return;
  const offset = body.slice(start, end).indexOf(text);
  const span = { start: start + offset, end: start + offset + text.length };
  const speaker = known ?? speakerOfCue(ctx, s, tokens, at, local, span.start);
  ctx.add({
    speakerKey: speaker.key,
    speakerText: speaker.text,
    kind: "indirect",
    text,
    cue: cue.text,
    ...addresseeOf(ctx, addressee),
    mentionKeys: mentionKeys(ctx, span.start, span.end),
    sentence: sentenceAt(ctx.sentences, span.start),
    span,
  });
}

/** Whether the content from token `from` opens with two words of the writer's own before any quote. */
function opensInOwnWords(tokens: Token[], from: number): boolean {
  return tokens[from]?.kind === "word" && tokens[from + 1]?.kind === "word";
}

/** A "that" within the few words after the verb at `at`, before any punctuation: it opens a content clause. */
function thatFollows(tokens: Token[], at: number): boolean {
  for (let k = at + 1; k < Math.min(tokens.length, at + 9); k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    if (t.lower === "that") return true;
  }
  return false;
}

function documentCopula(ctx: Ctx, q: QuoteSpan, s: number): Speaker | null {
  const tokens = ctx.tokensOf(s);
  const idx = tokens.findIndex((t) => t.kind === "quote" && t.quote === q);
  return idx > 1 ? documentCopulaSpeaker(ctx, s, tokens, idx) : null;
}
