// A deterministic synthetic news corpus for the benchmark: the same seed always writes the same files. Each
// article is about 3 KB and mixes what real newsroom copy holds: page chrome (weather line, city, date banner,
// breadcrumb, "Follow … on", author box), people with roles, organisations with acronyms in parentheses,
// quotes of every kind («», “”, "", split around their cue, colon-led, over a paragraph break), "according to",
// reported speech, and dates (full, month-day, weekdays, bare years). Formats: .txt (some with a sidecar
// .meta.json), .md with front matter, .html.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  FIRST,
  LAST,
  ORG_HEAD,
  ORG_MID,
  ORG_TAIL,
  MEDIA,
  PLACES,
  COUNTRIES,
  ROLES,
  MONTHS,
  WEEKDAYS,
  TOPICS,
  Q_OPEN,
  Q_CLOSE,
  CLAUSES,
  REPORT_VERBS,
  ACCUSE,
  HEAD_VERBS,
} from "./vocabulary.js";

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

export interface Person {
  name: string;
  surname: string;
  role: string;
}
export interface Org {
  name: string;
  acronym: string;
}

export interface CorpusWorld {
  people: Person[];
  orgs: Org[];
}

/** The cast the corpus draws from: a pool of people and organisations shared across articles, as in a beat. */
export function makeWorld(r: Rng, articles: number): CorpusWorld {
  const people: Person[] = [];
  const seen = new Set<string>();
  const nPeople = Math.min(FIRST.length * LAST.length, Math.max(40, Math.round(articles * 0.4)));
  while (people.length < nPeople) {
    const surname = pick(r, LAST);
    const name = `${pick(r, FIRST)} ${surname}`;
    if (seen.has(name)) continue;
    seen.add(name);
    people.push({ name, surname, role: pick(r, ROLES) });
  }
  const orgs: Org[] = [];
  const nOrgs = Math.min(ORG_HEAD.length * ORG_MID.length * ORG_TAIL.length, Math.max(20, Math.round(articles * 0.05)));
  while (orgs.length < nOrgs) {
    const name = `${pick(r, ORG_HEAD)} ${pick(r, ORG_MID)} ${pick(r, ORG_TAIL)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    orgs.push({
      name,
      acronym: name
        .split(" ")
        .map((w) => w[0])
        .join(""),
    });
  }
  return { people, orgs };
}

interface Dated {
  y: number;
  m: number;
  d: number;
}
const weekday = (t: Dated): string => WEEKDAYS[(new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay() + 6) % 7]!;
const longDate = (t: Dated): string => `${weekday(t)}, ${MONTHS[t.m - 1]} ${t.d}, ${t.y}`;
const iso = (t: Dated): string => `${t.y}-${String(t.m).padStart(2, "0")}-${String(t.d).padStart(2, "0")}`;

function quoteText(r: Rng): string {
  return `${pick(r, Q_OPEN)} ${pick(r, Q_CLOSE)}`;
}

/** One article's story paragraphs. */
function story(r: Rng, w: CorpusWorld, pub: Dated): { title: string; paragraphs: string[] } {
  const cast = Array.from({ length: int(r, 3, 5) }, () => pick(r, w.people));
  const orgs = Array.from({ length: int(r, 2, 3) }, () => pick(r, w.orgs));
  const p0 = cast[0]!;
  const o0 = orgs[0]!;
  const o1 = orgs[1]!;
  const place = pick(r, PLACES);
  const country = pick(r, COUNTRIES);
  const topic = pick(r, TOPICS);
  const media = pick(r, MEDIA);
  const title = `${pick(r, HEAD_VERBS)} ${o0.acronym} Challenges ${country} over ${topic.replace(/^the /, "").replace(/\b\w/g, (c) => c.toUpperCase())}`;
  const paragraphs: string[] = [];
  paragraphs.push(
    `The ${o0.name} (${o0.acronym}) ${pick(r, ["said", "announced"])} on ${weekday(pub)} that ${pick(r, CLAUSES)}, in a new turn in ${topic} in ${place}.`,
  );
  const templates: ((p: Person, q: Person) => string)[] = [
    (p) => `«${quoteText(r)}», ${p.name} told ${media}.`,
    (p) => `“${quoteText(r)},” ${p.role} ${p.name} said.`,
    (p) => `"${quoteText(r)}," said ${p.surname}, adding that ${pick(r, CLAUSES)}.`,
    (p) => `“${quoteText(r)},” ${p.surname} said. “${quoteText(r)}.”`,
    (p) => `“${quoteText(r)},” ${p.surname} said, “and ${pick(r, Q_CLOSE)}.”`,
    (p) => `${p.name}, ${p.role} of the ${o1.name}, said: “${quoteText(r)}.”`,
    () => `According to ${o1.acronym}, ${pick(r, CLAUSES)}.`,
    () => `According to the ${o0.name}, “${quoteText(r)}”.`,
    (p) => `${p.surname} ${pick(r, REPORT_VERBS)} that ${pick(r, CLAUSES)}.`,
    (p, q) =>
      `The ${o0.acronym} ${pick(r, ACCUSE)} ${q.name} over ${topic}, while ${p.surname} ${pick(r, ["denied", "rejected"])} the claims.`,
    (p) =>
      `${p.name} ${pick(r, ["warned", "explained", "confirmed"])} that ${pick(r, CLAUSES)}, and ${pick(r, ["added", "said"])} that ${pick(r, CLAUSES)}.`,
    (p) => `In an interview with ${media}, ${p.surname} ${pick(r, ["described", "called"])} the plan “${pick(r, Q_CLOSE)}”.`,
    () =>
      `On ${MONTHS[int(r, 0, 11)]} ${int(r, 1, 28)}, ${int(r, 2005, pub.y)}, the ${o1.name} (${o1.acronym}) signed an agreement with ${country}.`,
    () => `On ${MONTHS[int(r, 0, 11)]} ${int(r, 1, 28)}, representatives of ${o0.acronym} met officials in ${pick(r, PLACES)}.`,
    () =>
      `In ${int(r, 1995, pub.y - 1)}, ${country} ${pick(r, ["closed", "reopened", "renegotiated"])} the agreement, and the dispute has continued since ${int(r, 2000, pub.y)}.`,
    () => `On ${pick(r, WEEKDAYS)}, police ${pick(r, ["dispersed", "arrested", "escorted"])} dozens of protesters in ${place}.`,
    (p) =>
      `He said the ${o0.acronym} would ${pick(r, ["return to the table", "appeal the ruling", "hold a vote"])} next week. “${quoteText(r)},” ${p.surname} added.`,
    (p) => `“${quoteText(r)}.\n\n“${quoteText(r)},” ${p.name} said.`,
    () => `Officials in ${country} did not respond to requests for comment on ${topic}.`,
  ];
  // background and narrative: news copy is mostly not quotes (about a third of sentences report speech)
  const narrative: (() => string)[] = [
    () =>
      `The ${topic.replace(/^the /, "")} began ${pick(r, ["last spring", "two years ago", "after the budget vote", "in the dry season"])} and has since spread to ${pick(r, PLACES)} and ${pick(r, PLACES)}.`,
    () =>
      `${place} is home to about ${int(r, 20, 900)},000 people, many of whom depend on ${pick(r, ["fishing", "farming", "the port", "the mines", "cross-border trade"])}.`,
    () => `The ${o1.name} was founded in ${int(r, 1950, 2015)} and claims ${int(r, 2, 90)},000 members across ${country}.`,
    () => `Prices in the central market have risen by ${int(r, 5, 60)} percent since the start of the year, according to local traders.`,
    () =>
      `Several roads leading to ${pick(r, PLACES)} remained closed, and schools in the district stayed shut for a ${pick(r, ["second", "third", "fourth"])} week.`,
    () => `The government of ${country} has promised an inquiry, but no date has been set for its first hearing.`,
    () => `Negotiators from both sides are expected to meet again in ${pick(r, PLACES)}, where earlier rounds ended without agreement.`,
    () => `Aid groups estimate that ${int(r, 2, 40)},000 people need assistance in the region.`,
  ];
  while (paragraphs.join("\n\n").length < 2300) {
    const a = pick(r, cast);
    const b = pick(r, cast);
    const n = int(r, 1, 3);
    const sentences: string[] = [];
    for (let i = 0; i < n; i++) sentences.push(r() < 0.4 ? pick(r, templates)(a, b) : pick(r, narrative)());
    paragraphs.push(sentences.join(" "));
  }
  paragraphs.push(`${p0.name} is ${/^[aeiou]/i.test(p0.role) ? "an" : "a"} ${p0.role} in ${place}.`);
  return { title, paragraphs };
}

export interface GeneratedArticle {
  /** File name relative to the corpus folder. */
  file: string;
  content: string;
  sidecar?: { file: string; content: string };
}

/** Article `i` of the corpus generated with `r`. */
export function generateArticle(r: Rng, w: CorpusWorld, i: number): GeneratedArticle {
  const pub: Dated = { y: int(r, 2018, 2024), m: int(r, 1, 12), d: int(r, 1, 28) };
  const { title, paragraphs } = story(r, w, pub);
  const author = pick(r, w.people);
  const source = pick(r, MEDIA).replace(/^the /, "The ");
  const id = `bench_${String(i).padStart(6, "0")}`;
  const kind = r();
  if (kind < 0.7) {
    const chrome = [`${(r() * 30).toFixed(1)} C`, pick(r, PLACES), longDate(pub), `HomeWorld${title}`, "", title, "", title, "", ""].join(
      "\n",
    );
    const tail = [
      "",
      "promotional material",
      "",
      `Follow ${source} on`,
      "",
      author.name,
      author.name,
      `${author.surname} is working as a reporter at ${source}.`,
      "",
      "Leave a Reply",
    ].join("\n");
    const body = paragraphs.map((p, k) => (k === 2 ? `Reaction in ${pick(r, PLACES)}\n\n${p}` : p)).join("\n\n");
    const art: GeneratedArticle = { file: `${id}.txt`, content: `${chrome}\n${body}\n${tail}\n` };
    if (r() < 0.2)
      art.sidecar = { file: `${id}.meta.json`, content: JSON.stringify({ title, source, byline: author.name, published: iso(pub) }) };
    return art;
  }
  if (kind < 0.9) {
    const fm = [
      `---`,
      `title: "${title}"`,
      `source: "${source}"`,
      `byline: "${author.name}"`,
      `published: ${iso(pub)}`,
      `url: https://news.example/${id}`,
      `---`,
    ].join("\n");
    return { file: `${id}.md`, content: `${fm}\n\n${paragraphs.join("\n\n")}\n` };
  }
  const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const html = [
    "<!doctype html><html><head>",
    `<title>${esc(title)} | ${esc(source)}</title>`,
    `<meta property="og:title" content="${esc(title)}"><meta name="author" content="${esc(author.name)}">`,
    `<meta property="article:published_time" content="${iso(pub)}T08:00:00Z">`,
    "</head><body>",
    `<nav><a href="/">Home</a> <a href="/world">World</a></nav><div class="weather">${(r() * 30).toFixed(1)} C</div>`,
    `<article><h1>${esc(title)}</h1><p class="byline">By ${esc(author.name)}</p>`,
    ...paragraphs.map((p) => `<p>${esc(p).replace(/\n\n/g, "</p><p>")}</p>`),
    "</article>",
    `<aside><h3>Must Read</h3><ul><li><a href="/x">${esc(pick(r, TOPICS))}</a></li></ul></aside>`,
    `<footer>Follow ${esc(source)} on social media</footer></body></html>`,
  ].join("\n");
  return { file: `${id}.html`, content: html };
}

export interface GenerateOptions {
  dir: string;
  articles?: number;
  seed?: number;
}

export interface GeneratedCorpus {
  dir: string;
  files: string[];
  bytes: number;
  world: CorpusWorld;
}

/** Writes the corpus into `dir` (created if needed). Deterministic for a given seed and size. */
export async function generateCorpus(opts: GenerateOptions): Promise<GeneratedCorpus> {
  const n = opts.articles ?? 10_000;
  const r = prng(opts.seed ?? 1);
  const world = makeWorld(r, n);
  await mkdir(opts.dir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  const pending: Promise<void>[] = [];
  for (let i = 0; i < n; i++) {
    const a = generateArticle(r, world, i);
    files.push(a.file);
    bytes += Buffer.byteLength(a.content);
    pending.push(writeFile(join(opts.dir, a.file), a.content));
    if (a.sidecar) {
      bytes += Buffer.byteLength(a.sidecar.content);
      pending.push(writeFile(join(opts.dir, a.sidecar.file), a.sidecar.content));
    }
    if (pending.length >= 256) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
  return { dir: opts.dir, files, bytes, world };
}

/** A typo of `s` as people make them: a letter dropped, doubled, swapped with the next, or replaced. */
export function typo(r: Rng, s: string): string {
  if (s.length < 4) return s;
  const i = int(r, 1, s.length - 2);
  switch (int(r, 0, 3)) {
    case 0:
      return s.slice(0, i) + s.slice(i + 1);
    case 1:
      return s.slice(0, i) + s[i] + s.slice(i);
    case 2:
      return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    default:
      return s.slice(0, i) + pick(r, "aeioustrnl".split("")) + s.slice(i + 1);
  }
}
