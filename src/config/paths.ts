// Where the project's own files are: the folder holding newsdesk's package.json, found by walking up from this
// module, so that the same answer comes whether the code runs from its TypeScript sources (src/config) or
// compiled (dist/src/config). Also whether this copy of the code is the compiled one, so that worker threads and
// child processes start the same kind of module as their parent. Imports nothing of the project.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
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

/** The extension of this copy's own modules: a worker or child process started from it loads `name + ext`. */
export const MODULE_EXT = COMPILED ? ".js" : ".ts";
