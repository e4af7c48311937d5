// The local console: the bot's answers in a terminal, without Discord. Typed as slash commands
// (`/who raha`, `/claims wagner speaker:cma`, `/timeline bir p2`) or as questions (`who is raha?`), plus
// `reload`, `help` and `quit`. Lists page with `next`/`prev`.
import { createInterface } from "node:readline/promises";
import type { CommandModule } from "../../commands/reply.js";
import { parseNatural, type NaturalCommand } from "../../commands/natural.js";
import type { SummaryStore } from "../store/store.js";
import { renderText } from "../../commands/text.js";

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

async function loadModules(): Promise<Map<string, CommandModule>> {
  const { commands } = await import("../../commands/index.js");
  return new Map(commands.map((m) => [m.name, m]));
}

/** Runs the console on stdin/stdout until `quit` or end of input. */
export async function runConsole(
  store: SummaryStore,
  io: { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream; modules?: CommandModule[] } = {},
): Promise<void> {
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
    const reply = mod.handle(
      { query: cmd.query, options: cmd.options, page },
      { summary: store.snapshot.summary, search: store.snapshot.search },
    );
    say(renderText(reply, { nextPageHint: () => "type next" }));
    last = reply.pagination ? { cmd, page: reply.pagination.page, pageCount: reply.pagination.pageCount } : null;
  };

  // Ctrl+C ends the session like `quit`
  rl.on("SIGINT", () => rl.close());
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
        const { formatReloadReport } = await import("../../commands/reload.js");
        say(renderText(formatReloadReport(r)));
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
