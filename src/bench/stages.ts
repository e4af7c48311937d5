// Where extraction time goes, stage by stage: one thread reads a sample of the bench corpus and times the corpus
// layer (decode, parse, clean) and each extraction stage (sentences, actors, statements, events) over the same
// articles, in the order the extractor runs them. It reports MB/s per stage; the cold build's throughput with
// all workers is measured apart (run.ts). It leaves what each stage does to src/corpus and src/extract.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { articleFormat, parseArticle } from "../corpus/load.js";
import { sidecarPath } from "../corpus/sidecar.js";
import type { CleanArticle } from "../corpus/types.js";
import { extractActors } from "../extract/actors.js";
import { extractEvents } from "../extract/events.js";
import { splitSentences } from "../extract/sentences.js";
import { extractStatements } from "../extract/statements.js";

export interface StageFigures {
  articles: number;
  MB: number;
  /** Milliseconds per stage over the sample, one thread. */
  ms: { corpus: number; sentences: number; actors: number; statements: number; events: number };
  /** MB of article files per second, per stage and for all of them (one thread). */
  MBps: { corpus: number; sentences: number; actors: number; statements: number; events: number; all: number };
}

/** Times each stage over the first `sample` article files of `files` (relative to `corpus`). */
export async function timeStages(corpus: string, files: readonly string[], sample = 500): Promise<StageFigures> {
  const chosen = files.filter((f) => articleFormat(f) !== null).slice(0, sample);
  const raw: { file: string; path: string; bytes: Buffer; sidecar: Buffer | null }[] = [];
  let bytes = 0;
  for (const file of chosen) {
    const path = join(corpus, file);
    const b = await readFile(path);
    const sidecar = await readFile(sidecarPath(path)).catch(() => null);
    bytes += b.length + (sidecar?.length ?? 0);
    raw.push({ file, path, bytes: b, sidecar });
  }
  const ms = { corpus: 0, sentences: 0, actors: 0, statements: 0, events: 0 };
  const docs: CleanArticle[] = [];
  let t = performance.now();
  for (const r of raw) {
    try {
      docs.push(parseArticle({ file: r.file, path: r.path }, r.bytes, r.sidecar, "bench"));
    } catch {
      /* a file the corpus layer leaves out: it costs only its reading */
    }
  }
  ms.corpus = performance.now() - t;
  t = performance.now();
  const sentences = docs.map((d) => splitSentences(d.body));
  ms.sentences = performance.now() - t;
  t = performance.now();
  const actors = docs.map((d, i) => extractActors(d, sentences[i]!));
  ms.actors = performance.now() - t;
  t = performance.now();
  docs.forEach((d, i) => extractStatements(d, sentences[i]!, actors[i]!));
  ms.statements = performance.now() - t;
  t = performance.now();
  docs.forEach((d, i) => extractEvents(d, sentences[i]!, actors[i]!));
  ms.events = performance.now() - t;
  const MB = bytes / (1024 * 1024);
  const rate = (x: number) => (x > 0 ? Math.round((MB / (x / 1000)) * 100) / 100 : 0);
  const all = ms.corpus + ms.sentences + ms.actors + ms.statements + ms.events;
  const round = (x: number) => Math.round(x);
  return {
    articles: docs.length,
    MB: Math.round(MB * 100) / 100,
    ms: {
      corpus: round(ms.corpus),
      sentences: round(ms.sentences),
      actors: round(ms.actors),
      statements: round(ms.statements),
      events: round(ms.events),
    },
    MBps: {
      corpus: rate(ms.corpus),
      sentences: rate(ms.sentences),
      actors: rate(ms.actors),
      statements: rate(ms.statements),
      events: rate(ms.events),
      all: rate(all),
    },
  };
}
