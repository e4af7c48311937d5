// Opening an SQLite database with better-sqlite3, as cheaply as a command-line answer needs: the package is
// required as CommonJS (imported from an ES module, Node first scans its source for named exports with a
// WebAssembly lexer, 20–30 ms), and it is given its native addon's path (else the `bindings` package searches
// for it: a stack trace and a dozen path checks, ~15 ms). Where an install puts the addon elsewhere,
// better-sqlite3 searches as usual. Imports nothing of the project.
import { createRequire } from "node:module";
import type BetterSqlite3 from "better-sqlite3";

const require = createRequire(import.meta.url);
let addon: string | null | undefined;

/** The options that point better-sqlite3 at its addon (empty when it is not where a normal install puts it). */
export function sqliteOptions(): { nativeBinding?: string } {
  if (addon === undefined) {
    try {
      addon = require.resolve("better-sqlite3/build/Release/better_sqlite3.node");
    } catch {
      addon = null;
    }
  }
  return addon ? { nativeBinding: addon } : {};
}

/** Opens (or creates) the database file `path` (":memory:" for one in memory); throws as `new Database` does. */
export function openSqlite(path: string): BetterSqlite3.Database {
  const Database = require("better-sqlite3") as typeof BetterSqlite3;
  return new Database(path, sqliteOptions());
}
