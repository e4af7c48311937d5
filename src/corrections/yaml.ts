// Corrections as a YAML file, to review in git and to carry to another database: every correction with who,
// when and why (undone ones too, marked), oldest first. Reading checks each entry and says which are bad
// rather than failing the whole file. It leaves storing (idempotently) to log.ts.
import { parse, stringify } from "yaml";
import { z } from "zod";
import { Author, type Correction, type CorrectionInput, CorrectionError, CorrectionInput as InputSchema } from "./types.js";

export const FILE_HEADER = "# newsdesk corrections: review changes in git; load with `newsdesk corrections import FILE` (idempotent).\n";

const Entry = InputSchema.extend({
  id: z.number().int().optional(),
  at: z.string().min(1),
  undone: z.object({ by: Author, at: z.string() }).nullable().optional(),
});
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
    const r = Entry.safeParse(raw);
    if (!r.success) {
      problems.push(`entry ${i + 1}: ${r.error.issues.map((x) => `${x.path.join(".") || "entry"}: ${x.message}`).join("; ")}`);
      return;
    }
    const { id: _id, ...e } = r.data;
    entries.push(e);
  });
  return { entries, problems };
}
