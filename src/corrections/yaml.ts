// Corrections as a YAML file, to review in git and to carry to another database: every correction with who,
// when and why (undone ones too, marked), oldest first. Reading checks each entry and says which are bad
// rather than failing the whole file (check.ts names the field). It leaves storing (idempotently) to log.ts.
import { parse, stringify } from "yaml";
import { checkImportEntry, describeIssues } from "./check.js";
import { type Author, type Correction, type CorrectionInput, CorrectionError } from "./types.js";

export const FILE_HEADER = "# newsdesk corrections: review changes in git; load with `newsdesk corrections import FILE` (idempotent).\n";

export type ImportEntry = CorrectionInput & { at: string; undone?: { by: Author; at: string } | null };

export function toYaml(corrections: readonly Correction[]): string {
  const list = corrections.map((c) => ({
    id: c.id,
    kind: c.kind,
    target: c.target,
    value: c.value,
    why: c.why,
    by: c.by,
    at: c.at,
    undone: c.undone,
  }));
  return FILE_HEADER + stringify({ corrections: list }, { lineWidth: 0 });
}

export function fromYaml(text: string): { entries: ImportEntry[]; problems: string[] } {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    throw new CorrectionError(`the file is not valid YAML: ${(err as Error).message}`);
  }
  const list = (doc as { corrections?: unknown } | null)?.corrections;
  if (!Array.isArray(list))
    throw new CorrectionError("the file has no `corrections:` list (export one with `newsdesk corrections export`)");
  const entries: ImportEntry[] = [];
  const problems: string[] = [];
  list.forEach((raw, i) => {
    const r = checkImportEntry(raw);
    if (!r.ok) {
      problems.push(`entry ${i + 1}: ${describeIssues(r.issues)}`);
      return;
    }
    const { id: _id, ...e } = r.value;
    entries.push(e);
  });
  return { entries, problems };
}
