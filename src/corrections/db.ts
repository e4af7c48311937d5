// The corrections' SQLite file (better-sqlite3, synchronous): its schema, numbered migrations, and the rows
// as `Correction`s. Table names are prefixed so the file can later be the summary's own database. It leaves
// applying to apply.ts and caching and change notices to log.ts.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type Database from "better-sqlite3";
import { openSqlite } from "../config/sqlite.js";
import { type Author, type Correction, type CorrectionInput, CorrectionError } from "./types.js";

/** Each entry upgrades the schema by one version; never edit a shipped one, add the next. */
const MIGRATIONS: string[] = [
  `CREATE TABLE corrections (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     kind TEXT NOT NULL,
     target TEXT NOT NULL,
     value TEXT,
     why TEXT NOT NULL,
     by_id TEXT,
     by_name TEXT NOT NULL,
     by_via TEXT NOT NULL,
     at TEXT NOT NULL,
     undone_by_id TEXT,
     undone_by_name TEXT,
     undone_by_via TEXT,
     undone_at TEXT
   );
   CREATE INDEX corrections_target ON corrections (target);
   CREATE TABLE corrections_settings (scope TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (scope, name));`,
  `CREATE TABLE corrections_reports (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     guild_id TEXT,
     by_id TEXT,
     by_name TEXT NOT NULL,
     at TEXT NOT NULL,
     command TEXT NOT NULL,
     query TEXT NOT NULL,
     citations TEXT NOT NULL
   );`,
];

interface Row {
  id: number;
  kind: string;
  target: string;
  value: string | null;
  why: string;
  by_id: string | null;
  by_name: string;
  by_via: string;
  at: string;
  undone_by_id: string | null;
  undone_by_name: string | null;
  undone_by_via: string | null;
  undone_at: string | null;
}

function fromRow(r: Row): Correction {
  return {
    id: r.id,
    kind: r.kind as Correction["kind"],
    target: r.target,
    value: r.value,
    why: r.why,
    by: { id: r.by_id, name: r.by_name, via: r.by_via as Author["via"] },
    at: r.at,
    undone:
      r.undone_at && r.undone_by_name
        ? { by: { id: r.undone_by_id, name: r.undone_by_name, via: (r.undone_by_via ?? "cli") as Author["via"] }, at: r.undone_at }
        : null,
  };
}

export class CorrectionsDb {
  private readonly db: Database.Database;

  constructor(readonly path: string) {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    try {
      this.db = openSqlite(path);
    } catch (err) {
      throw new CorrectionError(
        `cannot open the corrections database ${path}: ${(err as Error).message}. Check that the cache folder is writable.`,
      );
    }
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("busy_timeout = 2000");
    this.migrate();
  }

  /** The schema version this file is at (the number of migrations applied). */
  get version(): number {
    return (this.db.prepare("SELECT COALESCE(MAX(version), 0) AS v FROM corrections_migrations").get() as { v: number }).v;
  }

  private migrate(): void {
    this.db.exec("CREATE TABLE IF NOT EXISTS corrections_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
    const at = this.version;
    if (at > MIGRATIONS.length)
      throw new CorrectionError(
        `the corrections database ${this.path} is from a newer newsdesk (schema ${at}); upgrade newsdesk to use it`,
      );
    const step = this.db.transaction((v: number, sql: string) => {
      this.db.exec(sql);
      this.db.prepare("INSERT INTO corrections_migrations (version, applied_at) VALUES (?, ?)").run(v, new Date().toISOString());
    });
    for (let v = at + 1; v <= MIGRATIONS.length; v++) step(v, MIGRATIONS[v - 1] as string);
  }

  all(): Correction[] {
    return (this.db.prepare("SELECT * FROM corrections ORDER BY id").all() as Row[]).map(fromRow);
  }

  get(id: number): Correction | undefined {
    const r = this.db.prepare("SELECT * FROM corrections WHERE id = ?").get(id) as Row | undefined;
    return r ? fromRow(r) : undefined;
  }

  /** The same correction (kind, target, value, author and time) if it is already stored: what makes import idempotent. */
  find(c: CorrectionInput & { at: string }): Correction | undefined {
    const r = this.db
      .prepare("SELECT * FROM corrections WHERE kind = ? AND target = ? AND value IS ? AND by_name = ? AND at = ? ORDER BY id LIMIT 1")
      .get(c.kind, c.target, c.value, c.by.name, c.at) as Row | undefined;
    return r ? fromRow(r) : undefined;
  }

  insert(c: CorrectionInput & { at: string }): Correction {
    const info = this.db
      .prepare("INSERT INTO corrections (kind, target, value, why, by_id, by_name, by_via, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
      .run(c.kind, c.target, c.value, c.why, c.by.id, c.by.name, c.by.via, c.at);
    return this.get(Number(info.lastInsertRowid)) as Correction;
  }

  markUndone(id: number, by: Author, at: string): void {
    this.db
      .prepare("UPDATE corrections SET undone_by_id = ?, undone_by_name = ?, undone_by_via = ?, undone_at = ? WHERE id = ?")
      .run(by.id, by.name, by.via, at, id);
  }

  setting(scope: string, name: string): string | undefined {
    const r = this.db.prepare("SELECT value FROM corrections_settings WHERE scope = ? AND name = ?").get(scope, name) as
      | { value: string }
      | undefined;
    return r?.value;
  }

  setSetting(scope: string, name: string, value: string): void {
    this.db
      .prepare(
        "INSERT INTO corrections_settings (scope, name, value) VALUES (?, ?, ?) ON CONFLICT (scope, name) DO UPDATE SET value = excluded.value",
      )
      .run(scope, name, value);
  }

  addReport(r: { guildId: string | null; by: Author; at: string; command: string; query: string; citations: unknown[] }): number {
    const info = this.db
      .prepare("INSERT INTO corrections_reports (guild_id, by_id, by_name, at, command, query, citations) VALUES (?, ?, ?, ?, ?, ?, ?)")
      .run(r.guildId, r.by.id, r.by.name, r.at, r.command, r.query, JSON.stringify(r.citations));
    return Number(info.lastInsertRowid);
  }

  /** Changes when another connection (the command line beside a running bot) commits to the file. */
  dataVersion(): number {
    return this.db.pragma("data_version", { simple: true }) as number;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
