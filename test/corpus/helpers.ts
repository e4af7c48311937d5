// Temp corpus folders for the corpus tests: files written under os.tmpdir(), removed after each test file.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";
import { parseArticle } from "../../src/corpus/load.js";
import type { CleanArticle } from "../../src/corpus/types.js";

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A fresh folder holding `files` (name → text or bytes). */
export function tempCorpus(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "newsdesk-corpus-"));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

/** Parses text as if it were the file `name` (no disk involved). */
export function parseText(name: string, text: string, sidecar?: string): CleanArticle {
  return parseArticle(
    { path: `/virtual/${name}`, file: name },
    Buffer.from(text, "utf8"),
    sidecar === undefined ? null : Buffer.from(sidecar, "utf8"),
    "test-hash",
  );
}

/** A plausible story paragraph (ends with a full stop) for padding crafted pages. */
export const P1 = "The harbour council voted on Tuesday to close the old ferry terminal, ending a service that ran for ninety years.";
export const P2 = "Residents of the island said the decision would cut them off from the mainland during the winter months.";
export const P3 = "The council's chair, Elena Brandt, said the terminal had become too costly to repair after last year's storms.";
