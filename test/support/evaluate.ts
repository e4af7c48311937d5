// Our own evaluation of a summary against hand annotations (`*.gold.json`, the format of ../shared/gold):
// direct quotes (recall, precision, right speaker), indirect statements (recall), actors (recall, precision,
// split), dated events (recall). Used by test/extract/gold.test.ts as a regression floor, and by hand:
//   npx tsx test/support/evaluate.ts GOLD_DIR [CORPUS_DIR]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Summary } from "../../src/model/schema.js";

interface GoldActor {
  name: string;
  aliases: string[];
}
interface GoldStatement {
  speaker: string;
  kind: "direct" | "indirect";
  text: string;
}
interface GoldEvent {
  date: string | null;
  date_if_page_date?: string;
  summary: string;
}
export interface Gold {
  article: string;
  actors: GoldActor[];
  statements: GoldStatement[];
  events: GoldEvent[];
}

export interface Scores {
  directRecall: number;
  directPrecision: number;
  directAttribution: number;
  wrongSpeakers: number;
  indirectRecall: number;
  actorRecall: number;
  actorPrecision: number;
  actorsSplit: number;
  eventRecall: number;
  misses: string[];
}

export function readGold(dir: string): Gold[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".gold.json"))
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Gold);
}

const fold = (s: string | null | undefined): string =>
  String(s ?? "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

function tokens(s: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of fold(s).split(" ").filter(Boolean)) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

/** Share of gold words the prediction covers, and share of predicted words that are gold's. */
function coverage(gold: string, predicted: string): { recall: number; precision: number } {
  const g = tokens(gold);
  const p = tokens(predicted);
  let shared = 0;
  for (const [w, n] of g) shared += Math.min(n, p.get(w) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return { recall: total(g) ? shared / total(g) : 0, precision: total(p) ? shared / total(p) : 0 };
}

const PRONOUN = /^(he|she|it|they|him|her|them|his|its|their|we|our|i|you)$/;

export function evaluate(summary: Summary, golds: Gold[]): Scores {
  const misses: string[] = [];
  const actorNames = (names: (string | null | undefined)[]) => new Set(names.map(fold).filter((n) => n && !PRONOUN.test(n)));
  const byId = new Map(summary.actors.map((a) => [a.id, actorNames([a.name, ...a.aliases])]));
  let dGold = 0,
    dFound = 0,
    dRight = 0,
    dWrong = 0,
    dPred = 0,
    dReal = 0,
    iGold = 0,
    iFound = 0,
    eGold = 0,
    eFound = 0;
  for (const gold of golds) {
    const goldNames = (name: string) => {
      const a = gold.actors.find((x) => x.name === name);
      return actorNames([name, ...(a?.aliases ?? [])]);
    };
    const stmts = summary.statements.filter((s) => s.article === gold.article);
    for (const g of gold.statements) {
      const need = g.kind === "direct" ? { r: 0.8, p: 0.4 } : { r: 0.6, p: 0.25 };
      const match = stmts
        .map((s) => ({ s, c: coverage(g.text, s.text) }))
        .filter(({ c }) => c.recall >= need.r && c.precision >= need.p)
        .sort((a, b) => b.c.recall + b.c.precision - (a.c.recall + a.c.precision))[0];
      if (g.kind === "direct") dGold++;
      else iGold++;
      if (!match) {
        misses.push(`${gold.article}: ${g.kind} not found: ${g.text.slice(0, 60)}`);
        continue;
      }
      if (g.kind === "indirect") {
        iFound++;
        continue;
      }
      dFound++;
      const names = match.s.speaker ? byId.get(match.s.speaker) : undefined;
      const want = goldNames(g.speaker);
      if (names && [...names].some((n) => want.has(n))) dRight++;
      else if (names) {
        dWrong++;
        misses.push(`${gold.article}: wrong speaker for "${g.text.slice(0, 40)}": ${match.s.speaker}, gold ${g.speaker}`);
      } else misses.push(`${gold.article}: no speaker for "${g.text.slice(0, 40)}", gold ${g.speaker}`);
    }
    for (const s of stmts.filter((x) => x.kind === "direct")) {
      dPred++;
      const real = gold.statements.some((g) => {
        const c = coverage(g.text, s.text);
        return c.precision >= 0.5 || c.recall >= 0.8;
      });
      if (real) dReal++;
      else misses.push(`${gold.article}: direct quote not in gold: ${s.text.slice(0, 60)}`);
    }
    const events = summary.events.filter((e) => e.article === gold.article);
    for (const g of gold.events.filter((e) => e.date)) {
      eGold++;
      const dateOk = (v: string | null, asWritten: string | null) => {
        const d = g.date!;
        if (d.startsWith("relative:"))
          return v === g.date_if_page_date || (v === null && fold(asWritten).includes(d.slice(9).toLowerCase()));
        if (d.startsWith("--")) return typeof v === "string" && v.endsWith(d.slice(1));
        return v === d || (typeof v === "string" && v.startsWith(`${d}-`));
      };
      if (events.some((e) => dateOk(e.date.value, e.date.asWritten) && coverage(g.summary, e.summary).recall >= 0.25)) eFound++;
      else misses.push(`${gold.article}: event not found: ${g.date} ${g.summary.slice(0, 50)}`);
    }
  }
  const goldActors = new Map<string, Set<string>>();
  for (const gold of golds)
    for (const a of gold.actors) {
      const set = goldActors.get(a.name) ?? new Set<string>();
      for (const n of actorNames([a.name, ...a.aliases])) set.add(n);
      goldActors.set(a.name, set);
    }
  let aFound = 0,
    split = 0,
    aReal = 0;
  const predicted = summary.actors.map((a) => actorNames([a.name, ...a.aliases]));
  for (const [name, names] of goldActors) {
    const hits = predicted.filter((p) => [...p].some((n) => names.has(n))).length;
    if (hits) aFound++;
    else misses.push(`actor not found: ${name}`);
    if (hits > 1) split++;
  }
  for (const [i, p] of predicted.entries()) {
    if ([...goldActors.values()].some((g) => [...p].some((n) => g.has(n)))) aReal++;
    else misses.push(`actor not in gold: ${summary.actors[i]!.name}`);
  }
  const ratio = (a: number, b: number) => (b ? a / b : 0);
  return {
    directRecall: ratio(dFound, dGold),
    directPrecision: ratio(dReal, dPred),
    directAttribution: ratio(dRight, dFound),
    wrongSpeakers: dWrong,
    indirectRecall: ratio(iFound, iGold),
    actorRecall: ratio(aFound, goldActors.size),
    actorPrecision: ratio(aReal, summary.actors.length),
    actorsSplit: split,
    eventRecall: ratio(eFound, eGold),
    misses,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [goldDir, corpus] = process.argv.slice(2);
  if (!goldDir) throw new Error("usage: evaluate.ts GOLD_DIR [CORPUS_DIR]");
  const { openStore } = await import("../../src/store/store.js");
  const store = await openStore({ corpus: corpus ?? "seeds", watch: false });
  const scores = evaluate(store.snapshot.summary, readGold(goldDir));
  await store.close();
  console.log(JSON.stringify(scores, null, 2));
}
