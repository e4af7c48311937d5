// Checking a correction that comes from outside — a command's input, an entry of an imported YAML file — field
// by field against a table of rules, each problem named by its field path ("by.name: must not be empty").
// Plain code rather than zod: the corrections log is opened on the command line's read path, which must not
// pay for loading zod. Unknown fields are dropped, as a schema would.
import { AUTHOR_VIAS, CORRECTION_KINDS, type Author, type CorrectionInput } from "./types.js";

/** One problem: where (a dotted field path, "" for the whole value) and what is wrong. */
export interface Issue {
  path: string;
  message: string;
}

/** A rule checks one value and says what is wrong with it (nothing when it is fine). */
type Rule = (v: unknown, path: string) => Issue[];
type Fields = Record<string, Rule>;

const problem = (path: string, message: string): Issue[] => [{ path, message }];
const describe = (v: unknown): string =>
  v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "object" ? "an object" : typeof v;

const text =
  (minLength = 0): Rule =>
  (v, path) =>
    typeof v !== "string"
      ? problem(path, `expected text, got ${v === undefined ? "nothing" : describe(v)}`)
      : v.length < minLength
        ? problem(path, "must not be empty")
        : [];
const oneOf =
  (list: readonly string[]): Rule =>
  (v, path) =>
    typeof v === "string" && list.includes(v)
      ? []
      : problem(path, `must be one of ${list.join(", ")} (it is ${JSON.stringify(v) ?? "missing"})`);
const wholeNumber: Rule = (v, path) =>
  typeof v === "number" && Number.isInteger(v)
    ? []
    : problem(path, `expected a whole number, got ${typeof v === "number" ? v : describe(v)}`);
const nullable =
  (rule: Rule): Rule =>
  (v, path) =>
    v === null ? [] : rule(v, path);
const optional =
  (rule: Rule): Rule =>
  (v, path) =>
    v === undefined ? [] : rule(v, path);
const object =
  (fields: Fields): Rule =>
  (v, path) => {
    if (typeof v !== "object" || v === null || Array.isArray(v))
      return problem(path, `expected an object, got ${v === undefined ? "nothing" : describe(v)}`);
    const rec = v as Record<string, unknown>;
    return Object.entries(fields).flatMap(([name, rule]) => rule(rec[name], path ? `${path}.${name}` : name));
  };

const AUTHOR: Fields = { id: nullable(text()), name: text(1), via: oneOf(AUTHOR_VIAS) };

const INPUT: Fields = {
  kind: oneOf(CORRECTION_KINDS),
  /** The key of the statement, event or actor it corrects. */
  target: text(1),
  value: nullable(text()),
  why: text(),
  by: object(AUTHOR),
  at: optional(text()),
};

/** An entry of an exported file: a correction with its id (ignored), time and undo mark. */
const ENTRY: Fields = {
  ...INPUT,
  id: optional(wholeNumber),
  at: text(1),
  undone: optional(nullable(object({ by: object(AUTHOR), at: text() }))),
};

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Only the fields of the table, as given (an absent optional one stays absent). */
function pick(fields: Fields, v: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(fields)) if (v[name] !== undefined) out[name] = v[name];
  return out;
}

function check<T>(fields: Fields, v: unknown): Checked<T> {
  const issues = object(fields)(v, "");
  if (issues.length > 0) return { ok: false, issues };
  const rec = pick(fields, v as Record<string, unknown>);
  rec.by = pick(AUTHOR, rec.by as Record<string, unknown>);
  const undone = rec.undone as { by: Record<string, unknown>; at: string } | null | undefined;
  if (undone) rec.undone = { by: pick(AUTHOR, undone.by), at: undone.at };
  return { ok: true, value: rec as T };
}

/** A new correction (from a command): kind, target, value, why, who, and optionally when. */
export function checkCorrectionInput(v: unknown): Checked<CorrectionInput> {
  return check<CorrectionInput>(INPUT, v);
}

/** An entry of an imported YAML file, which also carries when it was made and whether it was undone. */
export function checkImportEntry(
  v: unknown,
): Checked<CorrectionInput & { id?: number; at: string; undone?: { by: Author; at: string } | null }> {
  return check(ENTRY, v);
}

/** "kind: must be one of …; by.name: must not be empty" */
export function describeIssues(issues: readonly Issue[]): string {
  return issues.map((i) => `${i.path || "entry"}: ${i.message}`).join("; ");
}
