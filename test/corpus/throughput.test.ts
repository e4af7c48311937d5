// The .txt path is a slice of the 10,000-article budget (issue 4): it must stay linear and fast.
// The goal is >= 10 MB/s on this machine (measured ~13-20 MB/s warm); the test floor is lower because other
// tests share the two cores.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/load.js";
import { P1, P2, P3 } from "./helpers.js";

function syntheticPage(i: number): string {
  const title = `Harbour Council Votes to Close Terminal Number ${i}`;
  return [
    `${(i % 30) - 5}.${i % 10} C\nSpringfield\nTuesday, March ${1 + (i % 28)}, 2024\nHomeNews${title}`,
    title,
    `${P1} The vote, number ${i}, was taken after a long debate.`,
    "promotional material",
    `«We had no choice», council chair Elena Brandt said. ${P2} Mara Lind «The island deserves better», she added.`,
    "What Residents Say",
    `${P3} “It is a sad day,” said one resident, who asked not to be named, on the quay in the town centre.`,
    "Follow Springfield Daily on",
    "Tom Hale\nTom Hale\nTom is working as the Editor at Springfield Daily. He covers the harbour.",
    "Leave a Reply",
    "Must Read",
    "Floods hit the valley again",
  ].join("\n\n");
}

const parse = (text: string, i: number) =>
  parseArticle({ path: `/virtual/p${i}.txt`, file: `p${i}.txt` }, Buffer.from(text, "utf8"), null, "h");

describe("throughput", () => {
  it("cleans synthetic news pages at several MB/s", () => {
    const pages = Array.from({ length: 400 }, (_, i) => Buffer.from(syntheticPage(i), "utf8"));
    const sample = parse(pages[7]!.toString("utf8"), 7);
    expect(sample.title).toBe("Harbour Council Votes to Close Terminal Number 7");
    expect(sample.byline).toBe("Tom Hale");
    expect(sample.body).not.toContain("Mara Lind");
    pages.forEach((b, i) => parseArticle({ path: `/virtual/p${i}.txt`, file: `p${i}.txt` }, b, null, "h")); // warm-up
    // Other test files share the two cores, so an absolute MB/s floor would be flaky: the cleaning is timed
    // against a baseline pass over the same bytes (decode, split lines, trim, one regex per line), rounds
    // interleaved, best ratio kept. Measured here: ~13-20 MB/s warm, 1-5x the baseline pass.
    let best = Infinity;
    let mbps = 0;
    let sink = 0;
    for (let round = 0; round < 5; round++) {
      const t0 = performance.now();
      let bytes = 0;
      pages.forEach((b, i) => {
        parseArticle({ path: `/virtual/p${i}.txt`, file: `p${i}.txt` }, b, null, "h");
        bytes += b.length;
      });
      const t1 = performance.now();
      for (const b of pages) for (const line of b.toString("utf8").split("\n")) sink += /[.!?]$/.test(line.trim().toLowerCase()) ? 1 : 0;
      const t2 = performance.now();
      best = Math.min(best, (t1 - t0) / Math.max(t2 - t1, 0.01));
      mbps = Math.max(mbps, bytes / 1e6 / ((t1 - t0) / 1000));
    }
    expect(sink).toBeGreaterThan(0);
    expect(best, `cleaning costs ${best.toFixed(1)}x the baseline pass (${mbps.toFixed(1)} MB/s)`).toBeLessThan(25);
  });

  it.each([
    ["one 1.5 MB paragraph full of quotes and capitalised words", ("Ana Ruiz Berg Lind «Quote One». ".repeat(50) + "\n").repeat(1)],
    ["a 1.5 MB line with no spaces", "x".repeat(1_500_000)],
    ["40,000 short label-like lines", "Home News\nAdrian Ovalle\n".repeat(20_000) + P1],
    ["60,000 three-word header lines above one paragraph", "Floods hit valleys\n".repeat(60_000) + "\n" + P1],
    ["a long run of dots and quotes", ".»".repeat(500_000)],
  ])("stays linear on %s", (_name, unit) => {
    const text = unit.length < 1_000_000 ? unit.repeat(Math.ceil(1_500_000 / unit.length)) : unit;
    const t0 = performance.now();
    try {
      parse(text, 0);
    } catch (e) {
      expect((e as Error).name).toBe("ArticleSkipped");
    }
    expect(performance.now() - t0).toBeLessThan(10_000); // a quadratic pass over 1.5 MB takes minutes
  });
});
