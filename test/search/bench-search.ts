// Micro-benchmark of the search index (not a test): `npx tsx test/search/bench-search.ts [ACTORS]`.
// Builds a synthetic summary (default 30,000 actors with ~100,000 names and aliases, 100,000 statements,
// 50,000 events over 10,000 articles), then times the index build and p50/p99 of typo queries.
import { buildSearchIndex } from "../../src/search/index.js";
import { runCommand } from "../../commands/index.js";
import type { Event, Statement, Summary } from "../../src/model/schema.js";
import { ORG_WORDS as orgWords, pick, rng, syntheticActors, typo as typoR, word as wordR } from "./synthetic.js";

const r = rng(42);
const rnd = r;
const pickR = <T>(xs: readonly T[]): T => pick(r, xs);
const nActors = Number(process.argv[2] ?? 30000);
const nArticles = 10000;
const actors = syntheticActors(r, nActors, nArticles);
const word = () => wordR(r);
const statements: Statement[] = [];
for (let i = 0; i < 100000; i++) {
  const a = pickR(actors);
  const b = pickR(actors);
  statements.push({
    id: `s${i}`,
    speaker: rnd() < 0.9 ? a.id : null,
    speakerText: a.name,
    kind: rnd() < 0.5 ? "direct" : "indirect",
    text: `${b.name} ${pickR(["denied", "attacked", "supported", "met"])} the ${word()} ${pickR(orgWords)} in ${word()}`,
    cue: pickR(["said", "claims", "told", "denied"]),
    addressee: null,
    addresseeId: null,
    mentions: [b.id],
    article: `art${i % nArticles}`,
    sentence: i % 30,
    span: { start: 0, end: 10 },
  });
}
const events: Event[] = [];
for (let i = 0; i < 50000; i++) {
  const y = 2000 + Math.floor(rnd() * 24);
  events.push({
    id: `e${i}`,
    date: {
      value: rnd() < 0.8 ? `${y}-${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}-10` : null,
      precision: "day",
      basis: "explicit",
      asWritten: "x",
    },
    summary: `${pickR(actors).name} met ${pickR(actors).name}`,
    actors: [pickR(actors).id, pickR(actors).id],
    place: null,
    article: `art${i % nArticles}`,
    sentence: i % 30,
    span: { start: 0, end: 1 },
  });
}
const summary: Summary = {
  version: 1,
  corpus: "/bench",
  warnings: [],
  actors,
  statements,
  events,
  articles: Array.from({ length: nArticles }, (_, i) => ({
    id: `art${i}`,
    title: `T${i}`,
    source: "S",
    byline: null,
    url: null,
    published: { value: `2023-01-${String(1 + (i % 28)).padStart(2, "0")}`, basis: "metadata" as const },
    pageDate: null,
    file: `art${i}.txt`,
    hash: String(i),
    sentenceCount: 30,
  })),
};
const aliasCount = actors.reduce((n, a) => n + 1 + a.aliases.length, 0);

(globalThis as { __hook?: (s: Summary) => void }).__hook?.(summary);
const t = performance.now();
const index = buildSearchIndex(summary);
const buildMs = performance.now() - t;

const typo = (s: string) => typoR(r, s);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
/** Wall time, and CPU time of this process (what the query costs, whatever else the machine is doing). */
function time(label: string, n: number, f: (i: number) => boolean | undefined) {
  const wall: number[] = [];
  const cpu: number[] = [];
  let hits = 0;
  for (let i = 0; i < n; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    if (f(i)) hits++;
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  console.log(
    `${label.padEnd(14)} wall p50 ${pct(wall, 50).toFixed(2)} p99 ${pct(wall, 99).toFixed(2)} ms | cpu p50 ${pct(cpu, 50).toFixed(2)} p99 ${pct(cpu, 99).toFixed(2)} ms` +
      (hits ? `  right first: ${((100 * hits) / n).toFixed(1)}%` : ""),
  );
}
console.log(`${actors.length} actors, ${aliasCount} names+aliases, ${statements.length} statements, ${events.length} events`);
console.log(`index build     ${buildMs.toFixed(0)} ms`);
time("who (typo)", 5000, () => {
  const a = pickR(actors);
  const parts = a.name.split(" ");
  const q = parts.map((p, j) => (j === parts.length - 1 ? typo(p) : p)).join(" ");
  return index.actors(q)[0]?.item.id === a.id;
});
time("autocomplete", 5000, () => {
  const a = pickR(actors);
  const q = a.name.slice(0, 1 + Math.floor(rnd() * 8));
  index.suggestActors(q, 25);
});
time("statements", 2000, () => {
  index.statements(typo(pickR(actors).name), 50);
});
time("by/about", 5000, () => {
  const a = pickR(actors);
  index.statementsBy(a.id).length + index.statementsAbout(a.id).length;
  index.eventsOf(a.id);
});
const ctx = { summary, search: index };
time("/who handler", 2000, () => {
  runCommand("who", { query: typo(pickR(actors).name) }, ctx);
});
time("/claims", 2000, () => {
  runCommand("claims", { query: typo(pickR(actors).name) }, ctx);
});
time("/claims text", 500, () => {
  runCommand("claims", { query: `${pickR(["denied", "met", "attacked"])} ${pickR(orgWords)}` }, ctx);
});
time("/timeline", 2000, () => {
  runCommand("timeline", { query: typo(pickR(actors).name) }, ctx);
});
time("/timeline all", 200, () => {
  runCommand("timeline", { query: "" }, ctx);
});
time("/briefing all", 50, () => {
  runCommand("briefing", { query: "" }, ctx);
});
time("autocomplete*", 2000, () => {
  index.suggestActors(pickR(actors).name.slice(0, 3), 25, { speakersOnly: true });
});
const mem = process.memoryUsage();
console.log(`heap ${(mem.heapUsed / 1e6).toFixed(0)} MB, rss ${(mem.rss / 1e6).toFixed(0)} MB`);
if (process.env.DEBUG_MISSES) {
  for (let k = 0; k < 8; k++) {
    const a = pickR(actors);
    const parts = a.name.split(" ");
    const q = parts.map((p, j) => (j === parts.length - 1 ? typo(p) : p)).join(" ");
    const hits = index.actors(q, 3);
    console.log(
      JSON.stringify(q),
      "want",
      a.name,
      "got",
      hits.map((h) => `${h.item.name}|${h.item.aliases.join(",")} ${h.score.toFixed(3)}`),
    );
  }
}
