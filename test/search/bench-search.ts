// Micro-benchmark of the search index (not a test): `npx tsx test/search/bench-search.ts [ACTORS]`.
// Builds a synthetic summary (default 30,000 actors with ~100,000 names and aliases, 100,000 statements,
// 50,000 events over 10,000 articles), then times the index build and p50/p99 of typo queries.
import { buildSearchIndex } from "../../src/search/index.js";
import { runCommand } from "../../commands/index.js";
import type { Actor, Event, Statement, Summary } from "../../src/summary/schema.js";

let seed = 42;
/** mulberry32: deterministic, well mixed. */
const rnd = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
const syll = ["ra", "ha", "ma", "li", "wa", "gner", "zou", "ani", "bel", "kas", "dor", "ve", "tan", "mu", "sa", "rid", "el", "on", "ka", "pu", "tin", "ber", "go", "lo"];
const word = () => { const w = Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => pick(syll)).join(""); return w[0]!.toUpperCase() + w.slice(1); };
const orgWords = ["Movement", "Assembly", "Union", "Front", "Council", "Ministry", "Party", "Army", "Group", "Alliance", "Agency", "Bank"];

const nActors = Number(process.argv[2] ?? 30000);
const nArticles = 10000;
const actors: Actor[] = [];
const names = new Set<string>();
for (let i = 0; i < nActors; i++) {
  const person = rnd() < 0.6;
  const name = person ? `${word()} ${word()}` : `${word()} ${pick(orgWords)} ${pick(["of", "for", "and"])} ${word()}`;
  if (names.has(name)) { i--; continue; }
  names.add(name);
  const parts = name.split(" ");
  const aliases = person ? [parts[1]!, `President ${name}`] : [parts.map((p) => p[0]).join("").toUpperCase(), `the ${parts[1]}`];
  if (rnd() < 0.3) aliases.push(`${word()} ${name}`);
  actors.push({ id: `a${i}`, name, kind: person ? "person" : "organization", aliases, roles: rnd() < 0.3 ? [`spokesman of the ${word()} ${pick(orgWords)}`] : [], articles: [`art${i % nArticles}`], mentions: 1 + Math.floor(rnd() * 20) });
}
const statements: Statement[] = [];
for (let i = 0; i < 100000; i++) {
  const a = pick(actors);
  const b = pick(actors);
  statements.push({ id: `s${i}`, speaker: rnd() < 0.9 ? a.id : null, speakerText: a.name, kind: rnd() < 0.5 ? "direct" : "indirect", text: `${b.name} ${pick(["denied", "attacked", "supported", "met"])} the ${word()} ${pick(orgWords)} in ${word()}`, cue: pick(["said", "claims", "told", "denied"]), addressee: null, addresseeId: null, mentions: [b.id], article: `art${i % nArticles}`, sentence: i % 30, span: { start: 0, end: 10 } });
}
const events: Event[] = [];
for (let i = 0; i < 50000; i++) {
  const y = 2000 + Math.floor(rnd() * 24);
  events.push({ id: `e${i}`, date: { value: rnd() < 0.8 ? `${y}-${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}-10` : null, precision: "day", basis: "explicit", asWritten: "x" }, summary: `${pick(actors).name} met ${pick(actors).name}`, actors: [pick(actors).id, pick(actors).id], place: null, article: `art${i % nArticles}`, sentence: i % 30, span: { start: 0, end: 1 } });
}
const summary: Summary = {
  version: 1, corpus: "/bench", warnings: [], actors, statements, events,
  articles: Array.from({ length: nArticles }, (_, i) => ({ id: `art${i}`, title: `T${i}`, source: "S", byline: null, url: null, published: { value: `2023-01-${String(1 + (i % 28)).padStart(2, "0")}`, basis: "metadata" as const }, pageDate: null, file: `art${i}.txt`, hash: String(i), sentenceCount: 30 })),
};
const aliasCount = actors.reduce((n, a) => n + 1 + a.aliases.length, 0);

(globalThis as { __hook?: (s: Summary) => void }).__hook?.(summary);
let t = performance.now();
const index = buildSearchIndex(summary);
const buildMs = performance.now() - t;

function typo(s: string): string {
  const i = Math.floor(rnd() * s.length);
  const r = rnd();
  if (r < 0.33) return s.slice(0, i) + s.slice(i + 1);
  if (r < 0.66) return s.slice(0, i) + pick(["a", "e", "r"]) + s.slice(i);
  return s.slice(0, i) + pick(["a", "e", "r"]) + s.slice(i + 1);
}
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!; };
function time(label: string, n: number, f: (i: number) => boolean | void) {
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < n; i++) { const t0 = performance.now(); if (f(i)) hits++; times.push(performance.now() - t0); }
  console.log(`${label.padEnd(14)} p50 ${pct(times, 50).toFixed(3)} ms  p99 ${pct(times, 99).toFixed(3)} ms${hits ? `  right first: ${((100 * hits) / n).toFixed(1)}%` : ""}`);
}
console.log(`${actors.length} actors, ${aliasCount} names+aliases, ${statements.length} statements, ${events.length} events`);
console.log(`index build     ${buildMs.toFixed(0)} ms`);
time("who (typo)", 5000, () => { const a = pick(actors); const parts = a.name.split(" "); const q = parts.map((p, j) => (j === parts.length - 1 ? typo(p) : p)).join(" "); return index.actors(q)[0]?.item.id === a.id; });
time("autocomplete", 5000, () => { const a = pick(actors); const q = a.name.slice(0, 1 + Math.floor(rnd() * 8)); index.suggestActors(q, 25); });
time("statements", 2000, () => { index.statements(typo(pick(actors).name), 50); });
time("by/about", 5000, () => { const a = pick(actors); index.statementsBy(a.id).length + index.statementsAbout(a.id).length; index.eventsOf(a.id); });
const ctx = { summary, search: index };
time("/who handler", 2000, () => { runCommand("who", { query: typo(pick(actors).name) }, ctx); });
time("/claims", 2000, () => { runCommand("claims", { query: typo(pick(actors).name) }, ctx); });
time("/claims text", 500, () => { runCommand("claims", { query: `${pick(["denied", "met", "attacked"])} ${pick(orgWords)}` }, ctx); });
time("/timeline", 2000, () => { runCommand("timeline", { query: typo(pick(actors).name) }, ctx); });
time("/timeline all", 200, () => { runCommand("timeline", { query: "" }, ctx); });
time("/briefing all", 50, () => { runCommand("briefing", { query: "" }, ctx); });
time("autocomplete*", 2000, () => { index.suggestActors(pick(actors).name.slice(0, 3), 25, { speakersOnly: true }); });
const mem = process.memoryUsage();
console.log(`heap ${(mem.heapUsed / 1e6).toFixed(0)} MB, rss ${(mem.rss / 1e6).toFixed(0)} MB`);
if (process.env.DEBUG_MISSES) {
  for (let k = 0; k < 8; k++) {
    const a = pick(actors); const parts = a.name.split(" "); const q = parts.map((p, j) => (j === parts.length - 1 ? typo(p) : p)).join(" ");
    const hits = index.actors(q, 3);
    console.log(JSON.stringify(q), "want", a.name, "got", hits.map((h) => `${h.item.name}|${h.item.aliases.join(",")} ${h.score.toFixed(3)}`));
  }
}
