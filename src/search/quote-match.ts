// "Did they really say that?": finds where asked words were said. The asked text and each statement are
// compared word by word, case, accents, punctuation and typographic quote marks aside; an ellipsis ("…" or
// "...") in the asked text stands for words left out, as a reporter means it. An exact match is every asked
// word in order with nothing between them except at an ellipsis; otherwise the closest stretch of a statement
// is aligned to the asked words and the differences are listed (same / added / missing / changed). Pure: it
// leaves resolving speakers and rendering to the command.
import type { Statement } from "../model/schema.js";

export type DiffOp = "same" | "added" | "missing" | "changed";
/** One run of words. `added`: in the asked text, not in the source; `missing`: in the source, left out of the
 * asked text; `changed`: the asked `text` where the source says `was`. */
export interface Difference {
  op: DiffOp;
  text: string;
  was?: string;
}

export interface QuoteMatch {
  statement: Statement;
  exact: boolean;
  /** 0–1: twice the words in common over the words of both sides. */
  similarity: number;
  differences: Difference[];
}

export interface QuoteOptions {
  /** At most this many matches (default 5). */
  limit?: number;
  /** Matches below this similarity are not close enough (default 0.5). */
  minSimilarity?: number;
}

interface Word {
  /** As written. */
  text: string;
  /** Folded for comparison. */
  key: string;
}

const ELLIPSIS = /…|\.{3,}|\[\s*(?:…|\.{3})\s*\]/g;
const WORD = /[\p{L}\p{N}]+(?:['’‘][\p{L}\p{N}]+)*/gu;

export function fold(w: string): string {
  return w
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'");
}

export function words(text: string): Word[] {
  return [...text.normalize("NFKC").matchAll(WORD)].map((m) => ({ text: m[0], key: fold(m[0]) }));
}

/** The asked words, and before which of them an ellipsis left words out. */
export function parseQuery(text: string): { words: Word[]; gapBefore: Set<number> } {
  const out: Word[] = [];
  const gapBefore = new Set<number>();
  text.split(ELLIPSIS).forEach((part, i) => {
    if (i > 0 && out.length > 0) gapBefore.add(out.length);
    out.push(...words(part));
  });
  return { words: out, gapBefore };
}

const statementWords = new WeakMap<Statement, Word[]>();
function wordsOf(s: Statement): Word[] {
  let w = statementWords.get(s);
  if (!w) statementWords.set(s, (w = words(s.text)));
  return w;
}

type Step = "same" | "changed" | "added" | "missing" | "skip";

/** Aligns the asked words to the best stretch of `src` (free start and end), scoring +2 a word in common, −1
 * a changed, added or missing word, and 0 source words skipped at an ellipsis: the alignment that keeps the
 * most words in common wins over one that merely has fewer edits. */
function align(
  q: Word[],
  gapBefore: Set<number>,
  src: Word[],
): { exact: boolean; steps: { step: Step; q?: Word; s?: Word }[]; same: number; used: number } {
  const m = q.length;
  const n = src.length;
  const W = n + 1;
  const D = new Float64Array((m + 1) * W);
  const B = new Uint8Array((m + 1) * W); // 1 diag, 2 up (asked word added), 3 left (source word missing/skipped)
  for (let i = 1; i <= m; i++) {
    D[i * W] = -i;
    B[i * W] = 2;
  }
  for (let i = 1; i <= m; i++) {
    const gap = gapBefore.has(i) && i < m ? 0 : -1;
    for (let j = 1; j <= n; j++) {
      const diag = D[(i - 1) * W + j - 1]! + ((q[i - 1] as Word).key === (src[j - 1] as Word).key ? 2 : -1);
      const up = D[(i - 1) * W + j]! - 1;
      const left = D[i * W + j - 1]! + gap;
      let best = diag;
      let b = 1;
      if (up > best) {
        best = up;
        b = 2;
      }
      if (left > best) {
        best = left;
        b = 3;
      }
      D[i * W + j] = best;
      B[i * W + j] = b;
    }
  }
  let endJ = 0;
  for (let j = 1; j <= n; j++) if (D[m * W + j]! > D[m * W + endJ]!) endJ = j;
  const steps: { step: Step; q?: Word; s?: Word }[] = [];
  let i = m;
  let j = endJ;
  let same = 0;
  let used = 0;
  while (i > 0) {
    const b = j === 0 ? 2 : B[i * W + j];
    if (b === 1) {
      const qa = q[i - 1] as Word;
      const sa = src[j - 1] as Word;
      const eq = qa.key === sa.key;
      if (eq) same++;
      used++;
      steps.push({ step: eq ? "same" : "changed", q: qa, s: sa });
      i--;
      j--;
    } else if (b === 2) {
      steps.push({ step: "added", q: q[i - 1] });
      i--;
    } else {
      const skip = gapBefore.has(i) && i < m;
      if (!skip) used++;
      steps.push({ step: skip ? "skip" : "missing", s: src[j - 1] });
      j--;
    }
  }
  steps.reverse();
  return { exact: steps.every((x) => x.step === "same" || x.step === "skip"), steps, same, used };
}

/** Runs of steps as differences: consecutive words of one kind together. */
function differences(steps: { step: Step; q?: Word; s?: Word }[]): Difference[] {
  const out: Difference[] = [];
  for (const st of steps) {
    if (st.step === "skip") {
      out.push({ op: "same", text: "…" });
      continue;
    }
    const text = (st.step === "missing" ? st.s?.text : st.q?.text) ?? "";
    const last = out[out.length - 1];
    if (last && last.op === st.step && !(last.op === "same" && last.text === "…")) {
      last.text += ` ${text}`;
      if (st.step === "changed") last.was = `${last.was} ${st.s?.text ?? ""}`;
    } else out.push(st.step === "changed" ? { op: "changed", text, was: st.s?.text ?? "" } : { op: st.step, text });
  }
  // an ellipsis joins the runs of same words on either side
  const merged: Difference[] = [];
  for (const d of out) {
    const last = merged[merged.length - 1];
    if (last && last.op === "same" && d.op === "same") last.text = `${last.text} ${d.text}`;
    else merged.push(d);
  }
  return merged;
}

/** The statements where the asked words were said, best first: exact matches, then the closest. */
export function matchQuote(query: string, statements: readonly Statement[], opts: QuoteOptions = {}): QuoteMatch[] {
  const { words: q, gapBefore } = parseQuery(query);
  if (q.length === 0) return [];
  const limit = opts.limit ?? 5;
  const min = opts.minSimilarity ?? 0.5;
  const asked = new Set(q.map((w) => w.key));
  // only statements sharing enough of the asked words are aligned
  const need = Math.max(1, Math.ceil(asked.size * 0.4));
  const found: QuoteMatch[] = [];
  for (const s of statements) {
    const src = wordsOf(s);
    let common = 0;
    const seen = new Set<string>();
    for (const w of src) {
      if (!asked.has(w.key) || seen.has(w.key)) continue;
      seen.add(w.key);
      common++;
    }
    if (common < need) continue;
    const a = align(q, gapBefore, src);
    const similarity = (2 * a.same) / (q.length + a.used);
    const exact = a.exact;
    if (!exact && (similarity < min || a.same < Math.min(2, q.length))) continue;
    found.push({ statement: s, exact, similarity: Math.round(similarity * 1000) / 1000, differences: differences(a.steps) });
  }
  found.sort((x, y) => Number(y.exact) - Number(x.exact) || y.similarity - x.similarity);
  return found.slice(0, limit);
}
