// better-sqlite3's native addon, found once by its path. Given to `new Database(file, sqliteOptions())`, it
// spares better-sqlite3 the search of the `bindings` package (a stack trace and a dozen path checks, about
// 15 ms of every command-line answer, which opens two databases). Where an install puts the addon elsewhere,
// the options are empty and better-sqlite3 searches as usual. Imports nothing of the project.
import { createRequire } from "node:module";

let addon: string | null | undefined;

/** The options that point better-sqlite3 at its addon (empty when it is not where a normal install puts it). */
export function sqliteOptions(): { nativeBinding?: string } {
  if (addon === undefined) {
    try {
      addon = createRequire(import.meta.url).resolve("better-sqlite3/build/Release/better_sqlite3.node");
    } catch {
      addon = null;
    }
  }
  return addon ? { nativeBinding: addon } : {};
}
