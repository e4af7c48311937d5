#!/usr/bin/env node
// The `newsdesk` command. It runs the compiled JavaScript in dist/, which `npm ci` / `npm install` build through
// the `prepare` script (`npm run build`), so a command answers without compiling TypeScript first.
// When dist/ is missing or older than a source file (a developer edited src/ and has not run `npm run build`),
// it runs the TypeScript sources through tsx instead: slower to start, never stale.
// NEWSDESK_FROM_SOURCE=1 forces the sources.
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = new URL("../", import.meta.url);
const compiled = new URL("dist/src/app/main.js", root);
const stamp = new URL("dist/.built", root);

/** The newest modification time of the .ts files under the folder `dir` (0 when it is not there). Plain string
 * paths: this runs before every answer, and a URL per file cost more than the stat calls. */
function newestSource(dir) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    if (e.isDirectory()) newest = Math.max(newest, newestSource(`${dir}/${e.name}`));
    else if (e.name.endsWith(".ts")) newest = Math.max(newest, statSync(`${dir}/${e.name}`).mtimeMs);
  }
  return newest;
}

function compiledIsCurrent() {
  if (process.env.NEWSDESK_FROM_SOURCE === "1" || !existsSync(compiled) || !existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs; // written by `npm run build` after the compiler finished
  const dir = fileURLToPath(root);
  return newestSource(`${dir}src`) <= built && newestSource(`${dir}commands`) <= built;
}

if (compiledIsCurrent()) {
  await import(compiled.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/app/main.ts");
}
