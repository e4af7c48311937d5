// The Reply model as plain text for a person at a terminal (the CLI and the console): title, description,
// fields, items with their citations, pages, "did you mean", footer.
import type { Citation, Reply, ReplyItem } from "./reply.js";
import { DERIVED_MARK } from "./support/format.js";

/** "Title — Source, 2023-12-11, sentence 4 [article-id]". */
export function formatCitation(c: Citation): string {
  const title = c.title && c.titleDerived ? `${c.title} ${DERIVED_MARK}` : c.title;
  const where = [title, c.source, c.date].filter((x): x is string => Boolean(x));
  const head = where.length ? `${where.join(", ")} — ` : "";
  return `${head}${c.article}, sentence ${c.sentence + 1}${c.url ? ` <${c.url}>` : ""}`;
}

function indent(text: string, by = "   "): string {
  return text
    .split("\n")
    .map((l) => (l === "" ? l : by + l))
    .join("\n");
}

function renderItem(item: ReplyItem, n: number): string {
  const lines = [`${n}. ${item.disputed ? "[DISPUTED] " : ""}${item.heading}`, indent(item.text)];
  if (item.note) lines.push(indent(`(${item.note})`));
  if (item.citation) lines.push(indent(`source: ${formatCitation(item.citation)}`));
  return lines.join("\n");
}

export function renderText(reply: Reply): string {
  const out: string[] = [reply.title, "=".repeat(Math.min(reply.title.length, 80))];
  if (reply.description) out.push(reply.description);
  for (const f of reply.fields ?? []) out.push("", `${f.name}:`, indent(f.value, "  "));
  if (reply.items?.length) {
    out.push("");
    const first = reply.pagination ? reply.pagination.page * reply.pagination.pageSize : 0;
    reply.items.forEach((item, i) => out.push(renderItem(item, first + i + 1), ""));
    out.pop();
  }
  if (reply.pagination && reply.pagination.pageCount > 1) {
    const p = reply.pagination;
    out.push(
      "",
      `Page ${p.page + 1} of ${p.pageCount} (${p.total} in all)${p.page + 1 < p.pageCount ? ` — next: --page ${p.page + 2}` : ""}`,
    );
  }
  if (reply.citations?.length) {
    out.push("", "Sources cited:");
    for (const c of reply.citations) out.push(`  - ${formatCitation(c)}`);
  }
  if (reply.suggestions?.length && !(reply.footer ?? "").startsWith("Did you mean"))
    out.push("", `Did you mean: ${reply.suggestions.join(", ")}?`);
  if (reply.footer) out.push("", reply.footer);
  return out.join("\n") + "\n";
}
