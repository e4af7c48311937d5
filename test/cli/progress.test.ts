// Progress of a long build: a bar redrawn in place on a terminal, lines every few seconds otherwise, nothing
// for a build over within the first second; the build reports every file once.
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { describeProgress, progressReporter } from "../../src/cli/progress.js";
import { type BuildProgress, buildSummary } from "../../src/store/build.js";

const MB = 1048576;
const at = (done: number, bytesDone: number): BuildProgress => ({ done, total: 10_000, bytesDone, bytesTotal: 10 * MB });

function run(tty: boolean, steps: [number, BuildProgress][]): string[] {
  const out: string[] = [];
  let t = 0;
  const r = progressReporter({ write: (s) => out.push(s), tty, now: () => t });
  for (const [ms, p] of steps) {
    t = ms;
    r.update(p);
  }
  r.end();
  return out;
}

describe("progress", () => {
  it("says articles done of all, MB/s and time left", () => {
    expect(describeProgress(at(4210, 4 * MB), 4000)).toBe("4,210 of 10,000 articles · 1.0 MB/s · about 6 s left");
  });
  it("shows nothing for a build over within the first second", () => {
    expect(run(true, [[200, at(10_000, 10 * MB)]])).toEqual([]);
  });
  it("on a terminal: one bar redrawn in place, ended with a newline", () => {
    const out = run(true, [
      [1500, at(2000, 2 * MB)],
      [3000, at(6000, 6 * MB)],
      [4000, at(10_000, 10 * MB)],
    ]);
    expect(out.length).toBe(4);
    for (const line of out) expect(line.startsWith("\r")).toBe(true);
    expect(out[0]).toContain("[#####...................] 2,000 of 10,000 articles");
    expect(out.at(-1)).toMatch(/10,000 of 10,000 articles · .* · done\n$/);
  });
  it("without a terminal: a line every five seconds, not one per file", () => {
    const steps: [number, BuildProgress][] = [];
    for (let ms = 1000; ms <= 12_000; ms += 500) steps.push([ms, at(ms / 2, (ms / 2) * 1000)]);
    const out = run(false, steps);
    expect(out.length).toBe(4); // at 1 s, 6 s, 11 s, and the end
    for (const line of out) expect(line).toMatch(/^newsdesk: reading the corpus: [\d,]+ of 10,000 articles/);
  });
  it("a build reports each file once, ending with all of them done", async () => {
    const seen: BuildProgress[] = [];
    await buildSummary({
      corpus: join(resolve(import.meta.dirname, "../.."), "seeds"),
      cacheDir: null,
      workers: 0,
      onProgress: (p) => seen.push(p),
    });
    expect(seen[0]!.done).toBe(0);
    expect(seen.at(-1)!.done).toBe(seen.at(-1)!.total);
    expect(seen.at(-1)!.bytesDone).toBe(seen.at(-1)!.bytesTotal);
  });
});
