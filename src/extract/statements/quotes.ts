// Finding quoted spans in an article body: «», “”, „“, "" (straight, paired), ‘’ and '' (told apart from
// apostrophes), nested quotes (kept inside their outer quote), and quotes running over paragraphs (an opening
// mark left open at the end of a paragraph, continued by a paragraph that opens with a quote mark).

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the end of the paragraph for a quote never closed). */
  end: number;
  /** The quoted words: offsets of each piece (one per paragraph the quote runs over), marks excluded. */
  pieces: { start: number; end: number }[];
  /** 0 for a quote not inside another one. */
  depth: number;
  /** The closing mark was found (false: a long quote closed by the end of its paragraph). */
  closed: boolean;
}

import { cueForm } from "./cues.js";

type Family = "guillemet" | "curly" | "straight" | "single" | "straight-single";

interface Open {
  family: Family;
  pos: number;
  contentStart: number;
  pieces: { start: number; end: number }[];
}

const MARKS = /[«»„“”"‘’']/g;
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:«“„‘"']/u;
const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** All quoted spans of the body, sorted by opening offset; nested ones have depth > 0. */
export function findQuotes(body: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const lines: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) lines.push({ start: m.index, end: m.index + m[0].length });

  // Double-mark quotes left open at the end of a paragraph, waiting for a continuation mark.
  let carried: Open[] = [];
  for (const line of lines) {
    const stack: Open[] = [];
    let i = line.start;
    while (i < line.end && /\s/.test(body[i]!)) i++;
    if (carried.length) {
      const c = body[i];
      const family = c === "«" ? "guillemet" : c === "“" || c === "„" ? "curly" : c === '"' ? "straight" : undefined;
      const outer = carried[0]!;
      if (family && family === outer.family) {
        // The quote goes on in this paragraph: keep it open, its text resumes after the mark.
        outer.contentStart = i + 1;
        stack.push(outer);
        i++;
      } else {
        closeAtParagraphEnd(body, carried[0]!, out);
      }
      carried = [];
    }
    MARKS.lastIndex = i;
    for (let mark = MARKS.exec(body); mark && mark.index < line.end; mark = MARKS.exec(body)) {
      i = mark.index;
      const c = body[i]!;
      const prev = i > line.start ? body[i - 1] : undefined;
      const next = i + 1 < line.end ? body[i + 1] : undefined;
      const top = stack[stack.length - 1];
      const opensHere = prev === undefined || OPEN_CONTEXT.test(prev);
      switch (c) {
        case "«":
          push(stack, "guillemet", i);
          break;
        case "»":
          close(stack, "guillemet", i, out);
          break;
        case "„":
          push(stack, "curly", i);
          break;
        case "“":
          // „…“ closes with “; otherwise “ opens.
          if (top?.family === "curly" && body[top.pos] === "„" && !isSpace(prev)) close(stack, "curly", i, out);
          else push(stack, "curly", i);
          break;
        case "”":
          if (stack.some((o) => o.family === "curly")) close(stack, "curly", i, out);
          // "…” : a quote opened with a straight mark and closed with a curly one.
          else if (!isSpace(prev) && !isLetter(next) && stack.some((o) => o.family === "straight")) close(stack, "straight", i, out);
          else if (isSpace(prev) && isLetter(next)) push(stack, "curly", i); // ” used as an opening mark
          break;
        case '"':
          if (top?.family === "straight" && !isSpace(prev)) close(stack, "straight", i, out);
          else if (stack.some((o) => o.family === "straight") && !isSpace(prev)) close(stack, "straight", i, out);
          // “…" : a quote opened with a curly mark and closed with a straight one (a mark after a word, not
          // before one, cannot open a quote of its own).
          else if (top?.family === "curly" && !isSpace(prev) && !isLetter(next)) close(stack, "curly", i, out);
          else if (opensHere && !isSpace(next)) push(stack, "straight", i);
          break;
        case "‘":
          if (!/\d/.test(next ?? "")) push(stack, "single", i);
          break;
        case "’":
          // An apostrophe inside a word ("Wagner’s") never closes; a mark after a word does when one is open.
          if (!isLetter(next) && !isSpace(prev) && stack.some((o) => o.family === "single") && !possessive(body, i, line.end))
            close(stack, "single", i, out);
          break;
        case "'":
          if (!isLetter(next) && !isSpace(prev) && stack.some((o) => o.family === "straight-single") && !possessive(body, i, line.end))
            close(stack, "straight-single", i, out);
          else if (opensHere && isLetter(next)) push(stack, "straight-single", i);
          break;
      }
    }
    // What is still open at the end of the paragraph.
    const open = stack.filter((o) => o.family !== "single" && o.family !== "straight-single");
    const outer = open[0];
    if (outer) {
      outer.pieces.push({ start: outer.contentStart, end: line.end });
      carried = [outer];
    }
  }
  if (carried[0]) closeAtParagraphEnd(body, carried[0], out);
  // Depth by a sweep: the quotes still open when one opens are the ones around it.
  const sorted = out.sort((a, b) => a.open - b.open || b.end - a.end);
  const around: QuoteSpan[] = [];
  return sorted.map((q) => {
    while (around.length && around[around.length - 1]!.end <= q.open) around.pop();
    const depth = around.filter((o) => o.end >= q.end).length;
    around.push(q);
    return { ...q, depth };
  });
}

/** A single closing mark that is more likely a plural possessive ("the workers’ rights"): a lower-case word
 * follows it and another mark further on in the paragraph can close the quote. */
function possessive(body: string, i: number, lineEnd: number): boolean {
  const mark = body[i]!;
  if (!/[sz]/i.test(body[i - 1] ?? "") || !/^ \p{Ll}/u.test(body.slice(i + 1, i + 3))) return false;
  const nextWord = /^ (\p{L}+)/u.exec(body.slice(i + 1, i + 30))?.[1] ?? "";
  if (cueForm(nextWord)) return false; // "…members’ said she" is a closing mark before a verb of saying
  for (let j = i + 2; j < lineEnd; j++) {
    if (body[j] === mark && !isSpace(body[j - 1]) && !isLetter(body[j + 1])) return true;
  }
  return false;
}

function push(stack: Open[], family: Family, pos: number): void {
  stack.push({ family, pos, contentStart: pos + 1, pieces: [] });
}

function close(stack: Open[], family: Family, pos: number, out: QuoteSpan[]): void {
  for (let k = stack.length - 1; k >= 0; k--) {
    const o = stack[k]!;
    if (o.family !== family) continue;
    stack.length = k; // marks opened inside and never closed were apostrophes or stray marks
    const pieces = [...o.pieces, { start: o.contentStart, end: pos }];
    out.push({ open: o.pos, end: pos + 1, pieces, depth: 0, closed: true });
    return;
  }
}

/** A quote whose paragraph ended without a closing mark or a continuation: kept when it is long enough to be
 * speech (a lost closing mark), dropped when it is a stray mark. */
function closeAtParagraphEnd(body: string, o: Open, out: QuoteSpan[]): void {
  if (o.family === "straight" || !o.pieces.length) return;
  const text = o.pieces.map((p) => body.slice(p.start, p.end)).join(" ");
  if (wordCount(text) < 4) return;
  const last = o.pieces[o.pieces.length - 1]!;
  out.push({ open: o.pos, end: last.end, pieces: o.pieces, depth: 0, closed: false });
}

/** The words of a quote, marks and continuation marks removed, edge punctuation trimmed. */
export function quoteText(body: string, q: QuoteSpan): string {
  return trimEdges(q.pieces.map((p) => body.slice(p.start, p.end).trim()).join(" "));
}

/** Offsets of the quote's words in the body once edge punctuation is trimmed. */
export function quoteSpan(body: string, q: QuoteSpan): { start: number; end: number } {
  let start = q.pieces[0]!.start;
  let end = q.pieces[q.pieces.length - 1]!.end;
  while (start < end && EDGE.test(body[start]!)) start++;
  while (end > start && EDGE.test(body[end - 1]!)) end--;
  return { start, end };
}

const EDGE = /[\s,.;:…\u2014\u2013-]/u;

export function trimEdges(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && EDGE.test(s[a]!)) a++;
  while (b > a && EDGE.test(s[b - 1]!)) b--;
  return s.slice(a, b);
}

const wordCounts = new WeakMap<QuoteSpan, number>();

export function quoteWordCount(body: string, q: QuoteSpan): number {
  let n = wordCounts.get(q);
  if (n === undefined) {
    n = wordCount(quoteText(body, q));
    wordCounts.set(q, n);
  }
  return n;
}
