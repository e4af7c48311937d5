// What a correction is: the kinds an editor can make, who made it, when and why, and the stable key it
// targets (src/summary/keys.ts). `checkCorrectionInput` checks what comes from outside (a command, an imported
// YAML file) field by field, without zod: the command line's read path opens the corrections log and must
// not load it. It leaves storing to db.ts and applying to apply.ts.
import { ACTOR_KINDS } from "../model/kinds.js";

export const CORRECTION_KINDS = ["speaker", "kind", "alias-add", "alias-remove", "merge", "split", "hide", "date"] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** What each kind targets and what its value means. */
export const KIND_HELP: Record<CorrectionKind, { target: "statement" | "event" | "actor" | "any"; value: string }> = {
  speaker: { target: "statement", value: "the speaker's actor key, or null for “speaker unclear”" },
  kind: { target: "actor", value: `the actor's kind (${ACTOR_KINDS.join(", ")})` },
  "alias-add": { target: "actor", value: "the alias to add" },
  "alias-remove": { target: "actor", value: "the alias to remove" },
  merge: { target: "actor", value: "the key of the actor merged into the target (it disappears)" },
  split: { target: "actor", value: "the alias that becomes an actor of its own" },
  hide: { target: "any", value: "none" },
  date: { target: "event", value: "the event's date: YYYY-MM-DD, YYYY-MM or YYYY" },
};

export const AUTHOR_VIAS = ["discord", "cli", "import"] as const;

export interface Author {
  /** Discord user id, or null for the command line. */
  id: string | null;
  /** Shown in answers: a Discord name or the command-line user. */
  name: string;
  via: (typeof AUTHOR_VIAS)[number];
}

export interface CorrectionInput {
  kind: CorrectionKind;
  /** The key of the statement, event or actor it corrects. */
  target: string;
  value: string | null;
  why: string;
  by: Author;
  /** ISO timestamp; now when left out. */
  at?: string | undefined;
}

export interface Correction extends Required<Omit<CorrectionInput, "at">> {
  /** The row id: what `/correct undo` and the undo buttons name. */
  id: number;
  at: string;
  /** Set when undone: kept for the audit trail, no longer applied. */
  undone: { by: Author; at: string } | null;
}

/** A correction that did not apply because its target (or the actor it names) is gone. */
export interface Orphan {
  correction: Correction;
  reason: string;
}

export class CorrectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CorrectionError";
  }
}

/** The date value of a `date` correction, checked: `2023-12-08`, `2023-12` or `2023`. */
export function parseDateValue(v: string): { value: string; precision: "day" | "month" | "year" } | null {
  const t = v.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) {
    const d = new Date(`${t}T12:00:00Z`);
    return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== t ? null : { value: t, precision: "day" };
  }
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(t)) return { value: t, precision: "month" };
  if (/^\d{4}$/.test(t)) return { value: t, precision: "year" };
  return null;
}

/** "@editor, 2 Dec" — how an answer names a correction. */
export function correctionByline(by: string, at: string): string {
  const d = new Date(at);
  const day = Number.isNaN(d.getTime())
    ? at
    : `${d.getUTCDate()} ${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.getUTCMonth()]}`;
  return `${by}, ${day}`;
}
