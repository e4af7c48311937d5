// The corrections in use: the SQLite file read once and kept in memory, with add, undo and change notices
// (the store re-applies on each notice, so a correction shows in the next answer). Opened from the cache
// folder, so a corpus and its corrections travel together. It leaves checking a target against the summary
// to the commands, and applying to apply.ts.
import { join } from "node:path";
import { CorrectionsDb } from "./db.js";
import { checkCorrectionInput, describeIssues } from "./check.js";
import { type Author, type Correction, type CorrectionInput, CorrectionError } from "./types.js";

export const CORRECTIONS_FILE = "corrections.sqlite";

export class CorrectionLog {
  private cache: Correction[] | null = null;
  private readonly listeners = new Set<() => void>();
  private timer: NodeJS.Timeout | null = null;
  private seenVersion = -1;

  constructor(readonly db: CorrectionsDb) {}

  /** Every correction, undone ones too, oldest first. */
  all(): readonly Correction[] {
    this.cache ??= this.db.all();
    return this.cache;
  }

  /** The corrections that apply (not undone). */
  active(): Correction[] {
    return this.all().filter((c) => !c.undone);
  }

  get(id: number): Correction | undefined {
    return this.all().find((c) => c.id === id);
  }

  add(input: CorrectionInput): Correction {
    const checked = checkCorrectionInput(input);
    if (!checked.ok) throw new CorrectionError(`not a valid correction: ${describeIssues(checked.issues)}`);
    const c = this.db.insert({ ...checked.value, at: checked.value.at ?? new Date().toISOString() });
    this.changed();
    return c;
  }

  /** Stores an imported correction unless the same one is there: `added` false when it was. */
  importOne(input: CorrectionInput & { at: string; undone?: { by: Author; at: string } | null }): {
    correction: Correction;
    added: boolean;
  } {
    const found = this.db.find(input);
    if (found) {
      if (input.undone && !found.undone) {
        this.db.markUndone(found.id, input.undone.by, input.undone.at);
        this.changed();
        return { correction: this.get(found.id) as Correction, added: true };
      }
      return { correction: found, added: false };
    }
    const c = this.db.insert(input);
    if (input.undone) this.db.markUndone(c.id, input.undone.by, input.undone.at);
    this.changed();
    return { correction: this.get(c.id) as Correction, added: true };
  }

  /** Undoes a correction (kept, marked undone, no longer applied). */
  undo(id: number, by: Author): Correction {
    const c = this.get(id);
    if (!c) throw new CorrectionError(`there is no correction #${id}: \`corrections list\` shows their numbers`);
    if (c.undone) throw new CorrectionError(`correction #${id} was already undone by ${c.undone.by.name}`);
    this.db.markUndone(id, by, new Date().toISOString());
    this.changed();
    return this.get(id) as Correction;
  }

  /** Records a member's problem report (with the answer's citations); returns its number. */
  addReport(r: { guildId: string | null; by: Author; command: string; query: string; citations: unknown[] }): number {
    return this.db.addReport({ ...r, at: new Date().toISOString() });
  }

  setting(scope: string, name: string): string | undefined {
    return this.db.setting(scope, name);
  }

  setSetting(scope: string, name: string, value: string): void {
    this.db.setSetting(scope, name, value);
  }

  /** Called after every add and undo (the store re-applies). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Notices corrections another process made in the same file (`newsdesk correct` or `corrections import`
   * beside a running bot), checking every `ms`: they then apply as if made here. */
  followOtherWriters(ms = 1000): void {
    if (this.timer) return;
    this.seenVersion = this.db.dataVersion();
    this.timer = setInterval(() => this.checkOtherWriters(), ms);
    this.timer.unref();
  }

  /** One check for other writers (what the timer runs); true when something changed. */
  checkOtherWriters(): boolean {
    const v = this.db.dataVersion();
    if (v === this.seenVersion) return false;
    this.seenVersion = v;
    this.changed();
    return true;
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.db.close();
  }

  private changed(): void {
    this.cache = null;
    for (const l of this.listeners) l();
  }
}

/** Opens (creating when needed) `corrections.sqlite` in the cache folder. */
export function openCorrectionLog(cacheDir: string): CorrectionLog {
  return new CorrectionLog(new CorrectionsDb(join(cacheDir, CORRECTIONS_FILE)));
}

/** An in-memory log (tests, a store without a cache folder). */
export function memoryCorrectionLog(): CorrectionLog {
  return new CorrectionLog(new CorrectionsDb(":memory:"));
}
