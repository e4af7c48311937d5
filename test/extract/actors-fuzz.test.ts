// Random text through the actor finder: every loop must advance, so each article returns quickly, and every
// mention must be a real span of the body. Seeded, so a failure names the article that caused it.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { calibrate } from "../support/calibrate.js";
import { prng as rng } from "../../src/bench/generate.js";

// Pieces the rules react to: articles, titles, heads, particles, demonyms, connectors, quotes, brackets,
// possessives, abbreviations, dashes, odd letters and odd spacing.
const PIECES = [
  "the",
  "The",
  "the the",
  "of",
  "of the",
  "and",
  "or",
  "in",
  "at",
  "to",
  "for",
  "on",
  "said",
  "says",
  "told",
  "according to",
  "President",
  "president",
  "Presidents",
  "Minister",
  "minister of",
  "Secretary of State",
  "spokesman",
  "head of",
  "Chairman of the",
  "Mr.",
  "Dr.",
  "Gen.",
  "J.",
  "U.S.",
  "U.N.",
  "AMA",
  "IYF",
  "NATO",
  "UK",
  "Ministry",
  "Authority",
  "Council",
  "Union",
  "Army",
  "army",
  "government",
  "Government",
  "regime",
  "group",
  "region",
  "city of",
  "the city of",
  "al-Rashid",
  "el-Amin",
  "bin",
  "ibn",
  "Ould",
  "van",
  "von",
  "de",
  "d’Arc",
  "O'Neil",
  "al-",
  "-",
  "--",
  "’s",
  "'s",
  "s'",
  "Malian",
  "Mali",
  "Nigerian",
  "Nigeria",
  "Tuareg",
  "Fulani",
  "Algerians",
  "Russian",
  "Wagner",
  "Rabat",
  "Lagos",
  "Amina",
  "Okafor",
  "Dubois",
  "Greta",
  "Volkova",
  "Kofi",
  "Mark",
  "May",
  "Will",
  "Monday",
  "January",
  "Coastal",
  "Fishers",
  "Association",
  "Herald",
  "Reuters",
  "Telegram",
  "Reform",
  "Federal",
  "Reserve",
  "separatists",
  "rebels",
  "fighters",
  "militia",
  "armed group",
  "refugees",
  "herders",
  "ambassador to",
  ",",
  ", the",
  ", a",
  ".",
  ". ",
  "!",
  "?",
  ":",
  ";",
  "(",
  ")",
  "(AMA)",
  "(Mali army)",
  "«",
  "»",
  "“",
  "”",
  '"',
  "‘",
  "'",
  "…",
  "&",
  "Co",
  "Inc",
  "AG",
  "2021",
  "29,000",
  "3.5",
  "Ä",
  "Ōsaka",
  "Łódź",
  "İzmir",
  "ß",
  "𝐀𝐁",
  "😀",
  "ǅ",
  "\n",
  "\n\n",
  "  ",
  "\t",
  "\u00a0",
  "",
  "x",
  "X",
  "ALL CAPS SHOUTING",
  "BREAKING:",
];

function randomArticle(r: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const p = PIECES[Math.floor(r() * PIECES.length)]!;
    // sometimes glue pieces together with no space: "the(", "Mali’s", "al-al-"
    out.push(r() < 0.15 ? p : ` ${p}`);
  }
  return out.join("").trim();
}

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Runs the random articles in a child process: a loop that never advances would hang this test runner, which
 * cannot interrupt synchronous code; the child is killed at the deadline and the test names the article. */
function runChild(count: number, deadlineMs: number, fixed: string[] = []) {
  const script = `
    const { extractActors } = await import(${JSON.stringify(ROOT + "src/extract/actors.ts")});
    const { splitSentences } = await import(${JSON.stringify(ROOT + "src/extract/sentences.ts")});
    const { makeArticle } = await import(${JSON.stringify(ROOT + "test/extract/helpers.ts")});
    const rng = ${rng.toString()};
    const PIECES = ${JSON.stringify(PIECES)};
    const randomArticle = ${randomArticle.toString()};
    const calibrate = ${calibrate.toString()};
    const r = rng(20261122);
    const bound = Math.max(${fixed.length ? 2000 : 250}, ${fixed.length ? 60 : 8} * calibrate());
    const problems = [];
    const fixed = ${JSON.stringify(fixed)};
    for (let n = 0; n < ${count} + fixed.length; n++) {
      const body = n < fixed.length ? fixed[n] : randomArticle(r, 20 + Math.floor(r() * 400));
      process.stderr.write("article " + n + ": " + JSON.stringify(body.slice(0, 300)) + "\\n");
      const doc = makeArticle(body, n % 5 === 0 ? { byline: "Amina al-Rashid", bylineRole: "reporter at The Coastal Herald", source: "Herald" } : {});
      const t = performance.now();
      const a = extractActors(doc, splitSentences(body));
      const ms = performance.now() - t;
      if (ms > bound) problems.push("article " + n + " took " + ms.toFixed(0) + " ms");
      for (const m of a.mentions) {
        const ok = m.start >= 0 && m.end <= body.length && m.end > m.start && body.slice(m.start, m.end) === m.text && a.actors.some((x) => x.key === m.actorKey);
        if (!ok) problems.push("article " + n + ": bad mention " + JSON.stringify(m));
      }
    }
    process.stdout.write(JSON.stringify(problems));
  `;
  return spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: deadlineMs,
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe("actors on random text", () => {
  it("returns quickly for every article and keeps every mention inside the body", () => {
    const res = runChild(200, 60_000);
    const lastArticle = res.stderr
      .trim()
      .split("\n")
      .filter((l) => l.startsWith("article "))
      .pop();
    expect(res.signal, `extractActors did not return (a loop that never advances?) on ${lastArticle}`).toBeNull();
    expect(res.status, res.stderr.slice(-2000)).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual([]);
  }, 120_000);

  it("handles degenerate inputs: empty, one character, long runs of one piece", () => {
    // a quadratic scan over a 10,000-word run would take seconds here
    const bodies = [
      "",
      " ",
      "x",
      "(",
      "the",
      "The",
      "’s",
      "al-",
      ...["the ", "The ", "of the ", ", ", "al-", "(", "President ", "Ould ", "A. ", "the the, "].map((p) => p.repeat(2000)),
    ];
    const res = runChild(0, 60_000, bodies);
    const lastArticle = res.stderr
      .trim()
      .split("\n")
      .filter((l) => l.startsWith("article "))
      .pop();
    expect(res.signal, `extractActors did not return (a loop that never advances?) on ${lastArticle}`).toBeNull();
    expect(res.status, res.stderr.slice(-2000)).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual([]);
  }, 120_000);
});
