// The local console: the bot's answers in a terminal, without Discord. Typed as slash commands
// (`/who raha`, `/claims wagner speaker:cma`, `/timeline bir p2`) or as questions (`who is raha?`), plus
// `reload`, `help` and `quit`. Lists page with `next`/`prev`.
import { createInterface } from "node:readline/promises";
import type { CommandModule, Reply } from "../commands/types.js";
import { parseNatural, type NaturalCommand } from "../commands/natural.js";
import type { SummaryStore } from "../summary/store.js";

const CONSOLE_HELP = [
  "Type a command or a question:",
  "  /who raha                 who is raha?",
  "  /claims wagner speaker:cma   what did the CMA say about Wagner?",
  "  /timeline bir             timeline Bir",
  "  /briefing                 brief me",
  "  /sources                  which articles do you have?",
  "  next, prev                the next or previous page of the last list",
  "  reload                    re-read the corpus",
  "  help, quit",
].join("\n");

function citationText(c: NonNullable<Reply["citations"]>[number]): string {
  return [c.title ?? c.article, c.source, c.date, `sentence ${c.sentence + 1} of ${c.article}`].filter(Boolean).join(", ");
}

/** A reply as plain text for the terminal. */
export function formatReplyText(r: Reply): string {
  const out: string[] = [r.title];
  if (r.description) out.push(r.description);
  for (const f of r.fields ?? []) out.push(`${f.name}: ${f.value}`);
  for (const it of r.items ?? []) {
    out.push(`• ${it.heading}${it.disputed ? " [disputed]" : ""}`);
    if (it.text) out.push(`  ${it.text}`);
    if (it.note) out.push(`  (${it.note})`);
    if (it.citation) out.push(`  — ${citationText(it.citation)}`);
  }
  if (r.citations?.length) out.push(`Sources:\n${r.citations.map((c) => `  — ${citationText(c)}`).join("\n")}`);
  if (r.suggestions?.length) out.push(`Did you mean: ${r.suggestions.join(", ")}`);
  if (r.pagination && r.pagination.pageCount > 1) out.push(`Page ${r.pagination.page + 1} of ${r.pagination.pageCount} (next / prev)`);
  if (r.footer) out.push(r.footer);
  return out.join("\n");
}

async function loadModules(): Promise<Map<string, CommandModule>> {
  const { loadCommands } = await import("../discord/registry.js");
  return new Map((await loadCommands()).map((m) => [m.name, m]));
}

/** Runs the console on stdin/stdout until `quit` or end of input. */
export async function runConsole(store: SummaryStore, io: { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream; modules?: CommandModule[] } = {}): Promise<void> {
  const input = io.input ?? process.stdin;
  const output = io.output ?? process.stdout;
  const modules = io.modules ? new Map(io.modules.map((m) => [m.name, m])) : await loadModules();
  const rl = createInterface({ input, output, terminal: input === process.stdin && Boolean(process.stdin.isTTY) });
  const say = (s: string) => output.write(`${s}\n`);
  let last: { cmd: NaturalCommand; page: number; pageCount: number } | null = null;
  const s = store.snapshot.summary;
  say(`newsdesk console: ${s.articles.length} articles, ${s.actors.length} actors, ${s.statements.length} statements. Type help.`);

  const answer = (cmd: NaturalCommand, page: number) => {
    const mod = modules.get(cmd.command);
    if (!mod) return say(`Unknown command: ${cmd.command}. Type help.`);
    const reply = mod.handle({ query: cmd.query, options: cmd.options, page, requestedBy: "console" }, { summary: store.snapshot.summary, search: store.snapshot.search });
    say(formatReplyText(reply));
    last = reply.pagination ? { cmd, page: reply.pagination.page, pageCount: reply.pagination.pageCount } : null;
  };

  rl.setPrompt("newsdesk> ");
  rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    try {
      if (line === "") {
        /* nothing */
      } else if (/^\/?(quit|exit|q)$/i.test(line)) {
        break;
      } else if (/^\/?help$/i.test(line)) {
        say(CONSOLE_HELP);
      } else if (/^\/?reload$/i.test(line)) {
        const r = await store.reload();
        say(`Reloaded: ${r.articles} articles, ${r.actors} actors, ${r.statements} statements, ${r.events} events; ${r.added.length} added, ${r.changed.length} changed, ${r.removed.length} removed${r.skipped.length ? `, ${r.skipped.length} skipped` : ""}.`);
      } else if (/^(next|more|n)$/i.test(line) || /^(prev|previous|p)$/i.test(line)) {
        const l = last as { cmd: NaturalCommand; page: number; pageCount: number } | null;
        if (!l) say("No list to page through: ask for /claims or /timeline first.");
        else {
          const forward = /^(next|more|n)$/i.test(line);
          const page = forward ? l.page + 1 : l.page - 1;
          if (page < 0 || page >= l.pageCount) say(forward ? "That was the last page." : "That was the first page.");
          else answer(l.cmd, page);
        }
      } else {
        const cmd = parseNatural(line);
        if (!cmd) say(`I did not understand that. ${CONSOLE_HELP}`);
        else if (cmd.command === "help") answer(cmd, 0);
        else answer(cmd, 0);
      }
    } catch (err) {
      say(`Something went wrong: ${(err as Error).message}. Try again or type help.`);
    }
    rl.prompt();
  }
  rl.close();
}
