// kill -9 in the middle of writing the summary database loses nothing: the next start answers from the last
// complete state and brings in what changed since (a cold build killed during its write, a live change killed
// inside its transaction).
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { canonical } from "../support/canonical.js";
import { generateCorpus } from "../../src/bench/generate.js";
import { createLogger } from "../../src/log.js";
import { buildSummary } from "../../src/store/build.js";
import { openStore } from "../../src/store/store.js";

const logger = createLogger("silent");
const CHILD = resolve(__dirname, "support/crash-child.ts");
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

function child(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", CHILD, ...args], { encoding: "utf8", timeout: 120_000 });
}

async function expectFresh(corpus: string, cacheDir: string): Promise<void> {
  const store = await openStore({ corpus, cacheDir, watch: false }, { logger, workers: 1 });
  try {
    const fresh = await buildSummary({ corpus, cacheDir: null, workers: 1, logger });
    expect(canonical(JSON.stringify(store.snapshot.summary))).toBe(canonical(JSON.stringify(fresh.summary)));
  } finally {
    await store.close();
  }
}

describe("summary database: kill -9", () => {
  it("during a cold build's write, then during a live change's transaction", async () => {
    const corpus = await mkdtemp(join(tmpdir(), "newsdesk-crash-corpus-"));
    const cacheDir = await mkdtemp(join(tmpdir(), "newsdesk-crash-cache-"));
    dirs.push(corpus, cacheDir);
    const gen = await generateCorpus({ dir: corpus, articles: 20, seed: 5 });

    const built = child("build", corpus, cacheDir);
    expect(built.signal, built.stderr).toBe("SIGKILL");
    await expectFresh(corpus, cacheDir); // a complete build now, and its state is written

    const file = gen.files.find((f) => f.endsWith(".md"))!;
    const changed = child("change", corpus, cacheDir, file, `"The vote is postponed," Ngozi Okafor-Bremner told reporters.`);
    expect(changed.signal, changed.stderr).toBe("SIGKILL");
    // the last complete state, with the changed article brought in at start
    await expectFresh(corpus, cacheDir);
    const store = await openStore({ corpus, cacheDir, watch: false }, { logger, workers: 1 });
    expect(store.snapshot.summary.actors.some((a) => a.name === "Ngozi Okafor-Bremner")).toBe(true);
    await store.close();
  }, 300_000);
});
