// A sidecar NAME.meta.json beside a Markdown article: its change reaches the answers live, and a warm start
// sees a sidecar changed while the store was closed (its stamp is part of the article's).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { createLogger } from "../../src/log.js";
import { openStore, type SummaryStore } from "../../src/store/store.js";

const BODY = "The harbour council voted on Tuesday to close the old ferry terminal, ending a service that ran for ninety years.\n";
let corpus: string;
let cacheDir: string;
let store: (SummaryStore & { refresh?(files: string[]): Promise<unknown> }) | undefined;
const logger = createLogger("silent");

beforeEach(async () => {
  corpus = await mkdtemp(join(tmpdir(), "newsdesk-sidecar-"));
  cacheDir = await mkdtemp(join(tmpdir(), "newsdesk-sidecar-cache-"));
  await writeFile(join(corpus, "story.md"), `---\ntitle: Ferry vote\n---\n\n${BODY}`);
  await writeFile(join(corpus, "story.meta.json"), JSON.stringify({ source: "Harbour Post" }));
});
afterEach(async () => {
  await store?.close();
  store = undefined;
  await rm(corpus, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
});

const source = () => store!.snapshot.summary.articles[0]?.source;

it("a changed sidecar of a .md article is applied live", async () => {
  store = await openStore({ corpus, cacheDir }, { logger });
  expect(source()).toBe("Harbour Post");
  await writeFile(join(corpus, "story.meta.json"), JSON.stringify({ source: "Island Courier" }));
  await store.refresh!(["story.meta.json"]);
  expect(source()).toBe("Island Courier");
});

it("a warm start sees a sidecar changed while the store was closed", async () => {
  store = await openStore({ corpus, cacheDir }, { logger });
  await store.close();
  await writeFile(join(corpus, "story.meta.json"), JSON.stringify({ source: "Island Courier, evening edition" }));
  store = await openStore({ corpus, cacheDir }, { logger });
  expect(source()).toBe("Island Courier, evening edition");
});
