// Deterministic synthetic actors for the search tests and the micro-benchmark: made-up names from syllables,
// organisations with acronyms, a surname alias and a title alias each, all names distinct.
import type { Actor } from "../../src/model/schema.js";

export type Rng = () => number;

/** mulberry32: small, deterministic, well mixed. */
export function rng(seed: number): Rng {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  "ra",
  "ha",
  "ma",
  "li",
  "wa",
  "gner",
  "zou",
  "ani",
  "bel",
  "kas",
  "dor",
  "ve",
  "tan",
  "mu",
  "sa",
  "rid",
  "el",
  "on",
  "ka",
  "pu",
  "tin",
  "ber",
  "go",
  "lo",
];
export const ORG_WORDS = [
  "Movement",
  "Assembly",
  "Union",
  "Front",
  "Council",
  "Ministry",
  "Party",
  "Army",
  "Group",
  "Alliance",
  "Agency",
  "Bank",
];

export function pick<T>(r: Rng, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

export function word(r: Rng): string {
  const w = Array.from({ length: 2 + Math.floor(r() * 2) }, () => pick(r, SYLLABLES)).join("");
  return (w[0] as string).toUpperCase() + w.slice(1);
}

export function syntheticActors(r: Rng, n: number, articles = 10000): Actor[] {
  const names = new Set<string>();
  const actors: Actor[] = [];
  while (actors.length < n) {
    const person = r() < 0.6;
    const name = person ? `${word(r)} ${word(r)}` : `${word(r)} ${pick(r, ORG_WORDS)} ${pick(r, ["of", "for", "and"])} ${word(r)}`;
    if (names.has(name)) continue;
    names.add(name);
    const parts = name.split(" ");
    const aliases = person
      ? [parts[1] as string, `President ${name}`]
      : [
          parts
            .map((p) => p[0])
            .join("")
            .toUpperCase(),
          `the ${parts[1]}`,
        ];
    if (r() < 0.3) aliases.push(`${word(r)} ${name}`);
    const i = actors.length;
    actors.push({
      id: `a${i}`,
      name,
      kind: person ? "person" : "organization",
      aliases,
      roles: r() < 0.3 ? [`spokesman of the ${word(r)} ${pick(r, ORG_WORDS)}`] : [],
      articles: [`art${i % articles}`],
      mentions: 1 + Math.floor(r() * 20),
    });
  }
  return actors;
}

/** One typo: a letter dropped, added or replaced. */
export function typo(r: Rng, s: string): string {
  const i = Math.floor(r() * s.length);
  const k = r();
  if (k < 0.33) return s.slice(0, i) + s.slice(i + 1);
  if (k < 0.66) return s.slice(0, i) + pick(r, ["a", "e", "r"]) + s.slice(i);
  return s.slice(0, i) + pick(r, ["a", "e", "r"]) + s.slice(i + 1);
}
