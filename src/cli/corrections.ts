// `newsdesk corrections list|export|import [FILE]`: the corrections of the corpus's cache folder on the
// command line. export writes YAML (to FILE or stdout) to review in git; import loads one, idempotently, and
// says what it applied, skipped (already there) or could not find (kept, orphaned). `list` is the
// /corrections answer as text.
import { readFile, writeFile } from "node:fs/promises";
import type { CommandContext } from "../../commands/reply.js";
import { toYaml, fromYaml } from "../corrections/yaml.js";
import { CorrectionError } from "../corrections/types.js";
import type { SummaryStore } from "../store/store.js";

export interface CorrectionsIo {
  stdout: (t: string) => void;
  stderr: (t: string) => void;
}

/** Runs a `corrections` subcommand; returns the exit code (0 ok, 1 failed, 2 usage). */
export async function runCorrections(
  sub: string,
  file: string | undefined,
  json: boolean,
  store: SummaryStore,
  io: CorrectionsIo,
): Promise<number> {
  const log = store.corrections;
  if (!log) {
    io.stderr("newsdesk: no corrections database is open (the cache folder could not be used).\n");
    return 1;
  }
  const ctx = (): CommandContext => ({
    summary: store.snapshot.summary,
    search: store.snapshot.search,
    corrections: { log, orphaned: store.snapshot.orphaned ?? [] },
  });
  if (sub === "list" || sub === "") {
    const { handle } = await import("../../commands/corrections.js");
    const { renderText } = await import("../../commands/text.js");
    // the command line shows every correction, not one page
    const reply = handle({ query: "", options: {}, page: 0 }, ctx());
    if (json) io.stdout(`${JSON.stringify(reply.json, null, 2)}\n`);
    else {
      let out = renderText(reply);
      for (let p = 1; reply.pagination && p < reply.pagination.pageCount; p++)
        out += renderText(handle({ query: "", options: {}, page: p }, ctx()));
      io.stdout(out);
    }
    return 0;
  }
  if (sub === "export") {
    const text = toYaml(log.all());
    if (file) {
      await writeFile(file, text);
      io.stderr(`newsdesk: wrote ${log.all().length} corrections to ${file}\n`);
    } else io.stdout(text);
    return 0;
  }
  if (sub === "import") {
    if (!file) {
      io.stderr("newsdesk: say which file to import: `newsdesk corrections import corrections.yaml`\n");
      return 2;
    }
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (err) {
      io.stderr(`newsdesk: cannot read ${file}: ${(err as Error).message}\n`);
      return 1;
    }
    let parsed;
    try {
      parsed = fromYaml(text);
    } catch (err) {
      if (err instanceof CorrectionError) {
        io.stderr(`newsdesk: ${file}: ${err.message}\n`);
        return 1;
      }
      throw err;
    }
    const added: number[] = [];
    let skipped = 0;
    for (const e of parsed.entries) {
      const r = log.importOne(e);
      if (r.added) added.push(r.correction.id);
      else skipped++;
    }
    // the store re-applied on each change: what found no target is orphaned now
    const orphaned = new Set((store.snapshot.orphaned ?? []).map((o) => o.correction.id));
    const notFound = added.filter((id) => orphaned.has(id));
    const applied = added.length - notFound.length;
    const result = { applied, skipped, notFound: notFound.length, invalid: parsed.problems };
    if (json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else {
      io.stdout(
        `Imported ${file}: ${applied} applied, ${skipped} skipped (already there), ${notFound.length} not found in this corpus (kept, orphaned${notFound.length ? `: #${notFound.join(", #")}` : ""}).\n`,
      );
      for (const p of parsed.problems) io.stderr(`newsdesk: ${file}: ${p} (left out)\n`);
    }
    return parsed.problems.length > 0 ? 1 : 0;
  }
  io.stderr(`newsdesk: corrections ${sub}? Use \`corrections list\`, \`corrections export [FILE]\` or \`corrections import FILE\`.\n`);
  return 2;
}
