// What a cached extraction is keyed by: the file's path, its content hash, and a fingerprint of the code that
// extracts (corpus loading and cleaning, extraction, the schema), so an old cache is never served for new code.
// The cache itself (cache.ts) and the summary database (db/) both key by it.
import { createHash } from "node:crypto";
import { type Dirent, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { MODULE_EXT } from "../config/paths.js";

/** Bumped when the cache layout changes. */
export const CACHE_FORMAT = 1;

const SRC_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Source folders (with their sub-folders and lexicon files) whose code decides what an extraction holds. */
const FINGERPRINTED = ["corpus", "extract"];
/** The summary's schema and its closed lists, as this copy of the code has them (`.ts`, or `.js` in dist/). */
export const FINGERPRINTED_FILES = [`model/schema${MODULE_EXT}`, `model/kinds${MODULE_EXT}`];

let fingerprintMemo: string | undefined;

/** A hash of the code that produces extractions (corpus loading and cleaning, extraction, the schema): any
 * edit to it changes every cache key, so an old cache is never served for new code. */
export function extractorFingerprint(): string {
  if (fingerprintMemo) return fingerprintMemo;
  const h = createHash("sha256");
  h.update(`format:${CACHE_FORMAT}\n`);
  const files: string[] = [];
  const walk = (rel: string): void => {
    let names: Dirent[];
    try {
      names = readdirSync(join(SRC_DIR, rel), { withFileTypes: true });
    } catch {
      return; // a missing folder simply contributes nothing
    }
    for (const d of names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (d.isDirectory()) walk(join(rel, d.name));
      else if (d.isFile()) files.push(join(rel, d.name));
    }
  };
  for (const dir of FINGERPRINTED) walk(dir);
  files.push(...FINGERPRINTED_FILES);
  for (const f of files) {
    h.update(`${f}\n`);
    try {
      h.update(readFileSync(join(SRC_DIR, f)));
    } catch {
      h.update("missing");
    }
  }
  fingerprintMemo = h.digest("hex").slice(0, 16);
  return fingerprintMemo;
}

/** The cache key of one corpus file: its path (the article id comes from it), its content hash, the code. */
export function cacheKey(file: string, hash: string, version: string = extractorFingerprint()): string {
  return createHash("sha256").update(`${version}\0${file}\0${hash}`).digest("hex").slice(0, 40);
}
