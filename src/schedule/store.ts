// Schedules and each channel's last-briefing mark, kept in SQLite (better-sqlite3) so that a restart keeps
// them and two bot instances share them. Its own schema, versioned in `schedule_meta`, with tables prefixed
// `schedule_`/`briefed_`/`article_` so that it can later move into the summary's database unchanged. A run is
// claimed with INSERT OR IGNORE on a unique run id (schedule id + scheduled minute): only the instance whose
// insert lands posts it. The clock is the caller's: every write takes its time as an argument.
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import type Database from "better-sqlite3";
import { openSqlite } from "../config/sqlite.js";

export const SCHEMA_VERSION = 1;
export const SCHEDULES_FILE = "schedules.sqlite";

export type Days = "daily" | "weekdays";
export type RunResult = "posted" | "nothing-new" | "failed" | "skipped";

export interface NewSchedule {
  guildId: string;
  channelId: string;
  /** "HH:MM", 24-hour, in `timezone`. */
  time: string;
  /** IANA zone ("Europe/Paris"). */
  timezone: string;
  days: Days;
  topic: string | null;
  /** Post nothing (rather than one short line) when nothing is new. */
  quietWhenEmpty: boolean;
  createdBy: string;
}

export interface Schedule extends NewSchedule {
  id: number;
  createdAt: number;
  /** The scheduled time (ms) of the latest run dealt with (posted, skipped, or taken by another instance). */
  lastDue: number | null;
  /** When that run was dealt with (ms). */
  lastRunAt: number | null;
  lastResult: RunResult | null;
  lastDetail: string | null;
  /** Why the last post failed, while it has not succeeded since. */
  failing: string | null;
  /** Whether the creator has been told of the failure. */
  failureNotified: boolean;
}

interface Row {
  id: number;
  guild_id: string;
  channel_id: string;
  time: string;
  timezone: string;
  days: string;
  topic: string | null;
  quiet: number;
  created_by: string;
  created_at: number;
  last_due: number | null;
  last_run_at: number | null;
  last_result: string | null;
  last_detail: string | null;
  failing: string | null;
  failure_notified: number;
}

function fromRow(r: Row): Schedule {
  return {
    id: r.id,
    guildId: r.guild_id,
    channelId: r.channel_id,
    time: r.time,
    timezone: r.timezone,
    days: r.days === "weekdays" ? "weekdays" : "daily",
    topic: r.topic,
    quietWhenEmpty: r.quiet === 1,
    createdBy: r.created_by,
    createdAt: r.created_at,
    lastDue: r.last_due,
    lastRunAt: r.last_run_at,
    lastResult: (r.last_result as RunResult | null) ?? null,
    lastDetail: r.last_detail,
    failing: r.failing,
    failureNotified: r.failure_notified === 1,
  };
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS schedule_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS schedules (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  guild_id TEXT NOT NULL, channel_id TEXT NOT NULL, time TEXT NOT NULL, timezone TEXT NOT NULL,
  days TEXT NOT NULL DEFAULT 'daily', topic TEXT, quiet INTEGER NOT NULL DEFAULT 0,
  created_by TEXT NOT NULL, created_at INTEGER NOT NULL,
  last_due INTEGER, last_run_at INTEGER, last_result TEXT, last_detail TEXT,
  failing TEXT, failure_notified INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS schedules_guild ON schedules (guild_id);
CREATE TABLE IF NOT EXISTS schedule_runs (
  run_id TEXT PRIMARY KEY, schedule_id INTEGER NOT NULL, due_at INTEGER NOT NULL, claimed_at INTEGER NOT NULL,
  result TEXT, detail TEXT, finished_at INTEGER
);
CREATE TABLE IF NOT EXISTS briefed_articles (
  channel_id TEXT NOT NULL, topic_key TEXT NOT NULL DEFAULT '', article_id TEXT NOT NULL, briefed_at INTEGER NOT NULL,
  PRIMARY KEY (channel_id, topic_key, article_id)
);
CREATE TABLE IF NOT EXISTS article_first_seen (article_id TEXT PRIMARY KEY, first_seen INTEGER NOT NULL);
`;

export class ScheduleStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ScheduleStoreError";
  }
}

function topicKey(topic: string | null): string {
  return (topic ?? "").trim().toLowerCase().replace(/\s+/g, " ");
}

/** The run id: the schedule and the scheduled minute in UTC (`12@2026-03-30T05:30`). */
export function runId(scheduleId: number, dueAt: number): string {
  return `${scheduleId}@${new Date(dueAt).toISOString().slice(0, 16)}`;
}

export class ScheduleStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    try {
      this.db = openSqlite(file);
    } catch (err) {
      throw new ScheduleStoreError(`cannot open the schedules database ${file}: ${(err as Error).message}. Check the folder is writable.`);
    }
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("busy_timeout = 5000");
    this.db.exec(SCHEMA);
    const v = this.db.prepare("SELECT value FROM schedule_meta WHERE key = 'version'").get() as { value: string } | undefined;
    if (!v) this.db.prepare("INSERT INTO schedule_meta (key, value) VALUES ('version', ?)").run(String(SCHEMA_VERSION));
    else if (Number(v.value) > SCHEMA_VERSION)
      throw new ScheduleStoreError(`the schedules database ${file} is from a newer newsdesk (schema ${v.value}): update newsdesk.`);
  }

  add(s: NewSchedule, now: number): Schedule {
    const r = this.db
      .prepare(
        `INSERT INTO schedules (guild_id, channel_id, time, timezone, days, topic, quiet, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(s.guildId, s.channelId, s.time, s.timezone, s.days, s.topic, s.quietWhenEmpty ? 1 : 0, s.createdBy, now);
    return this.get(Number(r.lastInsertRowid)) as Schedule;
  }

  get(id: number): Schedule | undefined {
    const r = this.db.prepare("SELECT * FROM schedules WHERE id = ?").get(id) as Row | undefined;
    return r ? fromRow(r) : undefined;
  }

  all(): Schedule[] {
    return (this.db.prepare("SELECT * FROM schedules ORDER BY id").all() as Row[]).map(fromRow);
  }

  list(guildId: string): Schedule[] {
    return (this.db.prepare("SELECT * FROM schedules WHERE guild_id = ? ORDER BY id").all(guildId) as Row[]).map(fromRow);
  }

  /** Removes a schedule of that server; false when it has no such schedule. */
  remove(guildId: string, id: number): boolean {
    return this.db.prepare("DELETE FROM schedules WHERE id = ? AND guild_id = ?").run(id, guildId).changes > 0;
  }

  /** Claims a run for this instance: true when this call made the claim, false when it was already made. */
  claimRun(scheduleId: number, dueAt: number, now: number): boolean {
    return (
      this.db
        .prepare("INSERT OR IGNORE INTO schedule_runs (run_id, schedule_id, due_at, claimed_at) VALUES (?, ?, ?, ?)")
        .run(runId(scheduleId, dueAt), scheduleId, dueAt, now).changes === 1
    );
  }

  /** Records what became of a run (claimed or not) and moves the schedule past it. A failure marks the
   * schedule failing until a later run succeeds. */
  finishRun(scheduleId: number, dueAt: number, result: RunResult, detail: string | null, now: number): void {
    this.db.transaction(() => {
      this.db
        .prepare("UPDATE schedule_runs SET result = ?, detail = ?, finished_at = ? WHERE run_id = ?")
        .run(result, detail, now, runId(scheduleId, dueAt));
      this.db
        .prepare(
          `UPDATE schedules SET last_due = MAX(COALESCE(last_due, 0), ?), last_run_at = ?, last_result = ?, last_detail = ?,
             failing = CASE WHEN ? = 'failed' THEN ? WHEN ? IN ('posted', 'nothing-new') THEN NULL ELSE failing END,
             failure_notified = CASE WHEN ? = 'failed' THEN 0 ELSE failure_notified END
           WHERE id = ?`,
        )
        .run(dueAt, now, result, detail, result, detail, result, result, scheduleId);
    })();
  }

  /** Moves the schedule past a run another instance claimed, leaving that instance's record of it alone. */
  passRun(scheduleId: number, dueAt: number): void {
    this.db.prepare("UPDATE schedules SET last_due = MAX(COALESCE(last_due, 0), ?) WHERE id = ?").run(dueAt, scheduleId);
  }

  /** Failing schedules of a server created by a user and not yet reported to them. */
  unreportedFailures(guildId: string, userId: string): Schedule[] {
    return (
      this.db
        .prepare(
          "SELECT * FROM schedules WHERE guild_id = ? AND created_by = ? AND failing IS NOT NULL AND failure_notified = 0 ORDER BY id",
        )
        .all(guildId, userId) as Row[]
    ).map(fromRow);
  }

  markFailureReported(ids: readonly number[]): void {
    const stmt = this.db.prepare("UPDATE schedules SET failure_notified = 1 WHERE id = ?");
    this.db.transaction(() => {
      for (const id of ids) stmt.run(id);
    })();
  }

  /** The articles already briefed in a channel (for a topic, or for everything): its last-briefing mark. A
   * channel with a morning briefing on everything and another on one topic keeps one mark for each. */
  briefed(channelId: string, topic: string | null): Set<string> {
    const rows = this.db
      .prepare("SELECT article_id FROM briefed_articles WHERE channel_id = ? AND topic_key = ?")
      .all(channelId, topicKey(topic)) as { article_id: string }[];
    return new Set(rows.map((r) => r.article_id));
  }

  markBriefed(channelId: string, topic: string | null, articleIds: readonly string[], now: number): void {
    const stmt = this.db.prepare(
      "INSERT OR IGNORE INTO briefed_articles (channel_id, topic_key, article_id, briefed_at) VALUES (?, ?, ?, ?)",
    );
    const key = topicKey(topic);
    this.db.transaction(() => {
      for (const id of articleIds) stmt.run(channelId, key, id, now);
    })();
  }

  /** Records when articles were first seen (kept when already known): the "added at" of `--since 24h`. */
  recordSeen(articles: readonly { id: string; at: number }[]): void {
    const stmt = this.db.prepare("INSERT OR IGNORE INTO article_first_seen (article_id, first_seen) VALUES (?, ?)");
    this.db.transaction(() => {
      for (const a of articles) stmt.run(a.id, a.at);
    })();
  }

  firstSeen(): Map<string, number> {
    const rows = this.db.prepare("SELECT article_id, first_seen FROM article_first_seen").all() as {
      article_id: string;
      first_seen: number;
    }[];
    return new Map(rows.map((r) => [r.article_id, r.first_seen]));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** Opens (creating when needed) the schedules database in a cache folder. */
export function openScheduleStore(cacheDir: string): ScheduleStore {
  return new ScheduleStore(join(cacheDir, SCHEDULES_FILE));
}
