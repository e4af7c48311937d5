// Where the project's own files are: the folder holding newsdesk's package.json, found by walking up from this
// module, so that the same answer comes whether the code runs from its TypeScript sources (src/config) or
// compiled (dist/src/config). Also whether this copy of the code is the compiled one, so that worker threads and
// child processes start the same kind of module as their parent. Imports nothing of the project.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "newsdesk") return dir;
      } catch {
        // not ours: keep walking up
      }
    }
    const up = dirname(dir);
    if (up === dir) return join(start, "..", ".."); // src/config → the project, as laid out in the repository
    dir = up;
  }
}

/** The project folder (where package.json, seeds/ and README.md are). */
export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/** True when this code is the compiled JavaScript in dist/, false when it runs from the TypeScript sources. */
export const COMPILED = import.meta.url.endsWith(".js");

/** Where the per-article cache of a corpus lives: NEWSDESK_CACHE when set (that folder, as given), else one
 * folder per corpus under the user's cache folder — `$XDG_CACHE_HOME/newsdesk/`, else `~/.cache/newsdesk/` —
 * named after the corpus folder and a hash of its absolute path (`seeds-1a2b3c4d`). The same corpus gets the same
 * cache from whatever folder newsdesk is run, and nothing is left in the working folder. */
export function cacheDirFor(corpus: string, env: Record<string, string | undefined> = process.env): string {
  const given = env.NEWSDESK_CACHE?.trim();
  if (given) return resolve(given);
  const abs = resolve(corpus);
  let home = "";
  try {
    home = homedir();
  } catch {
    home = "";
  }
  const base = env.XDG_CACHE_HOME?.trim() || (home ? join(home, ".cache") : join(tmpdir(), "newsdesk-cache"));
  const name =
    basename(abs)
      .replace(/[^\p{L}\p{N}._-]+/gu, "_")
      .slice(0, 40) || "corpus";
  return join(base, "newsdesk", `${name}-${createHash("sha256").update(abs).digest("hex").slice(0, 8)}`);
}

/** The extension of this copy's own modules: a worker or child process started from it loads `name + ext`. */
export const MODULE_EXT = COMPILED ? ".js" : ".ts";
