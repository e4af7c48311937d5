// The summary database gives the same answers as a plain in-memory build: after a cold build, a warm start and
// a series of live changes (edit, new speaker, new article, deletion, an actor's only article gone), the
// summary JSON and the JSON answers of who / claims / timeline equal those of a merge from scratch of the same
// corpus. On the synthetic bench corpus (generated, seeded) and, when present, ../shared/devset/corpus.
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../src/bench/generate.js";
import { runCli } from "../../src/cli/run.js";
import { createLogger } from "../../src/log.js";
import { buildSummary } from "../../src/store/build.js";
import { openStore, type SummaryStore } from "../../src/store/store.js";
import { canonical } from "../support/canonical.js";

const logger = createLogger("silent");
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});
async function tmp(name: string): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), `newsdesk-${name}-`));
  dirs.push(d);
  return d;
}

type Refreshable = SummaryStore & { refresh(files: string[]): Promise<unknown> };

/** The JSON a CLI command prints against a given store. */
async function answer(store: SummaryStore, argv: string[]): Promise<string> {
  let out = "";
  const view: SummaryStore = {
    snapshot: store.snapshot,
    reload: () => store.reload(),
    onSwap: () => () => undefined,
    close: async () => undefined,
  };
  await runCli([...argv, "--json"], { stdout: (t) => (out += t), stderr: () => undefined, env: {}, openStore: async () => view });
  return out;
}

/** Compares the database-backed store with a build from scratch (no cache, full merge) of the same corpus. */
async function expectSameAnswers(store: SummaryStore, corpus: string): Promise<void> {
  const fresh = await buildSummary({ corpus, cacheDir: null, workers: 1, logger });
  const db = store.snapshot.summary;
  expect(canonical(JSON.stringify(db))).toBe(canonical(JSON.stringify(fresh.summary)));
  const reference: SummaryStore = {
    snapshot: { summary: fresh.summary, search: (await import("../../src/search/index.js")).buildSearchIndex(fresh.summary), builtAt: 0 },
    reload: () => store.reload(),
    onSwap: () => () => undefined,
    close: async () => undefined,
  };
  const names = [...fresh.summary.actors]
    .sort((a, b) => b.mentions - a.mentions)
    .slice(0, 4)
    .map((a) => a.name);
  for (const name of names)
    for (const cmd of ["who", "claims", "timeline"])
      expect(canonical(await answer(store, [cmd, name])), `${cmd} ${name}`).toBe(canonical(await answer(reference, [cmd, name])));
}

async function live(corpus: string, cacheDir: string): Promise<Refreshable> {
  return (await openStore({ corpus, cacheDir, watch: false }, { logger, workers: 1 })) as Refreshable;
}

describe("summary database: same answers as a merge from scratch", () => {
  it("after a cold build, a warm start and live changes (synthetic corpus)", async () => {
    const corpus = await tmp("dbeq-corpus");
    const cacheDir = await tmp("dbeq-cache");
    const gen = await generateCorpus({ dir: corpus, articles: 40, seed: 11 });
    const people = gen.world.people;
    let store = await live(corpus, cacheDir);
    await expectSameAnswers(store, corpus);
    await store.close();

    store = await live(corpus, cacheDir); // warm: from the database
    await expectSameAnswers(store, corpus);

    const files = gen.files.filter((f) => !f.endsWith(".meta.json"));
    const edit = async (file: string, add: string) => {
      const path = join(corpus, file);
      await writeFile(path, (await readFile(path, "utf8")).replace(/(<\/article>|$)/, `\n\n${add}\n$1`));
      await store.refresh([file]);
    };
    // a new speaker, and a known one quoted again
    await edit(files[3]!, `"We will open the new clinic in March," Ngozi Okafor-Bremner told reporters.`);
    await expectSameAnswers(store, corpus);
    await edit(files[7]!, `"The budget is not enough," ${people[0]!.name} said on Tuesday.`);
    await expectSameAnswers(store, corpus);
    // a new article naming two known people
    await writeFile(
      join(corpus, "zz_new.txt"),
      `Talks resume\n\n"We expect an agreement soon," ${people[1]!.name} said on Monday.\n\n${people[2]!.name} did not comment.\n`,
    );
    await store.refresh(["zz_new.txt"]);
    await expectSameAnswers(store, corpus);
    // an article gone, and the new speaker's only article rewritten without him
    await unlink(join(corpus, files[5]!));
    await store.refresh([files[5]!]);
    await expectSameAnswers(store, corpus);
    await edit(files[3]!, "The council met again on Friday.");
    await writeFile(
      join(corpus, files[3]!),
      (await readFile(join(corpus, files[3]!), "utf8")).replace(/"We will open the new clinic[^\n]*\n/, ""),
    );
    await store.refresh([files[3]!]);
    await expectSameAnswers(store, corpus);
    await store.close();

    store = await live(corpus, cacheDir); // warm again: the changes were kept
    await expectSameAnswers(store, corpus);
    await store.close();
  }, 240_000);

  const devset = resolve(__dirname, "../../../shared/devset/corpus");
  it.skipIf(!existsSync(devset))(
    "on the development set, warm and after changes (../shared/devset/corpus)",
    async () => {
      const corpus = await tmp("dbeq-devset");
      await cp(devset, corpus, { recursive: true });
      const cacheDir = await tmp("dbeq-devset-cache");
      let store = await live(corpus, cacheDir);
      await expectSameAnswers(store, corpus);
      await store.close();
      store = await live(corpus, cacheDir);
      await expectSameAnswers(store, corpus);
      const files = (await import("node:fs")).readdirSync(corpus).filter((f) => /\.(txt|md|html)$/.test(f));
      const file = files[Math.floor(files.length / 2)]!;
      const path = join(corpus, file);
      await writeFile(path, `${await readFile(path, "utf8")}\n\n"Nothing has been decided yet," Ngozi Okafor-Bremner told reporters.\n`);
      await store.refresh([file]);
      await expectSameAnswers(store, corpus);
      await unlink(join(corpus, files[0]!));
      await store.refresh([files[0]!]);
      await expectSameAnswers(store, corpus);
      await store.close();
    },
    240_000,
  );
  if (!existsSync(devset)) console.warn(`db-equality: ${devset} is absent; the development-set comparison is skipped`);
});
