// A member's "Report a problem" on an answer: the report as the moderators see it, with the answer's
// citations and the corrections it suggests (one per statement or event shown). The Discord adapter records
// it and posts it in the channel set with /settings report-channel.
import type { Reply } from "./reply.js";
import type { Citation } from "./reply.js";

export interface ProblemReport {
  command: string;
  query: string;
  citations: Citation[];
  suggestions: string[];
}

/** What a report holds: the citations of the answer (its items and its sources) and corrections to try. */
export function problemReport(reply: Reply, query: string): ProblemReport {
  const citations: Citation[] = [];
  const seen = new Set<string>();
  for (const c of [...(reply.items ?? []).map((i) => i.citation), ...(reply.citations ?? [])]) {
    if (!c || seen.has(`${c.article}#${c.sentence}`)) continue;
    seen.add(`${c.article}#${c.sentence}`);
    citations.push(c);
  }
  const suggestions: string[] = [];
  for (const item of reply.items ?? []) {
    const t = item.target;
    if (!t) continue;
    if (t.kind === "statement")
      suggestions.push(`/correct speaker statement:${t.key} to:<name or unclear> why:…`, `/correct hide target:${t.key} why:…`);
    else suggestions.push(`/correct date event:${t.key} date:<YYYY-MM-DD> why:…`);
  }
  return { command: reply.command, query, citations, suggestions: suggestions.slice(0, 10) };
}

/** The report as a reply to post in the moderators' channel. */
export function reportReply(r: ProblemReport, by: string, id: number): Reply {
  return {
    status: "ok",
    command: "report",
    title: `Problem report #${id} on /${r.command}${r.query ? ` “${r.query}”` : ""}`,
    description: `Reported by ${by}. Check the cited sentences; correct with /correct (suggestions below) or leave it.`,
    fields: r.suggestions.length ? [{ name: "Corrections to consider", value: r.suggestions.map((s) => `• ${s}`).join("\n") }] : [],
    citations: r.citations,
    json: { id, ...r, by },
  };
}
